/**
 * npm run accuracy: how well field reading does on every truth-labelled page, page by page, with totals for the
 * project's fixtures and for third-party pages, and each wrong or missed key; then the UI-library corpus
 * (test/corpus) per library, page kind and concept, with planted gaps caught and false alarms; then the real
 * pages with gaps planted in their complete versions (test/support/real-gaps.ts); then the letters, plans and
 * notes (test/fixtures/documents) per document. Exit status 1 when a project, real-page, corpus, planted-gap or
 * document threshold fails (test/support/accuracy.ts, corpus-accuracy.ts, real-gaps.ts, document-accuracy.ts), so
 * CI can run it as is.
 */
import {
  accuracyOf, computeAccuracy, percent, thresholdFailures, total, THRESHOLDS, type PageScore,
} from '../test/support/accuracy';
import { computeCorpus, corpusFailures, corpusSummary } from '../test/support/corpus-accuracy';
import { computeRealGaps, realGapFailures, realGapsSummary } from '../test/support/real-gaps';
import { realGapsReport } from './support/real-gaps-report';
import { computeDocumentAccuracy, documentThresholdFailures } from '../test/support/document-accuracy';
import { corpusReport } from './corpus/report';
import { documentsReport } from './documents-report';

const COLUMNS = ['labelled', 'right', 'missed', 'wrong', 'false+', 'wrong≥0.8', 'accuracy'];

function row(score: PageScore): string[] {
  return [
    score.page,
    String(score.labelled),
    String(score.right),
    String(score.missed),
    String(score.wrong),
    String(score.falsePositives),
    String(score.wrongConfident),
    percent(accuracyOf(score)),
  ];
}

function table(title: string, scores: PageScore[]): string {
  const rows = [['page', ...COLUMNS], ...scores.map(row), row(total(scores, `TOTAL ${title}`))];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((cells) => cells[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(rows[0]!), ...rows.slice(1, -1).map(line), '-'.repeat(line(rows[0]!).length), line(rows[rows.length - 1]!)].join('\n');
}

function misses(scores: PageScore[]): string {
  return scores
    .filter((score) => score.misses.length > 0)
    .map((score) => [
      `  ${score.page}`,
      ...score.misses.map((miss) => `    ${miss.key}: want ${miss.want}, got ${miss.got}${miss.confidence === null ? '' : ` (${miss.confidence})`}`),
    ].join('\n'))
    .join('\n');
}

const report = await computeAccuracy();
const out: string[] = [];
out.push(`Project fixtures (threshold ${percent(THRESHOLDS.project)}, no wrong mapping with confidence >= ${THRESHOLDS.confident})`);
out.push(table('project', report.project));
out.push('', `Real pages (threshold ${percent(THRESHOLDS.real)})`);
out.push(report.real.length > 0 ? table('real', report.real) : '  (none scored)');
for (const page of report.skipped) out.push(`  skipped ${page}: ../shared/fixtures/real is absent`);
const wrong = misses([...report.project, ...report.real]);
if (wrong) out.push('', 'Missed and wrong keys:', wrong);
const corpus = await computeCorpus();
out.push('', corpusReport(corpus));
const realGaps = await computeRealGaps();
out.push('', realGapsReport(realGaps.pages, realGaps.skipped));
const documents = await computeDocumentAccuracy();
out.push('', documentsReport(documents));
const failures = [
  ...thresholdFailures(report),
  ...corpusFailures(corpusSummary(corpus)).map((failure) => `corpus: ${failure}`),
  ...realGapFailures(realGapsSummary(realGaps.pages)),
  ...documentThresholdFailures(documents).map((failure) => `documents: ${failure}`),
];
out.push('', failures.length > 0 ? `FAIL: ${failures.join('; ')}` : 'OK: all thresholds hold');
console.log(out.join('\n'));
process.exitCode = failures.length > 0 ? 1 : 0;
