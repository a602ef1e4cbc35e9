/**
 * The one way to check a snapshot: choose the checklists that apply (or the ones the user named), then run them.
 * The background (per tab), the command line (per page or claim) and the tests all call this.
 */
import type { ReferenceData } from './checks/types';
import type { CompiledChecklist } from './compile-checklist';
import { evaluate } from './engine';
import { withProblems } from './outcome/problem';
import type { Finding, Snapshot } from './schema';
import type { PageContext } from './select/page-context';
import type { Choice } from './select/choice';
import { selectChecklists, type ChecklistChoice } from './select/select-checklists';
import { readSituation } from './conditions/situation';

export interface CheckSnapshotOptions {
  /** Every checklist that may apply: the bundled ones plus the user's and the admin's rule packs. */
  checklists: readonly CompiledChecklist[];
  /** The user's payer / service / kind (win over the page's), or the exact checklists to run. */
  choice?: ChecklistChoice & { checklistIds?: readonly string[] };
  /** Code tables; absent ones make the checks that need them say "can't tell". */
  references?: ReferenceData;
}

export interface CheckResult {
  /** The checklists that ran, in the order their findings come. */
  checklists: CompiledChecklist[];
  /** The payer and services the snapshot shows (for "why this checklist"). */
  context: PageContext;
  /** What it was checked as (payer, kind), whether that is certain, and the evidence. */
  choice: Choice;
  findings: Finding[];
}

/** Chooses and runs the checklists for one snapshot. Pure: same snapshot and options, same result. */
export function checkSnapshot(snapshot: Snapshot, { checklists, choice = {}, references = {} }: CheckSnapshotOptions): CheckResult {
  const { checklistIds, ...payerAndService } = choice;
  const selection = selectChecklists(snapshot, checklists, payerAndService);
  const applied = checklistIds ? checklistsWithIds(checklists, checklistIds) : selection.checklists;
  return { checklists: applied, context: selection.context, choice: selection.choice, findings: withProblems(evaluate(snapshot, applied, references, readSituation(snapshot, payerAndService, selection.context)), snapshot.fields, applied) };
}

/** The checklists with these ids, in the order given; an unknown id throws an error that names the known ones. */
export function checklistsWithIds(checklists: readonly CompiledChecklist[], ids: readonly string[]): CompiledChecklist[] {
  return [...new Set(ids)].map((id) => {
    const found = checklists.find((checklist) => checklist.id === id);
    if (!found) throw new Error(`unknown checklist "${id}" (known: ${checklists.map((checklist) => checklist.id).join(', ')})`);
    return found;
  });
}
