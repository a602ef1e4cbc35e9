/**
 * How well field reading does against truth-labelled pages: the project's own fixtures (test/fixtures/pages)
 * and third-party pages (test/fixtures/real-expected, pages read from ../shared). One computation for the
 * `npm run accuracy` report and the vitest test that enforces the thresholds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { filesUnder } from './files-under';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadHtmlFile } from '../../cli/load-html';
import { collectFields } from '../../utils/fields/read-page';
import { fieldsByKey, normalizeKey } from './fixture-keys';
import { SHARED_DIR } from './shared-dir';

// path arithmetic rather than new URL(): under happy-dom the global URL is the page's, not Node's.
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const PROJECT_PAGES = join(ROOT, 'test/fixtures/pages');
export const REAL_EXPECTED = join(ROOT, 'test/fixtures/real-expected');
export const REAL_PAGES = join(SHARED_DIR, 'fixtures/real');

export const THRESHOLDS = { project: 0.97, real: 0.9, confident: 0.8 } as const;

interface Truth {
  fields: Record<string, { concept: string; index: string | number | null }>;
  unmapped?: string[];
  /** Real-page truth may name its page (relative to shared/fixtures/real); else the JSON's own path says it. */
  page?: string;
}

/** One labelled key that went wrong. */
export interface Miss {
  key: string;
  want: string;
  got: string;
  confidence: number | null;
}

export interface PageScore {
  page: string;
  /** Truth keys: labelled fields plus keys that must stay unmapped. */
  labelled: number;
  right: number;
  missed: number;
  /** A different concept or index, or a concept for an unmapped key. */
  wrong: number;
  falsePositives: number;
  wrongConfident: number;
  misses: Miss[];
}

export interface AccuracyReport {
  project: PageScore[];
  real: PageScore[];
  /** Real pages skipped because ../shared is absent. */
  skipped: string[];
}

/** Scores every truth-labelled page. */
export async function computeAccuracy(): Promise<AccuracyReport> {
  const project: PageScore[] = [];
  for (const json of filesUnder(PROJECT_PAGES, /\.json$/)) {
    const html = json.replace(/\.json$/, '.html');
    // The project's own synthetic pages may build widgets (shadow roots) in script; third-party pages never run.
    project.push(await scorePage(relative(ROOT, html), html, readTruth(json), true));
  }
  const real: PageScore[] = [];
  const skipped: string[] = [];
  for (const json of filesUnder(REAL_EXPECTED, /\.json$/)) {
    const truth = readTruth(json);
    const page = truth.page ?? relative(REAL_EXPECTED, json).replace(/\.json$/, '.html');
    const html = join(REAL_PAGES, page);
    if (!existsSync(html)) skipped.push(page);
    else real.push(await scorePage(page, html, truth, false));
  }
  return { project, real, skipped };
}

async function scorePage(name: string, html: string, truth: Truth, trusted: boolean): Promise<PageScore> {
  const loaded = await loadHtmlFile(html, { runTrustedScripts: trusted });
  try {
    return scoreDetected(name, truth, fieldsByKey(loaded.document, collectFields(loaded.document)));
  } finally {
    await loaded.close();
  }
}

/** Compares detected fields (by key) with a truth file. */
export function scoreDetected(page: string, truth: Truth, detected: Map<string, { concept: string; index: unknown; confidence: number }>): PageScore {
  const score: PageScore = { page, labelled: 0, right: 0, missed: 0, wrong: 0, falsePositives: 0, wrongConfident: 0, misses: [] };
  for (const [key, want] of Object.entries(truth.fields)) {
    score.labelled++;
    const got = detected.get(normalizeKey(key));
    if (got && got.concept === want.concept && got.index === want.index) score.right++;
    else if (!got) {
      score.missed++;
      score.misses.push({ key, want: describe(want), got: '-', confidence: null });
    } else {
      score.wrong++;
      if (got.confidence >= THRESHOLDS.confident) score.wrongConfident++;
      score.misses.push({ key, want: describe(want), got: describe(got), confidence: got.confidence });
    }
  }
  for (const key of truth.unmapped ?? []) {
    score.labelled++;
    const got = detected.get(normalizeKey(key));
    if (!got) {
      score.right++;
      continue;
    }
    score.wrong++;
    score.falsePositives++;
    if (got.confidence >= THRESHOLDS.confident) score.wrongConfident++;
    score.misses.push({ key, want: 'unmapped', got: describe(got), confidence: got.confidence });
  }
  return score;
}

export function total(scores: readonly PageScore[], page: string): PageScore {
  const sum = (pick: (score: PageScore) => number) => scores.reduce((acc, score) => acc + pick(score), 0);
  return {
    page,
    labelled: sum((s) => s.labelled),
    right: sum((s) => s.right),
    missed: sum((s) => s.missed),
    wrong: sum((s) => s.wrong),
    falsePositives: sum((s) => s.falsePositives),
    wrongConfident: sum((s) => s.wrongConfident),
    misses: scores.flatMap((s) => s.misses),
  };
}

export function accuracyOf(score: PageScore): number {
  return score.labelled === 0 ? 1 : score.right / score.labelled;
}

/** What fails the thresholds, as sentences; empty when all hold. */
export function thresholdFailures(report: AccuracyReport): string[] {
  const failures: string[] = [];
  const project = total(report.project, 'project');
  const real = total(report.real, 'real');
  if (accuracyOf(project) < THRESHOLDS.project) failures.push(`project accuracy ${percent(accuracyOf(project))} < ${percent(THRESHOLDS.project)}`);
  if (project.wrongConfident > 0) failures.push(`${project.wrongConfident} wrong mapping(s) with confidence >= ${THRESHOLDS.confident} on project fixtures`);
  if (report.real.length > 0 && accuracyOf(real) < THRESHOLDS.real) failures.push(`real-page accuracy ${percent(accuracyOf(real))} < ${percent(THRESHOLDS.real)}`);
  return failures;
}

export function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function describe(value: { concept: string; index: unknown }): string {
  return value.index === null || value.index === undefined ? value.concept : `${value.concept}[${String(value.index)}]`;
}

function readTruth(path: string): Truth {
  return JSON.parse(readFileSync(path, 'utf8')) as Truth;
}

