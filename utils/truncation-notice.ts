/** What a biller is told when a page had more fields than one check reads (see utils/fields/scan-window.ts). */
export function truncationNotice(truncated: { limit: number; seen: number }): string {
  const count = (value: number) => value.toLocaleString('en-US');
  return `Page too large: ClaimLint checked the first ${count(truncated.limit)} of ${count(truncated.seen)} fields. Gaps further down are not checked.`;
}
