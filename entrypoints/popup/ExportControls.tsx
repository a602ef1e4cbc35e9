import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TabResult } from '../../utils/messages';
import { buildReviewReport, reviewReportFileName } from '../../utils/redact-report';

interface ExportControlsProps {
  tabId: number;
  result: TabResult;
}

/** Saves the review as a JSON file through a blob: link, so no downloads permission is needed. */
function downloadJson(value: unknown, fileName: string): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started from the URL by the next task; revoking it sooner can cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
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
