/**
 * How well ClaimLint reads letters, plans and notes: each document in test/fixtures/documents is read the way
 * `claimlint check` reads it and scored against its hand-written truth (README there): components found right,
 * components read wrong with confidence, planted gaps caught by the bundled checklists, and false alarms.
 * One computation for the `npm run accuracy` "Documents" table and the vitest test that enforces the thresholds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_CHECKLISTS } from '../../rules/checklists/index';
import { checkSnapshot } from '../../rules/check-snapshot';
import type { DocumentComponent } from '../../rules/document/types';
import type { Finding, Snapshot } from '../../rules/schema';
import type { Choice } from '../../rules/select/choice';
import { loadHtmlFile } from '../../cli/load-html';
import { loadIcd10Cm } from '../../cli/load-icd10cm';
import { loadNcci } from '../../cli/load-ncci';
import { readSavedPage } from '../../cli/page-document';
import { documentSnapshot, readDocumentText, readTextDocument, type DocumentRead } from '../../cli/read-document';
import { ROOT } from './accuracy';

export const DOCUMENTS = join(ROOT, 'test/fixtures/documents');

/** The issue's bar: components ≥ 95% right, none wrong at confidence ≥ 0.8, gaps ≥ 95% caught, no false alarm. */
export const DOCUMENT_THRESHOLDS = { components: 0.95, confident: 0.8, gaps: 0.95 } as const;

interface TruthComponent {
  concept: string | string[];
  /** Absent: any index. */
  index?: string | number | null;
  value: string;
  optional?: boolean;
}

export interface DocumentTruth {
  describes: string;
  kind: string;
  payer: string | null;
  service: string;
  asOf: string;
  components: TruthComponent[];
  absent: string[];
  gaps: string[];
  mayFail?: string[];
}

export interface DocumentScore {
  document: string;
  /** Expected components (not optional) plus absent concepts. */
  expected: number;
  right: number;
  confidentWrong: number;
  planted: number;
  caught: number;
  falseAlarms: number;
  /** "certain" when ClaimLint settled payer and kind itself, else "asked" (checked as the truth says). */
  choice: 'certain' | 'asked';
  /** Each miss in words: what the truth wants, what was read, and why it counts. */
  misses: string[];
}

/** Scores every document that has a truth file. */
export async function computeDocumentAccuracy(): Promise<DocumentScore[]> {
  const scores: DocumentScore[] = [];
  for (const name of readdirSync(DOCUMENTS).filter((file) => /\.(txt|md|html)$/.test(file) && file !== 'README.md').sort()) {
    const truth = JSON.parse(readFileSync(join(DOCUMENTS, name.replace(/\.\w+$/, '.json')), 'utf8')) as DocumentTruth;
    scores.push(await scoreDocument(name, truth));
  }
  return scores;
}

/** Reads one document as the CLI does (a page through its document text) and scores it. */
export async function scoreDocument(name: string, truth: DocumentTruth): Promise<DocumentScore> {
  const { snapshot, document } = await readFixture(join(DOCUMENTS, name), truth.asOf);
  const { findings, certain, choice } = await checkAsTruthSays(snapshot, truth);
  const score = scoreReading(name, truth, document?.reading.components ?? [], findings, certain);
  if (!document) score.misses.unshift('no document read at all');
  // A certain choice that is not what the document is checks it against the wrong checklists without asking.
  const wrongPayer = truth.payer !== null && choice.payer !== truth.payer;
  if (certain && (wrongPayer || choice.kind !== truth.kind)) {
    score.misses.unshift(`choice: certain of payer ${choice.payer}, kind ${choice.kind}; the truth says payer ${truth.payer}, kind ${truth.kind}`);
  }
  return score;
}

/** Scores what was read (components) and what the checklists said (findings) against the truth. Pure. */
export function scoreReading(
  name: string, truth: DocumentTruth, components: readonly DocumentComponent[], findings: readonly Finding[], certain: boolean,
): DocumentScore {
  const misses: string[] = [];
  const componentScore = scoreComponents(truth, components, misses);
  const gapScore = scoreGaps(truth, findings, misses);
  return { document: name, ...componentScore, ...gapScore, choice: certain ? 'certain' : 'asked', misses };
}

async function readFixture(path: string, asOf: string): Promise<{ snapshot: Snapshot; document: DocumentRead | null }> {
  if (path.endsWith('.html')) {
    const page = await loadHtmlFile(path);
    try {
      return await readSavedPage(page.document, { asOf });
    } finally {
      await page.close();
    }
  }
  const document = await readTextDocument(await readDocumentText(path), { asOf });
  return { snapshot: documentSnapshot(path, document), document };
}

/** Checked as ClaimLint chooses when its choice is certain; else as the truth says, as a user would answer. */
async function checkAsTruthSays(read: Snapshot, truth: DocumentTruth): Promise<{ findings: Finding[]; certain: boolean; choice: Choice }> {
  const snapshot = { ...read, takenAt: `${truth.asOf}T12:00:00.000Z` };
  const references = { icd10cm: await loadIcd10Cm(), ncci: await loadNcci() };
  const own = checkSnapshot(snapshot, { checklists: BUNDLED_CHECKLISTS, references });
  if (own.choice.certain) return { findings: own.findings, certain: true, choice: own.choice };
  const choice = { kind: truth.kind, service: truth.service, ...(truth.payer !== null && { payer: truth.payer }) };
  return { findings: checkSnapshot(snapshot, { checklists: BUNDLED_CHECKLISTS, references, choice }).findings, certain: false, choice: own.choice };
}

function scoreComponents(truth: DocumentTruth, found: readonly DocumentComponent[], misses: string[]) {
  let expected = 0;
  let right = 0;
  for (const want of truth.components.filter((component) => !component.optional)) {
    expected++;
    const concepts = conceptsOf(want);
    const candidates = found.filter((component) => concepts.includes(component.concept) && indexFits(want, component));
    if (candidates.some((component) => contains(component.value, want.value))) {
      right++;
      continue;
    }
    const read = candidates.length > 0 ? `read ${candidates.map((component) => quote(component.value)).join(', ')}` : 'not read';
    misses.push(`component ${concepts.join('|')}${want.index === undefined || want.index === null ? '' : `[${want.index}]`}: want "${want.value}", ${read}${elsewhere(want, found)}`);
  }
  for (const concept of truth.absent) {
    expected++;
    const wrongly = found.filter((component) => component.concept === concept);
    if (wrongly.length === 0) right++;
    else misses.push(`absent ${concept} read as present: ${wrongly.map((component) => `${quote(component.evidence)} (${component.confidence})`).join(', ')}`);
  }
  let confidentWrong = 0;
  for (const component of found.filter((candidate) => candidate.confidence >= DOCUMENT_THRESHOLDS.confident)) {
    const why = confidentlyWrong(truth, component);
    if (!why) continue;
    confidentWrong++;
    misses.push(`confident wrong ${component.concept}${component.index === null ? '' : `[${component.index}]`} (${component.confidence}): ${why}`);
  }
  return { expected, right, confidentWrong };
}

/** Why a component read at confidence ≥ 0.8 is wrong, or null when it is not (or cannot be told from the truth). */
function confidentlyWrong(truth: DocumentTruth, component: DocumentComponent): string | null {
  if (truth.absent.includes(component.concept)) return `the document does not contain it; read from ${quote(component.evidence)}`;
  // Prose may be cut into sentences in more than one right way; identifiers, names, dates and codes may not.
  if (component.concept.startsWith('doc.')) return null;
  const entries = truth.components.filter((want) => conceptsOf(want).includes(component.concept) && indexFits(want, component));
  if (entries.some((want) => sameThing(component.value, want.value))) return null;
  const wanted = entries.length > 0 ? `the truth has ${entries.map((want) => `"${want.value}"`).join(', ')}` : 'the truth has no such component';
  return `read ${quote(component.value)} from ${quote(component.evidence)}; ${wanted}`;
}

function scoreGaps(truth: DocumentTruth, findings: readonly Finding[], misses: string[]) {
  const fails = findings.filter((finding) => finding.status === 'fail');
  let caught = 0;
  for (const gap of truth.gaps) {
    if (fails.some((finding) => matchesGap(finding, gap))) {
      caught++;
      continue;
    }
    const related = findings.filter((finding) => matchesGap(finding, gap));
    const said = related.length > 0 ? related.map((finding) => `${finding.status}: ${finding.message}`).join(' / ') : 'no such finding (checklist not chosen)';
    misses.push(`gap not caught ${gap}: ${said}`);
  }
  const allowed = [...truth.gaps, ...(truth.mayFail ?? [])];
  const falseAlarms = fails.filter((finding) => !allowed.some((gap) => matchesGap(finding, gap)));
  for (const finding of falseAlarms) misses.push(`false alarm ${finding.checklistId}/${finding.ruleId}: ${finding.message}`);
  return { planted: truth.gaps.length, caught, falseAlarms: falseAlarms.length };
}

function matchesGap(finding: Finding, gap: string): boolean {
  return gap.includes('/') ? `${finding.checklistId}/${finding.ruleId}` === gap : finding.concept === gap;
}

/** Where the wanted words were read instead, if under another concept: the reason a component was missed. */
function elsewhere(want: TruthComponent, found: readonly DocumentComponent[]): string {
  const other = found.filter((component) => !conceptsOf(want).includes(component.concept) && contains(component.value, want.value));
  return other.length > 0 ? `; the words were read as ${[...new Set(other.map((component) => `${component.concept}${component.index === null ? '' : `[${component.index}]`}`))].join(', ')}` : '';
}

function conceptsOf(want: TruthComponent): string[] {
  return Array.isArray(want.concept) ? want.concept : [want.concept];
}

function indexFits(want: TruthComponent, component: DocumentComponent): boolean {
  return want.index === undefined || want.index === component.index;
}

function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function contains(value: string, wanted: string): boolean {
  return normalize(value).includes(normalize(wanted));
}

/**
 * The same name, date or code written more or less fully: one contains the other, or every word of the value
 * read is in the truth's ("Miriam Castellanos" for "Miriam A. Castellanos").
 */
function sameThing(value: string, wanted: string): boolean {
  if (contains(value, wanted) || contains(wanted, value)) return true;
  const words = (text: string) => normalize(text).match(/[\p{L}\p{N}]{2,}/gu) ?? [];
  const truthWords = new Set(words(wanted));
  const read = words(value);
  return read.length > 0 && read.every((word) => truthWords.has(word));
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > 90 ? `${flat.slice(0, 89)}…` : flat}"`;
}

/** The sum of the scores, named `name`. */
export function totalDocuments(scores: readonly DocumentScore[], name = 'TOTAL'): DocumentScore {
  const sum = (key: 'expected' | 'right' | 'confidentWrong' | 'planted' | 'caught' | 'falseAlarms') => scores.reduce((total, score) => total + score[key], 0);
  return {
    document: name, expected: sum('expected'), right: sum('right'), confidentWrong: sum('confidentWrong'),
    planted: sum('planted'), caught: sum('caught'), falseAlarms: sum('falseAlarms'),
    choice: scores.every((score) => score.choice === 'certain') ? 'certain' : 'asked', misses: scores.flatMap((score) => score.misses),
  };
}

export function componentRate(score: DocumentScore): number {
  return score.expected === 0 ? 1 : score.right / score.expected;
}

export function gapRate(score: DocumentScore): number {
  return score.planted === 0 ? 1 : score.caught / score.planted;
}

/** What falls short of the thresholds, in words; empty when all hold. */
export function documentThresholdFailures(scores: readonly DocumentScore[]): string[] {
  const total = totalDocuments(scores);
  const failures: string[] = [];
  const pct = (rate: number) => `${(rate * 100).toFixed(1)}%`;
  if (scores.length < 12) failures.push(`only ${scores.length} documents have truth (the issue asks for at least 12)`);
  if (componentRate(total) < DOCUMENT_THRESHOLDS.components) failures.push(`components right ${pct(componentRate(total))} < ${pct(DOCUMENT_THRESHOLDS.components)}`);
  if (total.confidentWrong > 0) failures.push(`${total.confidentWrong} component(s) wrong at confidence >= ${DOCUMENT_THRESHOLDS.confident}`);
  if (gapRate(total) < DOCUMENT_THRESHOLDS.gaps) failures.push(`planted gaps caught ${pct(gapRate(total))} < ${pct(DOCUMENT_THRESHOLDS.gaps)}`);
  if (total.falseAlarms > 0) failures.push(`${total.falseAlarms} false alarm(s)`);
  return failures;
}
