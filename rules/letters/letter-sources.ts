/**
 * The sources of one letter, as the drafter reads them: the fields of every checked snapshot (in the order given)
 * and every finding of the checklists that ran on them. Only a field with a value is a source; a component a
 * document lacks (its empty field) is not, nor is one that says nothing was recorded ("N/A", "None").
 */
import type { ConceptKey } from '../concepts';
import type { CheckResult } from '../check-snapshot';
import { saysNoEntry } from '../reading/no-entry';
import type { Checklist, Field, Finding, Snapshot } from '../schema';
import type { DraftSource } from './draft';

/**
 * A check result as a letter reads it: the checklists as data (their rules' wording, sources and options), not
 * compiled, so a result can cross from the background to the letter page, where drafting runs.
 */
export type LetterCheckResult = Omit<CheckResult, 'checklists'> & { checklists: Checklist[] };

export interface CheckedSource {
  snapshot: Snapshot;
  result: LetterCheckResult;
}

/** The result without its compiled rule functions (which cannot be sent in a message). */
export function letterCheckResult(result: CheckResult): LetterCheckResult {
  return { ...result, checklists: result.checklists.map(({ rules, ...checklist }) => ({ ...checklist, rules: rules.map(({ run: _run, ...rule }) => rule) })) };
}

export interface SourceValue {
  field: Field;
  source: DraftSource;
}

/** What a checklist item says across all the sources: met in one is met. */
export type ItemState = 'met' | 'unmet' | 'not-applicable';

export class LetterSources {
  constructor(readonly checked: readonly CheckedSource[]) {}

  /** Every value of a concept, from the first source that holds it, in index order (diagnoses A, B…; lines 1, 2…). */
  values(concept: ConceptKey): SourceValue[] {
    for (const [position, { snapshot }] of this.checked.entries()) {
      const fields = snapshot.fields.filter((field) => field.concept === concept && isSource(field));
      if (fields.length === 0) continue;
      return sortByIndex(fields).map((field) => ({ field, source: fieldSource(field, position, this.checked.length) }));
    }
    return [];
  }

  /** The field a finding pointed at, in the source it came from. */
  fieldOf(finding: Finding, position: number): SourceValue | null {
    if (finding.fieldKey === null) return null;
    const field = this.checked[position]?.snapshot.fields.find((candidate) => candidate.key === finding.fieldKey && isSource(candidate));
    return field ? { field, source: fieldSource(field, position, this.checked.length) } : null;
  }

  /** Findings of one checklist item in every source, with the source's position. */
  findings(checklistId: string, ruleId: string): { finding: Finding; position: number }[] {
    return this.checked.flatMap(({ result }, position) =>
      result.findings.filter((finding) => finding.checklistId === checklistId && finding.ruleId === ruleId).map((finding) => ({ finding, position })));
  }

  /** Met when a source passes it; not applicable when it ran and applied nowhere; else unmet (failed, can't tell, or not run). */
  itemState(checklistId: string, ruleId: string): ItemState {
    const found = this.findings(checklistId, ruleId);
    if (found.some(({ finding }) => finding.status === 'pass')) return 'met';
    if (found.length > 0 && found.every(({ finding }) => finding.status === 'notApplicable')) return 'not-applicable';
    return 'unmet';
  }

  /** The checklists that ran on any source, once each, in the order they ran. */
  checklists(): Checklist[] {
    const seen = new Map<string, Checklist>();
    for (const { result } of this.checked) for (const checklist of result.checklists) if (!seen.has(checklist.id)) seen.set(checklist.id, checklist);
    return [...seen.values()];
  }
}

function isSource(field: Field): boolean {
  return field.value.trim() !== '' && !saysNoEntry(field.value);
}

function fieldSource(field: Field, position: number, count: number): DraftSource {
  return {
    kind: 'field',
    fieldKey: field.key,
    concept: field.concept,
    label: field.label,
    ...(field.frameId !== undefined && { frameId: field.frameId }),
    ...(count > 1 && { snapshot: position }),
  };
}

function sortByIndex(fields: Field[]): Field[] {
  return [...fields].sort((a, b) => String(a.index ?? '').localeCompare(String(b.index ?? ''), 'en', { numeric: true }));
}
