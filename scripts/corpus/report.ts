/**
 * The corpus part of npm run accuracy: fields mapped to the right concept and line per library, per page kind and
 * per concept (worst first), planted gaps caught and false alarms, and what missed. The targets are enforced by
 * test/corpus/corpus.test.ts and by npm run accuracy's exit status.
 */
import { percent } from '../../test/support/accuracy';
import { CORPUS_THRESHOLDS, corpusFailures, corpusSummary, groupAccuracy, type CorpusPageScore } from '../../test/support/corpus-accuracy';

export function corpusReport(scores: readonly CorpusPageScore[]): string {
  if (scores.length === 0) return 'Corpus: no pages in test/corpus (npm run corpus writes them)';
  const out: string[] = [];
  const t = CORPUS_THRESHOLDS;
  out.push(`Corpus (test/corpus; targets: mapped >= ${percent(t.mapped)}, no wrong mapping at confidence >= ${t.confident}, gaps caught >= ${percent(t.gapsCaught)}, ${t.falseAlarms} false alarms)`);
  out.push('', table('library', groupAccuracy(scores, (score) => score.library), scores, (score) => score.library));
  out.push('', table('page kind', groupAccuracy(scores, (score) => score.kind), scores, (score) => score.kind));
  const concepts = groupAccuracy(scores, (_, key) => key.concept).sort((a, b) => a.right / a.labelled - b.right / b.labelled || a.group.localeCompare(b.group));
  out.push('', table('concept (worst first)', concepts, null, () => ''));
  const all = corpusSummary(scores);
  out.push(
    '',
    `TOTAL mapped ${all.right}/${all.labelled} = ${percent(all.right / all.labelled)}; wrong at confidence >= ${t.confident}: ${all.wrongConfident}; ` +
      `gaps caught ${all.caught}/${all.gaps} = ${percent(all.gaps === 0 ? 1 : all.caught / all.gaps)}; false alarms ${all.falseAlarms}`,
  );
  const failures = corpusFailures(all);
  out.push(failures.length === 0 ? 'Corpus: all targets met' : `Corpus: below target: ${failures.join('; ')}`);
  const detail = scores.flatMap((score) => [
    ...score.mapping.misses.map((miss) => `  ${score.library}/${score.kind} ${miss.key}: want ${miss.want}, got ${miss.got}${miss.confidence === null ? '' : ` (${miss.confidence})`}`),
    ...score.gaps.filter((gap) => !gap.caught).map((gap) => `  ${score.library}/${score.kind} gap not caught: ${gap.key} (${describe(gap)})`),
    ...score.falseAlarms.map((alarm) => `  ${score.library}/${score.kind} false alarm ${alarm.ruleId} on ${describe(alarm)}: ${alarm.message}`),
    ...score.otherFailures.map((alarm) => `  ${score.library}/${score.kind} other failure ${alarm.ruleId} on ${describe(alarm)}: ${alarm.message}`),
  ]);
  if (detail.length > 0) out.push('', 'Corpus misses, uncaught gaps and failures:', ...detail);
  return out.join('\n');
}


function table(
  title: string,
  groups: Array<{ group: string; labelled: number; right: number }>,
  scores: readonly CorpusPageScore[] | null,
  groupOf: (score: CorpusPageScore) => string,
): string {
  const header = [title, 'labelled', 'right', 'mapped', ...(scores ? ['wrong≥0.8', 'gaps', 'caught', 'false alarms'] : [])];
  const rows = groups.map(({ group, labelled, right }) => {
    const mine = scores?.filter((score) => groupOf(score) === group) ?? [];
    const cells = [group, String(labelled), String(right), percent(right / labelled)];
    if (!scores) return cells;
    const gaps = mine.flatMap((score) => score.gaps);
    return [
      ...cells,
      String(mine.reduce((acc, score) => acc + score.mapping.wrongConfident, 0)),
      String(gaps.length),
      String(gaps.filter((gap) => gap.caught).length),
      String(mine.reduce((acc, score) => acc + score.falseAlarms.length, 0)),
    ];
  });
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((cells) => cells[column]!.length)));
  return all.map((cells) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[column]!))).join('  ')).join('\n');
}

function describe(value: { concept: string; index: unknown }): string {
  return value.index === null || value.index === undefined ? value.concept : `${value.concept}[${String(value.index)}]`;
}
