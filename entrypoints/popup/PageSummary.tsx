import type { ComponentChildren } from 'preact';
import type { TabResult } from '../../utils/messages';
import { truncationNotice } from '../../utils/truncation-notice';

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
  /** Shown under what was checked: a claim file's claim selector. */
  children?: ComponentChildren;
}

/** What was checked: the page, when and how much of it, in one line (the checklists are CheckedAgainst's). */
export function PageSummary({ result, children }: PageSummaryProps) {
  return (
    <div class="page-summary">
      <p class="page-line">
        <span class="page-title" title={result.url}>
          {result.title || result.url}
        </span>
        <span class="page-meta">
          {' '}· <time dateTime={result.checkedAt}>{formatCheckedAt(result.checkedAt)}</time> · {result.fieldCount}{' '}
          {result.fieldCount === 1 ? 'field' : 'fields'}
        </span>
      </p>
      {result.truncated && (
        <p class="page-truncated" role="status">
          {truncationNotice(result.truncated)}
        </p>
      )}
      {children}
    </div>
  );
}
