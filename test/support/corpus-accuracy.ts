/**
 * The corpus (test/corpus/<library>/<form>.html + .json, written by npm run corpus): how well field reading maps
 * each control to its concept and line, and whether the engine catches the gaps planted in each page. The page
 * is read the way the command line reads it (loadHtmlFile, then readSavedPage for the engine); the checklists
 * are the bundled ones, chosen by the page as `claimlint check` chooses them, on a fixed day so the figures
 * do not drift with the calendar.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadHtmlFile } from '../../cli/load-html';
import { loadIcd10Cm } from '../../cli/load-icd10cm';
import { loadNcci } from '../../cli/load-ncci';
import { readSavedPage } from '../../cli/page-document';
import { checkSnapshot } from '../../rules/check-snapshot';
import { BUNDLED_CHECKLISTS } from '../../rules/checklists/index';
import type { Finding } from '../../rules/schema';
import { collectFields } from '../../utils/fields/read-page';
import { ROOT, scoreDetected, type PageScore } from './accuracy';
import { fieldsByKey, normalizeKey } from './fixture-keys';

export const CORPUS_DIR = join(ROOT, 'test/corpus');
/** The day the corpus is checked "as of" (its dates are in November 2026). */
export const CORPUS_AS_OF = '2026-12-01T12:00:00.000Z';
export const CORPUS_THRESHOLDS = { mapped: 0.97, confident: 0.8, gapsCaught: 0.95, falseAlarms: 0 } as const;

type Index = string | number | null;

export interface CorpusTruth {
  library: string;
  kind: string;
  fields: Record<string, { concept: string; index: Index }>;
  gaps: Array<{ key: string; concept: string; index: Index }>;
}

export interface CorpusPage {
  library: string;
  kind: string;
  html: string;
  json: string;
}

/** One truth key's outcome, for the per-concept table. */
export interface KeyOutcome {
  concept: string;
  right: boolean;
}

export interface GapOutcome {
  key: string;
  concept: string;
  index: Index;
  caught: boolean;
}

export interface FalseAlarm {
  ruleId: string;
  concept: string;
  index: Index;
  message: string;
}

export interface CorpusPageScore {
  library: string;
  kind: string;
  mapping: PageScore;
  keys: KeyOutcome[];
  gaps: GapOutcome[];
  falseAlarms: FalseAlarm[];
  /** Failing findings on concepts the page does not have (neither a gap nor a filled control): shown, not scored. */
  otherFailures: FalseAlarm[];
}

/** Every rendered page with its truth, sorted by library then form. */
export function corpusPages(): CorpusPage[] {
  if (!existsSync(CORPUS_DIR)) return [];
  return readdirSync(CORPUS_DIR)
    .sort()
    .filter((library) => library !== 'forms' && statSync(join(CORPUS_DIR, library)).isDirectory())
    .flatMap((library) =>
      readdirSync(join(CORPUS_DIR, library))
        .filter((file) => file.endsWith('.json'))
        .sort()
        .map((file) => ({
          library,
          kind: file.replace(/\.json$/, ''),
          json: join(CORPUS_DIR, library, file),
          html: join(CORPUS_DIR, library, file.replace(/\.json$/, '.html')),
        })),
    );
}

export function readCorpusTruth(page: CorpusPage): CorpusTruth {
  return JSON.parse(readFileSync(page.json, 'utf8')) as CorpusTruth;
}

/** Scores every corpus page: mapping per truth key, and planted gaps against the engine's failing findings. */
export async function computeCorpus(): Promise<CorpusPageScore[]> {
  const icd10cm = await loadIcd10Cm();
  const scores: CorpusPageScore[] = [];
  for (const page of corpusPages()) {
    const truth = readCorpusTruth(page);
    const loaded = await loadHtmlFile(page.html);
    try {
      const detected = fieldsByKey(loaded.document, collectFields(loaded.document));
      const mapping = scoreDetected(`${page.library}/${page.kind}`, truth, detected);
      const keys = Object.entries(truth.fields).map(([key, want]) => {
        const got = detected.get(normalizeKey(key));
        return { concept: want.concept, right: got !== undefined && got.concept === want.concept && got.index === want.index };
      });
      const snapshot = { ...(await readSavedPage(loaded.document, { asOf: CORPUS_AS_OF })).snapshot, takenAt: CORPUS_AS_OF };
      const { findings } = checkSnapshot(snapshot, { checklists: BUNDLED_CHECKLISTS, references: { icd10cm, ncci: await loadNcci() } });
      scores.push({ library: page.library, kind: page.kind, mapping, keys, ...judgeFindings(truth, findings) });
    } finally {
      await loaded.close();
    }
  }
  return scores;
}

/** A gap is caught by a failing finding on its concept (and index, when it has one); a failure on a filled control is a false alarm. */
export function judgeFindings(truth: CorpusTruth, findings: readonly Finding[]): Pick<CorpusPageScore, 'gaps' | 'falseAlarms' | 'otherFailures'> {
  const failing = findings.filter((finding) => finding.status === 'fail');
  const matches = (finding: Finding, concept: string, index: Index) => finding.concept === concept && (index === null || finding.index === index);
  const gaps = truth.gaps.map((gap) => ({ ...gap, caught: failing.some((finding) => matches(finding, gap.concept, gap.index)) }));
  const filled = Object.entries(truth.fields).filter(([key]) => !truth.gaps.some((gap) => gap.key === key)).map(([, want]) => want);
  const falseAlarms: FalseAlarm[] = [];
  const otherFailures: FalseAlarm[] = [];
  for (const finding of failing) {
    if (gaps.some((gap) => matches(finding, gap.concept, gap.index))) continue;
    const alarm = { ruleId: `${finding.checklistId}/${finding.ruleId}`, concept: finding.concept ?? '-', index: finding.index, message: finding.message };
    if (filled.some((want) => finding.concept === want.concept && (finding.index === null || finding.index === want.index))) falseAlarms.push(alarm);
    else otherFailures.push(alarm);
  }
  return { gaps, falseAlarms, otherFailures };
}

/** Right / labelled per group (library, kind or concept). */
export function groupAccuracy(scores: readonly CorpusPageScore[], groupOf: (score: CorpusPageScore, key: KeyOutcome) => string): Array<{ group: string; labelled: number; right: number }> {
  const groups = new Map<string, { labelled: number; right: number }>();
  for (const score of scores) {
    for (const key of score.keys) {
      const group = groupOf(score, key);
      const entry = groups.get(group) ?? { labelled: 0, right: 0 };
      entry.labelled++;
      if (key.right) entry.right++;
      groups.set(group, entry);
    }
  }
  return [...groups].map(([group, counts]) => ({ group, ...counts }));
}

/** The corpus totals the targets are about. */
export function corpusSummary(scores: readonly CorpusPageScore[]) {
  const sum = (pick: (score: CorpusPageScore) => number) => scores.reduce((acc, score) => acc + pick(score), 0);
  return {
    labelled: sum((s) => s.keys.length),
    right: sum((s) => s.keys.filter((key) => key.right).length),
    wrongConfident: sum((s) => s.mapping.wrongConfident),
    gaps: sum((s) => s.gaps.length),
    caught: sum((s) => s.gaps.filter((gap) => gap.caught).length),
    falseAlarms: sum((s) => s.falseAlarms.length),
  };
}

/** Each corpus target the totals miss, in words; empty when all are met. */
export function corpusFailures(all: ReturnType<typeof corpusSummary>): string[] {
  const t = CORPUS_THRESHOLDS;
  const failures: string[] = [];
  if (all.labelled > 0 && all.right / all.labelled < t.mapped) failures.push(`mapped ${all.right}/${all.labelled}, below ${t.mapped * 100}%`);
  if (all.wrongConfident > 0) failures.push(`${all.wrongConfident} wrong mappings at confidence >= ${t.confident}`);
  if (all.gaps > 0 && all.caught / all.gaps < t.gapsCaught) failures.push(`gaps caught ${all.caught}/${all.gaps}, below ${t.gapsCaught * 100}%`);
  if (all.falseAlarms > t.falseAlarms) failures.push(`${all.falseAlarms} false alarms`);
  return failures;
}

