/**
 * checkSnapshot for a snapshot that changes a few fields at a time (a page being filled in): the same result,
 * re-running only the rules that read a concept whose fields changed. Each rule's reads are recorded as it runs
 * (SnapshotFields.recording), not declared by hand, so they cannot drift from what the check does; a rule that
 * takes the whole snapshot depends on everything. The checklists chosen and the situation the rules' conditions
 * are judged on are read again every time, and any change in them, in the date or in the source runs every rule.
 */
import type { CheckContext } from './checks/types';
import { checklistsWithIds, type CheckResult, type CheckSnapshotOptions } from './check-snapshot';
import type { CompiledChecklist } from './compile-checklist';
import { readSituation, type Situation } from './conditions/situation';
import { checkContext, evaluateRule } from './engine';
import { withProblems } from './outcome/problem';
import { SnapshotFields, type ConceptReads } from './reading/snapshot-fields';
import type { Field, Finding, Snapshot } from './schema';
import { selectChecklists } from './select/select-checklists';

/** A checker that remembers its last snapshot: call it with each new snapshot of the same page. */
export type IncrementalCheck = (snapshot: Snapshot) => CheckResult;

/** What the last check left: each rule's findings and reads, in checklist then rule order. */
interface Previous {
  snapshot: Snapshot;
  checklists: CompiledChecklist[];
  situation: Situation;
  rules: { findings: Finding[]; reads: ConceptReads }[];
}

/** How many rules the last call ran (the rest kept their findings): for tests and the bench, not for users. */
export interface IncrementalStats {
  rulesRun: number;
  rulesKept: number;
}

/** A checker with the options of checkSnapshot fixed (a new choice or new checklists: make a new one). */
export function createIncrementalCheck(options: CheckSnapshotOptions, stats?: IncrementalStats): IncrementalCheck {
  const { checklists: all, choice = {}, references = {} } = options;
  const { checklistIds, ...payerAndService } = choice;
  let previous: Previous | undefined;
  return (snapshot) => {
    const selection = selectChecklists(snapshot, all, payerAndService);
    const checklists = checklistIds ? checklistsWithIds(all, checklistIds) : selection.checklists;
    const situation = readSituation(snapshot, payerAndService);
    const changed = previous && sameFrame(previous, snapshot, checklists, situation) ? changedConcepts(previous.snapshot.fields, snapshot.fields) : null;
    const fields = new SnapshotFields(snapshot);
    const rules: Previous['rules'] = [];
    let run = 0;
    let position = 0;
    for (const checklist of checklists) {
      for (const rule of checklist.rules) {
        const kept = changed && previous!.rules[position];
        position += 1;
        if (kept && !kept.reads.everything && !readsAny(kept.reads, changed)) {
          rules.push(kept);
          continue;
        }
        const reads: ConceptReads = { concepts: new Set(), everything: false };
        const context: CheckContext = checkContext(snapshot, fields.recording(reads), references);
        rules.push({ findings: evaluateRule(checklist, rule, context, situation), reads });
        run += 1;
      }
    }
    previous = { snapshot, checklists, situation, rules };
    if (stats) Object.assign(stats, { rulesRun: run, rulesKept: position - run });
    const findings = rules.flatMap((rule) => rule.findings);
    return { checklists, context: selection.context, choice: selection.choice, findings: withProblems(findings, snapshot.fields, checklists) };
  };
}

/** Whether the rules run on the same terms as last time: same checklists, situation, day and source. */
function sameFrame(previous: Previous, snapshot: Snapshot, checklists: CompiledChecklist[], situation: Situation): boolean {
  return previous.checklists.length === checklists.length
    && previous.checklists.every((checklist, at) => checklist === checklists[at])
    && previous.snapshot.takenAt.slice(0, 10) === snapshot.takenAt.slice(0, 10)
    && JSON.stringify(previous.snapshot.source) === JSON.stringify(snapshot.source)
    && JSON.stringify(previous.situation) === JSON.stringify(situation);
}

/**
 * The concepts of fields whose contents changed (a field moved to another concept changes both), or null when
 * the fields are not the same ones in the same order (added, removed, moved): then every rule runs.
 */
function changedConcepts(before: readonly Field[], after: readonly Field[]): Set<string> | null {
  if (before.length !== after.length) return null;
  const changed = new Set<string>();
  for (let at = 0; at < after.length; at += 1) {
    const old = before[at]!;
    const now = after[at]!;
    if (old === now) continue;
    if (old.key !== now.key || old.frameId !== now.frameId || old.step !== now.step) return null;
    if (!sameField(old, now)) {
      changed.add(old.concept);
      changed.add(now.concept);
    }
  }
  return changed;
}

function sameField(a: Field, b: Field): boolean {
  const keys = Object.keys(a) as (keyof Field)[];
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

function readsAny(reads: ConceptReads, changed: Set<string>): boolean {
  for (const concept of changed) if (reads.concepts.has(concept)) return true;
  return false;
}
