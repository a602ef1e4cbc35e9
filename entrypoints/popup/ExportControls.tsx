import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TabResult } from '../../utils/messages';
import { downloadJson } from '../../utils/download-file';
import { buildReviewReport, reviewReportFileName } from '../../utils/redact-report';

interface ExportControlsProps {
  tabId: number;
  result: TabResult;
}


/** "Print report" and "Download JSON", with patient details left out unless the user includes them. */
export function ExportControls({ tabId, result }: ExportControlsProps) {
  const [includePatientDetails, setIncludePatientDetails] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const printReport = () => {
    setError(null);
    const query = new URLSearchParams({ tabId: String(tabId), patient: includePatientDetails ? '1' : '0' });
    browser.tabs.create({ url: `${browser.runtime.getURL('/report.html')}?${query}` }).catch((reason: unknown) => {
      setError(`Couldn't open the report: ${reason instanceof Error ? reason.message : String(reason)}`);
    });
  };

  return (
    <section class="export" aria-label="Export">
      <label class="export-patient">
        <input
          type="checkbox"
          checked={includePatientDetails}
          onChange={(event) => setIncludePatientDetails(event.currentTarget.checked)}
        />{' '}
        Include patient details
      </label>
      <div class="export-actions">
        <button type="button" onClick={printReport}>
          Print report
        </button>
        <button
          type="button"
          onClick={() => {
            setError(null);
            try {
              downloadJson(buildReviewReport(result, { includePatientDetails }), reviewReportFileName());
            } catch (reason) {
              setError(reason instanceof Error ? reason.message : String(reason));
            }
          }}
        >
          Download JSON
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
