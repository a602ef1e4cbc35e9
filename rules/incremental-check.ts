/**
 * checkSnapshot for a snapshot that changes a few fields at a time (a page being filled in): the same result,
 * re-running only the rules that read a concept whose fields changed. Each rule's reads are recorded as it runs
 * (SnapshotFields.recording), not declared by hand, so they cannot drift from what the check does; a rule that
 * takes the whole snapshot depends on everything. The checklists and the situation the rules' conditions are
 * judged on are chosen again when the edit changed something choosing them read (recorded-selection.ts); a change
 * in them, in the date or in the source runs every rule. Each rule's findings keep their problem (missing /
 * invalid) until the rule runs again or the field a fail points at changes.
 */
import type { CheckContext } from './checks/types';
import { checklistsWithIds, type CheckResult, type CheckSnapshotOptions } from './check-snapshot';
import type { CompiledChecklist } from './compile-checklist';
import type { Situation } from './conditions/situation';
import { checkContext, evaluateRule } from './engine';
import { fieldPositions, withProblemsFrom, type FieldPositions } from './outcome/problem';
import { SnapshotFields, type ConceptReads } from './reading/snapshot-fields';
import type { Field, Finding, Snapshot } from './schema';
import { recordSelection, selectionMayChange, SEP, type RecordedSelection } from './select/recorded-selection';

/**
 * A checker that remembers its last snapshot: call it with each new snapshot of the same page. `edited`: the
 * positions of the only fields that may differ from the last snapshot's (the caller knows them from a changes
 * message), so an edit costs what its rules cost, not a comparison of every field; the others are not compared,
 * so leave it out unless every other position holds the same field as before.
 */
export type IncrementalCheck = (snapshot: Snapshot, edited?: Iterable<number>) => CheckResult;

/** What the last check left: each rule's findings (raw and with problems) and reads, in checklist then rule order. */
interface Previous {
  snapshot: Snapshot;
  fields: SnapshotFields;
  recorded: RecordedSelection<CompiledChecklist>;
  checklists: CompiledChecklist[];
  rules: RuleState[];
  /** Where each key's field is, for problems, once a check needed it (same for every snapshot of the same fields). */
  positions: FieldPositions | undefined;
}

interface RuleState {
  findings: Finding[];
  withProblems: Finding[];
  reads: ConceptReads;
}

/** How many rules the last call ran (the rest kept their findings): for tests and the bench, not for users. */
export interface IncrementalStats {
  rulesRun: number;
  rulesKept: number;
  /** Whether the checklists and situation were chosen again (else the last choice stood). */
  chosenAgain: boolean;
}

/** A checker with the options of checkSnapshot fixed (a new choice or new checklists: make a new one). */
export function createIncrementalCheck(options: CheckSnapshotOptions, stats?: IncrementalStats): IncrementalCheck {
  const { checklists: all, choice = {}, references = {} } = options;
  const { checklistIds, ...payerAndService } = choice;
  let previous: Previous | undefined;
  return (snapshot, edited) => {
    const edit = previous ? changesFrom(previous.snapshot, snapshot, edited) : null;
    const reuseChoice = previous !== undefined && edit !== null && !edit.conceptMoved && !selectionMayChange(previous.recorded, snapshot, edit.properties);
    const recorded = reuseChoice ? previous!.recorded : recordSelection(snapshot, all, payerAndService);
    const { selection, situation } = recorded;
    const checklists = reuseChoice ? previous!.checklists : checklistIds ? checklistsWithIds(all, checklistIds) : selection.checklists;
    const changed = previous && edit && sameTerms(previous, snapshot, checklists, situation) ? edit : null;
    const fields = changed ? previous!.fields.withChanges(snapshot, changed.concepts, changed.conceptMoved ? undefined : changed.replaced) : SnapshotFields.of(snapshot);
    // Where the field a fail points at is: the same keys in the same order keep their positions.
    let positions = edit ? previous!.positions : undefined;
    const lookup = (fieldKey: string, frameId: number | undefined) => {
      const at = (positions ??= fieldPositions(snapshot.fields));
      const position = at.byFrameAndKey.get(`${frameId ?? ''}|${fieldKey}`) ?? at.firstByKey.get(fieldKey);
      return position === undefined ? undefined : snapshot.fields[position];
    };
    const rules: RuleState[] = [];
    let run = 0;
    let position = 0;
    for (const checklist of checklists) {
      for (const rule of checklist.rules) {
        const kept = changed && previous!.rules[position];
        position += 1;
        if (kept && !kept.reads.everything && !readsAny(kept.reads, changed.concepts)) {
          // Its findings stand; their problem is read again only when the field a fail points at changed.
          const pointsAtChanged = kept.findings.some((finding) => finding.status === 'fail' && finding.fieldKey !== null && changed.keys.has(finding.fieldKey));
          rules.push(pointsAtChanged ? { ...kept, withProblems: withProblemsFrom(kept.findings, lookup, [checklist]) } : kept);
          continue;
        }
        const reads: ConceptReads = { concepts: new Set(), everything: false };
        const context: CheckContext = checkContext(snapshot, fields.recording(reads), references);
        const findings = evaluateRule(checklist, rule, context, situation);
        rules.push({ findings, withProblems: withProblemsFrom(findings, lookup, [checklist]), reads });
        run += 1;
      }
    }
    previous = { snapshot, fields, recorded, checklists, rules, positions };
    if (stats) Object.assign(stats, { rulesRun: run, rulesKept: position - run, chosenAgain: !reuseChoice });
    return { checklists, context: selection.context, choice: selection.choice, findings: rules.flatMap((rule) => rule.withProblems) };
  };
}

/** Whether the rules run on the same terms as last time: same checklists, situation, day and source. */
function sameTerms(previous: Previous, snapshot: Snapshot, checklists: CompiledChecklist[], situation: Situation): boolean {
  return previous.checklists.length === checklists.length
    && previous.checklists.every((checklist, at) => checklist === checklists[at])
    && previous.snapshot.takenAt.slice(0, 10) === snapshot.takenAt.slice(0, 10)
    && JSON.stringify(previous.snapshot.source) === JSON.stringify(snapshot.source)
    && (previous.recorded.situation === situation || JSON.stringify(previous.recorded.situation) === JSON.stringify(situation));
}

/** What an edit changed in the fields, when they are the same ones in the same order. */
interface FieldEdit {
  /** Concepts of fields whose contents changed (a field moved to another concept changes both). */
  concepts: Set<string>;
  /** Keys of the fields that changed. */
  keys: Set<string>;
  /** `concept + SEP + property` for each property that changed (recorded-selection.ts). */
  properties: Set<string>;
  /** A field now reads as another concept: what is grouped with what changed. */
  conceptMoved: boolean;
  /** Each changed field's new object, by its old one. */
  replaced: Map<Field, Field>;
}

/**
 * The edit from one snapshot to the next, or null when fields were added, removed or moved: all runs again.
 * Only the `edited` positions are compared when given.
 */
function changesFrom(before: Snapshot, after: Snapshot, edited?: Iterable<number>): FieldEdit | null {
  if (before.fields.length !== after.fields.length) return null;
  const edit: FieldEdit = { concepts: new Set(), keys: new Set(), properties: new Set(), conceptMoved: false, replaced: new Map() };
  for (const at of edited ?? after.fields.keys()) {
    const old = before.fields[at];
    const now = after.fields[at];
    if (!old || !now) return null;
    if (old === now) continue;
    if (old.key !== now.key || old.frameId !== now.frameId || old.step !== now.step) return null;
    const differ = differentProperties(old, now);
    if (differ.length === 0) continue;
    edit.concepts.add(old.concept).add(now.concept);
    edit.keys.add(now.key);
    edit.replaced.set(old, now);
    if (old.concept !== now.concept) edit.conceptMoved = true;
    for (const property of differ) edit.properties.add(`${old.concept}${SEP}${property}`).add(`${now.concept}${SEP}${property}`);
  }
  return edit;
}

function differentProperties(a: Field, b: Field): string[] {
  const properties = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...properties].filter((property) => a[property as keyof Field] !== b[property as keyof Field]);
}

function readsAny(reads: ConceptReads, changed: Set<string>): boolean {
  for (const concept of changed) if (reads.concepts.has(concept)) return true;
  return false;
}
