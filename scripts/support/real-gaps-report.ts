/**
 * The "Real pages: planted gaps" part of npm run accuracy: per real page, how it was checked (payer and kind, from
 * the page or the biller's answer), gaps planted and caught, false alarms and the page's own gaps on the complete
 * version; then every miss, false alarm and page gap in words. The targets are enforced by
 * test/fixtures/real-gaps.test.ts and by npm run accuracy's exit status.
 */
import { percent } from '../../test/support/accuracy';
import { REAL_GAP_THRESHOLDS, realGapFailures, realGapsSummary, type RealGapsPage } from '../../test/support/real-gaps';

export function realGapsReport(pages: readonly RealGapsPage[], skipped: readonly string[]): string {
  const t = REAL_GAP_THRESHOLDS;
  const out = [`Real pages: planted gaps (forms filled with synthetic values, documents as published; targets: caught >= ${percent(t.caught)}, ${t.falseAlarms} false alarms)`];
  if (pages.length === 0) out.push('  (none measured)');
  else out.push(table(pages));
  for (const page of skipped) out.push(`  skipped ${page}: ../shared/fixtures/real is absent`);
  const all = realGapsSummary(pages);
  const failures = realGapFailures(all);
  out.push(failures.length === 0 ? 'Real pages: planted-gap targets met' : `Real pages: below target: ${failures.join('; ')}`);
  const detail = pages.flatMap((page) => [
    `  ${page.page}: checked as ${page.checkedAs}; checklists ${page.checklists.join(', ') || 'none'}`,
    ...page.unfilled.map((key) => `    left blank: ${key} (no value or option for it in this copy)`),
    ...page.stated.map((line) => `    filled: ${line}`),
    ...page.notPlanted.map((line) => `    not planted: ${line}`),
    ...page.gaps.map((gap) => `    gap ${gap.concept}${gap.index === null ? '' : `[${String(gap.index)}]`}: ${gap.caughtBy ? `caught by ${gap.caughtBy}` : `MISSED: ${gap.instead}`}`),
    ...page.falseAlarms.map((alarm) => `    FALSE ALARM ${alarm.rule} on ${alarm.concept}: ${alarm.message}`),
    ...page.pageGaps.map((gap) => `    page's own gap ${gap.rule} on ${gap.concept}: ${gap.pageGap}`),
  ]);
  if (detail.length > 0) out.push('', ...detail);
  return out.join('\n');
}

function table(pages: readonly RealGapsPage[]): string {
  const header = ['page', 'mode', 'filled', 'planted', 'caught', 'false alarms', "page's gaps", 'caught %'];
  const row = (name: string, mode: string, list: readonly RealGapsPage[]) => {
    const all = realGapsSummary(list);
    return [name, mode, String(list.reduce((acc, page) => acc + page.filled, 0)), String(all.planted), String(all.caught), String(all.falseAlarms), String(all.pageGaps), percent(all.planted === 0 ? 1 : all.caught / all.planted)];
  };
  const rows = [header, ...pages.map((page) => row(page.page, page.mode, [page])), row('TOTAL real pages', '', pages)];
  const widths = header.map((_, column) => Math.max(...rows.map((cells) => cells[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(rows[0]!), ...rows.slice(1, -1).map(line), '-'.repeat(line(rows[0]!).length), line(rows.at(-1)!)].join('\n');
}
