/**
 * The "Documents" part of `npm run accuracy`: per letter, plan or note, components right of expected, components
 * wrong at high confidence, planted gaps caught, false alarms, and whether ClaimLint settled the payer and kind
 * itself; then totals against the thresholds and every miss in words.
 */
import {
  componentRate, DOCUMENT_THRESHOLDS, gapRate, totalDocuments, type DocumentScore,
} from '../test/support/document-accuracy';

const HEADER = ['document', 'components', 'right', 'wrong≥0.8', 'gaps', 'caught', 'false alarms', 'choice'];

function row(score: DocumentScore): string[] {
  return [
    score.document,
    `${score.right}/${score.expected}`,
    percent(componentRate(score)),
    String(score.confidentWrong),
    `${score.caught}/${score.planted}`,
    score.planted === 0 ? '-' : percent(gapRate(score)),
    String(score.falseAlarms),
    score.choice,
  ];
}

function percent(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}

/** The table, totals and misses as text. */
export function documentsReport(scores: readonly DocumentScore[]): string {
  const total = totalDocuments(scores, 'TOTAL documents');
  const rows = [HEADER, ...scores.map(row), row(total)];
  const widths = HEADER.map((_, column) => Math.max(...rows.map((cells) => cells[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[column]!))).join('  ');
  const out = [
    `Documents (components right >= ${percent(DOCUMENT_THRESHOLDS.components)}, none wrong at confidence >= ${DOCUMENT_THRESHOLDS.confident}, ` +
      `planted gaps caught >= ${percent(DOCUMENT_THRESHOLDS.gaps)}, no false alarm; "asked": checked as the truth's payer and kind)`,
    line(rows[0]!),
    ...rows.slice(1, -1).map(line),
    '-'.repeat(line(rows[0]!).length),
    line(rows.at(-1)!),
  ];
  const misses = scores.filter((score) => score.misses.length > 0);
  if (misses.length > 0) {
    out.push('', 'Document misses:');
    for (const score of misses) out.push(`  ${score.document}`, ...score.misses.map((miss) => `    ${miss}`));
  }
  return out.join('\n');
}
