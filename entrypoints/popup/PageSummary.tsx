import type { ComponentChildren } from 'preact';
import type { TabResult } from '../../utils/messages';
import { truncationNotice } from '../../utils/truncation-notice';
import { ChecklistSources } from '../../components/ChecklistSources';

/** "14:05" today, "12 Mar, 14:05" otherwise; the raw string if it is not a date. */
export function formatCheckedAt(checkedAt: string, now = new Date()): string {
  const date = new Date(checkedAt);
  if (Number.isNaN(date.getTime())) return checkedAt;
  const time = date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  if (date.toDateString() === now.toDateString()) return time;
  return `${date.toLocaleDateString(undefined, { day: 'numeric', month: 'short' })}, ${time}`;
}

interface PageSummaryProps {
  result: TabResult;
  /** Shown between what was checked and the checklists: a claim file's claim selector. */
  children?: ComponentChildren;
}

/** What was checked: the page, when, how much of it, and against which checklists. */
export function PageSummary({ result, children }: PageSummaryProps) {
  return (
    <div class="page-summary">
      <p class="page-title" title={result.url}>
        {result.title || result.url}
      </p>
      <p class="page-meta">
        Checked <time dateTime={result.checkedAt}>{formatCheckedAt(result.checkedAt)}</time> ·{' '}
        {result.fieldCount} {result.fieldCount === 1 ? 'field' : 'fields'}
      </p>
      {result.truncated && (
        <p class="page-truncated" role="status">
          {truncationNotice(result.truncated)}
        </p>
      )}
      {children}
      <ChecklistSources checklists={result.checklists} />
    </div>
  );
}
