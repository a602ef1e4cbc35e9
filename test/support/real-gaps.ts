/**
 * Planted gaps on the real pages (../shared/fixtures/real/pages, truth in test/fixtures/real-expected): most are
 * blank forms, so the measure is built by mutation. Each form is filled completely (every truth-labelled control
 * gets a plausible value for its concept: synthetic-values.ts), checked the way a biller would check it, and
 * every failing finding on that complete page is recorded: a false alarm, unless the page has no box for what
 * the rule asks (a page gap, shown apart). Then, one concept at a time, every control of that concept is blanked
 * (a lone box blanked while another box of the same concept is filled is no gap) and the page re-checked; the
 * gap is caught when a new failing finding names the concept. A lone checkbox is not blanked: unchecked, it
 * answers "no", which is no gap. Read-only documents (C-CDA) are checked as published, never filled; a gap in
 * one is planted the way C-CDA writes a section with no entries: its text becomes "No information".
 *
 * The page is read as `claimlint check` reads it (loadHtmlFile, readSavedPage with the site adapters its file
 * URL calls for), with the bundled checklists and the ICD-10-CM table, on a fixed day.
 */
import { existsSync, readFileSync } from 'node:fs';
import { filesUnder } from './files-under';
import { join, relative } from 'node:path';
import { loadHtmlFile } from '../../cli/load-html';
import { loadIcd10Cm } from '../../cli/load-icd10cm';
import { loadNcci } from '../../cli/load-ncci';
import { readSavedPage } from '../../cli/page-document';
import type { ReferenceData } from '../../rules/checks/types';
import { checkSnapshot } from '../../rules/check-snapshot';
import { BUNDLED_CHECKLISTS } from '../../rules/checklists/index';
import type { CompiledRule } from '../../rules/compile-checklist';
import { hasValue } from '../../rules/reading/snapshot-fields';
import type { Finding, Snapshot } from '../../rules/schema';
import { chooseReadings, type ChecklistChoice } from '../../rules/select/choice';
import { REAL_EXPECTED, REAL_PAGES } from './accuracy';
import { keyedFields, normalizeKey } from './fixture-keys';
import { needsOf, type Need } from './rule-needs';
import { blankControls, fillForm, isLoneCheckbox, stateInFallbackBoxes, writeNoInformation, type FilledForm } from './fill-form';

/** The day the pages are checked "as of"; the synthetic dates count back from it. */
export const REAL_GAPS_AS_OF = '2026-12-01T12:00:00.000Z';
export const REAL_GAP_THRESHOLDS = { caught: 0.95, falseAlarms: 0 } as const;

/**
 * What a biller answers in the popup when the page leaves its payer or kind of document uncertain (the popup
 * asks rather than guess). Used only for the part the page does not settle itself.
 */
export const BILLER_ANSWERS: Readonly<Record<string, { payer: string; kind: string; why: string }>> = {
  'pages/openemr/misc_billing_options.html': { payer: 'other', kind: 'professional-claim', why: 'CMS-1500 boxes 10-23 of an encounter\'s claim' },
  'pages/openemr/prior_auth.html': { payer: 'other', kind: 'professional-claim', why: 'OpenEMR\'s prior-auth form fills box 23 of the claim' },
  'pages/openemr/physician_orders.html': { payer: 'other', kind: 'plan-of-care', why: 'home-health physician orders certify the plan of care' },
  'pages/openemr/ptEvaluation.html': { payer: 'medicare', kind: 'plan-of-care', why: 'a PT initial evaluation sets the plan of care; home-health PT is mostly Medicare' },
  'pages/openemr/ptcareplan.html': { payer: 'medicare', kind: 'plan-of-care', why: 'a PT plan of care; home-health PT is mostly Medicare' },
  'pages/ccda/Care_Plan.html': { payer: 'other', kind: 'plan-of-care', why: 'a hospital care plan' },
  'pages/ccda/Progress_Note.html': { payer: 'other', kind: 'progress-report', why: 'a physician\'s progress note' },
};

type Index = string | number | null;

interface Truth {
  fields: Record<string, { concept: string; index: Index }>;
  page?: string;
  /**
   * Read-only documents only: the payer evidence (rules/text detector names) the published document does not
   * state, as read by a person; a failing finding for one of them is the document's own gap, not a false alarm.
   */
  lacks?: string[];
}

/** A failing finding on the complete page. */
export interface Failure {
  rule: string;
  concept: string;
  index: Index;
  message: string;
  /** Why it is the page's own gap rather than a false alarm; absent for a false alarm. */
  pageGap?: string;
}

export interface PlantedGap {
  concept: string;
  index: Index;
  /** The truth keys of the controls (or document parts) blanked together. */
  keys: string[];
  /** The rules that need it (checklist/rule). */
  neededBy: string[];
  /** The new failing finding that named it, or null. */
  caughtBy: string | null;
  /** When not caught: what the engine said about the concept instead. */
  instead: string | null;
}

export interface RealGapsPage {
  page: string;
  /** "form" when the page was filled, "document" when it was checked as published. */
  mode: 'form' | 'document';
  /** The payer and kind it was checked as, and where each came from (the page, or the biller's answer). */
  checkedAs: string;
  checklists: string[];
  filled: number;
  /** Truth-labelled controls left blank: no value for their concept, or no option to choose. */
  unfilled: string[];
  /** Text boxes that also state what a rule reads for, because the form has no box of its own for it. */
  stated: string[];
  /** Concepts some rule needs that were not planted, and why. */
  notPlanted: string[];
  gaps: PlantedGap[];
  falseAlarms: Failure[];
  pageGaps: Failure[];
}

/** Every real page that has truth; pages missing from ../shared are skipped (listed). */
export async function computeRealGaps(): Promise<{ pages: RealGapsPage[]; skipped: string[] }> {
  const references: ReferenceData = { icd10cm: await loadIcd10Cm(), ncci: await loadNcci() };
  const pages: RealGapsPage[] = [];
  const skipped: string[] = [];
  for (const json of filesUnder(REAL_EXPECTED, /\.json$/)) {
    const truth = JSON.parse(readFileSync(json, 'utf8')) as Truth;
    const page = truth.page ?? relative(REAL_EXPECTED, json).replace(/\.json$/, '.html');
    const html = join(REAL_PAGES, page);
    if (!existsSync(html)) skipped.push(page);
    else pages.push(await measurePage(page, html, truth, references));
  }
  return { pages, skipped };
}

async function measurePage(page: string, html: string, truth: Truth, references: ReferenceData): Promise<RealGapsPage> {
  const loaded = await loadHtmlFile(html);
  try {
    const doc = loaded.document;
    const mode = Object.keys(truth.fields).every((key) => /^(heading|label)=/.test(key)) ? 'document' : 'form';
    const form = mode === 'form' ? fillForm(doc, truth.fields, REAL_GAPS_AS_OF) : null;
    const { choice, checkedAs } = billerChoice(page, await snapshotAsOf(doc));
    const run = (snap: Snapshot) => checkSnapshot(snap, { checklists: BUNDLED_CHECKLISTS, choice, references });
    const applied = run(await snapshotAsOf(doc)).checklists;
    const rules = new Map<string, CompiledRule>(applied.flatMap((checklist) => checklist.rules.map((rule) => [`${checklist.id}/${rule.id}`, rule] as const)));
    // A complete form states what each rule reads for: where it has no box of its own, in the text box the rule reads instead.
    const stated = form ? stateInFallbackBoxes(doc, truth.fields, form, [...rules.values()]) : [];
    const snapshot = await snapshotAsOf(doc);
    const complete = run(snapshot);
    // What the boxes now state may show the service, and so add a checklist (a plan's orders that name the therapy
    // get the plan-of-care checklist): the rules a gap is planted for are those of the complete page too.
    for (const checklist of complete.checklists) for (const rule of checklist.rules) rules.set(`${checklist.id}/${rule.id}`, rule);
    const failures = complete.findings.filter((finding) => finding.status === 'fail');
    const failed = new Set(failures.map(failureId));
    const passed = new Set(complete.findings.filter((finding) => finding.status === 'pass').map(ruleId));
    const keyed = keyedFields(doc, { fields: snapshot.fields, places: snapshot.places ?? {} });
    // What a read field states: a box this measure filled states what it was filled to state; published text gets the benefit of the doubt.
    const states = (keys: string[], need: Need) => {
      if (need.detector === null || !form) return true;
      const key = keys.find((candidate) => form.carried.has(candidate));
      return key === undefined || form.carried.get(key)!.has(need.detector);
    };

    const gaps: PlantedGap[] = [];
    const notPlanted: string[] = [];
    for (const group of groupByConcept(truth)) {
      const inGroup = (keys: string[]) => keys.some((key) => group.keys.includes(key));
      const neededBy = [...rules].filter(([id, rule]) => passed.has(id) && needsOf(rule).some((need) =>
        need.concepts.includes(group.concept) && !keyed.some(({ field, keys }) =>
          !inGroup(keys) && need.concepts.includes(field.concept) && hasValue(field) && states(keys, need)),
      )).map(([id]) => id);
      if (neededBy.length === 0) continue;
      if (form && isLoneCheckbox(doc, group.keys)) {
        notPlanted.push(`${group.concept}: a lone checkbox, whose unchecked state answers "no" (needed by ${neededBy.join(', ')})`);
        continue;
      }
      const restore = form ? blankControls(doc, group.keys) : writeNoInformation(doc, group.keys, snapshot, keyed);
      const findings = run(await snapshotAsOf(doc)).findings;
      restore();
      const names = (finding: Finding) => finding.concept === group.concept && (group.index === null || finding.index === group.index);
      const caught = findings.find((finding) => finding.status === 'fail' && names(finding) && !failed.has(failureId(finding)));
      const needing = findings.filter((finding) => neededBy.includes(ruleId(finding)));
      const other = needing.find((finding) => finding.status !== 'pass') ?? needing[0];
      gaps.push({
        concept: group.concept,
        index: group.index,
        keys: group.keys,
        neededBy,
        caughtBy: caught ? `${ruleId(caught)}: ${caught.message}` : null,
        instead: caught ? null : other ? `${other.status} ${ruleId(other)} on ${other.concept ?? '-'}: ${other.message}` : 'no finding of the rules that need it',
      });
    }

    const judged = failures.map((finding) => judgeFailure(finding, rules.get(ruleId(finding)), truth, form));
    return {
      page,
      mode,
      checkedAs,
      checklists: complete.checklists.map((checklist) => checklist.id),
      filled: form?.filled ?? 0,
      unfilled: form?.unfilled ?? [],
      stated,
      notPlanted,
      gaps,
      falseAlarms: judged.filter((failure) => failure.pageGap === undefined),
      pageGaps: judged.filter((failure) => failure.pageGap !== undefined),
    };
  } finally {
    await loaded.close();
  }
}

async function snapshotAsOf(doc: Document): Promise<Snapshot> {
  return { ...(await readSavedPage(doc, { asOf: REAL_GAPS_AS_OF })).snapshot, takenAt: REAL_GAPS_AS_OF };
}

/** The page's own reading where it is certain; the biller's answer for what it leaves uncertain. */
function billerChoice(page: string, snapshot: Snapshot): { choice: ChecklistChoice; checkedAs: string } {
  const context = checkSnapshot(snapshot, { checklists: BUNDLED_CHECKLISTS }).context;
  const readings = chooseReadings(snapshot, context, {});
  const answer = BILLER_ANSWERS[page];
  const choice: ChecklistChoice = {};
  const said: string[] = [];
  for (const part of ['payer', 'kind'] as const) {
    const reading = readings[part];
    if (reading?.certain) said.push(`${part} ${reading.id} (from the page: ${reading.evidence})`);
    else if (answer) {
      choice[part] = answer[part];
      said.push(`${part} ${answer[part]} (biller's answer${reading ? `; page guessed ${reading.id}` : ''})`);
    } else said.push(`${part} ${reading?.id ?? 'none'} (guessed; no answer on file)`);
  }
  return { choice, checkedAs: `${said.join(', ')}${answer ? ` — ${answer.why}` : ''}` };
}

/**
 * A failing finding on the complete page: a false alarm unless the page has no place for what its rule asks (a
 * form with no box of that concept that could state it; a document a person read as not stating it).
 */
function judgeFailure(finding: Finding, rule: CompiledRule | undefined, truth: Truth, form: FilledForm | null): Failure {
  const failure: Failure = { rule: ruleId(finding), concept: finding.concept ?? '-', index: finding.index, message: finding.message };
  for (const need of rule ? needsOf(rule) : []) {
    if (!form) {
      if (need.detector !== null && (truth.lacks ?? []).includes(need.detector)) {
        return { ...failure, pageGap: `the document does not state it (${need.detector}; truth file "lacks")` };
      }
      continue;
    }
    const boxes = Object.entries(truth.fields).filter(([key, want]) => need.concepts.includes(want.concept)
      && (need.detector === null || form.carried.get(normalizeKey(key))?.has(need.detector)));
    if (boxes.length === 0) {
      const what = need.detector === null ? need.concepts.join(' / ') : `${need.detector} (read from ${need.concepts.join(' / ')})`;
      return { ...failure, pageGap: `the form has no box that can state ${what}` };
    }
  }
  return failure;
}

interface Group {
  concept: string;
  index: Index;
  keys: string[];
}

function groupByConcept(truth: Truth): Group[] {
  const groups = new Map<string, Group>();
  for (const [key, want] of Object.entries(truth.fields)) {
    const id = `${want.concept}[${String(want.index)}]`;
    const group = groups.get(id) ?? { concept: want.concept, index: want.index, keys: [] };
    group.keys.push(normalizeKey(key));
    groups.set(id, group);
  }
  return [...groups.values()];
}

function ruleId(finding: Finding): string {
  return `${finding.checklistId}/${finding.ruleId}`;
}

function failureId(finding: Finding): string {
  return `${ruleId(finding)}|${finding.concept ?? '-'}|${String(finding.index)}`;
}

export function realGapsSummary(pages: readonly RealGapsPage[]) {
  const sum = (pick: (page: RealGapsPage) => number) => pages.reduce((acc, page) => acc + pick(page), 0);
  return {
    planted: sum((page) => page.gaps.length),
    caught: sum((page) => page.gaps.filter((gap) => gap.caughtBy !== null).length),
    falseAlarms: sum((page) => page.falseAlarms.length),
    pageGaps: sum((page) => page.pageGaps.length),
  };
}

/** Each target the totals miss, in words; empty when both are met. */
export function realGapFailures(all: ReturnType<typeof realGapsSummary>): string[] {
  const failures: string[] = [];
  if (all.planted > 0 && all.caught / all.planted < REAL_GAP_THRESHOLDS.caught) failures.push(`real-page gaps caught ${all.caught}/${all.planted}, below ${REAL_GAP_THRESHOLDS.caught * 100}%`);
  if (all.falseAlarms > REAL_GAP_THRESHOLDS.falseAlarms) failures.push(`${all.falseAlarms} false alarm(s) on complete real pages`);
  return failures;
}

