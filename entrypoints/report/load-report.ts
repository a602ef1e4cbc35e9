import { browser } from 'wxt/browser';
import { tabResultSchema, tabResultStorageKey } from '../../utils/messages';
import { buildReviewReport, type ReviewReport } from '../../utils/redact-report';

export type ReportView = { kind: 'loading' } | { kind: 'error'; error: string } | { kind: 'report'; report: ReviewReport };

/**
 * The review report for "?tabId=N&patient=0|1", built from the tab's stored result. Only reads: the stored
 * result is page-derived, so it is parsed like a message.
 */
export async function loadReviewReport(search: string): Promise<ReportView> {
  const params = new URLSearchParams(search);
  const tabId = Number(params.get('tabId'));
  if (!Number.isInteger(tabId) || tabId < 0) return { kind: 'error', error: 'No tab to report on.' };
  const key = tabResultStorageKey(tabId);
  const stored = (await browser.storage.session.get(key))[key];
  if (stored === undefined || stored === null) {
    return { kind: 'error', error: 'ClaimLint has no result for that tab any more. Check the page again and export from the popup.' };
  }
  const parsed = tabResultSchema.safeParse(stored);
  if (!parsed.success) return { kind: 'error', error: 'The stored result is not one ClaimLint understands.' };
  try {
    return { kind: 'report', report: buildReviewReport(parsed.data, { includePatientDetails: params.get('patient') === '1' }) };
  } catch (error) {
    return { kind: 'error', error: error instanceof Error ? error.message : String(error) };
  }
}
