/**
 * What the checked documentation holds for an appeal: the first filled field of a concept across the checked
 * snapshots (first snapshot first), with the source a draft part carries, and the findings of a checklist item.
 * The same shape as the LMN drafter's sources (a snapshot and the result of checking it), so one list serves both.
 */
import type { ConceptKey } from '../concepts';
import type { Field, Finding, Snapshot } from '../schema';
import type { DraftSource } from './draft';
import type { LetterCheckResult } from './letter-sources';

export interface AppealSource {
  snapshot: Snapshot;
  result: LetterCheckResult;
}

export interface EvidenceValue {
  field: Field;
  source: DraftSource;
}

// A box that says "N/A" or "none" holds nothing an appeal can quote.
const EMPTY_VALUE = /^(n\/?a|none|unknown|-+)$/i;

export class AppealEvidence {
  constructor(readonly sources: readonly AppealSource[]) {}

  /** Every filled value of the first concept any source holds, from the first source holding it, in index order. */
  values(concepts: readonly ConceptKey[]): EvidenceValue[] {
    for (const concept of concepts) {
      for (const [position, { snapshot }] of this.sources.entries()) {
        const fields = snapshot.fields.filter((field) => field.concept === concept && isFilled(field.value));
        if (fields.length === 0) continue;
        return sortByIndex(fields).map((field) => ({ field, source: this.sourceOf(field, position) }));
      }
    }
    return [];
  }

  first(concepts: readonly ConceptKey[]): EvidenceValue | undefined {
    return this.values(concepts)[0];
  }

  /** Findings of one checklist item across the sources, with the source each came from. */
  findings(checklistId: string, ruleId: string): { finding: Finding; position: number }[] {
    return this.sources.flatMap(({ result }, position) =>
      result.findings.filter((finding) => finding.checklistId === checklistId && finding.ruleId === ruleId).map((finding) => ({ finding, position })));
  }

  /**
   * A general item that stood aside for a payer's own (plan-of-care measurable goals, "not applicable: Premera's
   * checklist judges measurable goals") is judged by the payer's items on the same concepts: their findings in the
   * same source, so a gap the payer's item found is not taken for met. Empty when no other item reads those concepts.
   */
  standInFindings(checklistId: string, ruleId: string, position: number): { finding: Finding; position: number }[] {
    const result = this.sources[position]?.result;
    const rule = result?.checklists.find((checklist) => checklist.id === checklistId)?.rules.find((each) => each.id === ruleId);
    if (!result || !rule) return [];
    const concepts = new Set(conceptsOf(rule.options));
    // Only a payer's own checklist stands in: a general one (lmn-core) reading the same concepts asks something else.
    const standIns = new Set(result.checklists
      .filter((checklist) => checklist.id !== checklistId && !(checklist.payers ?? ['any']).includes('any'))
      .flatMap((checklist) => checklist.rules.filter((each) => conceptsOf(each.options).some((concept) => concepts.has(concept))).map((each) => `${checklist.id}/${each.id}`)));
    return result.findings
      .filter((finding) => standIns.has(`${finding.checklistId}/${finding.ruleId}`))
      .map((finding) => ({ finding, position }));
  }

  /** The field a finding points at, when it holds a value. */
  fieldOf(finding: Finding, position: number): EvidenceValue | undefined {
    if (finding.fieldKey === null) return undefined;
    const field = this.sources[position]?.snapshot.fields.find((candidate) => candidate.key === finding.fieldKey && isFilled(candidate.value));
    return field ? { field, source: this.sourceOf(field, position) } : undefined;
  }

  /** Every value of these concepts in any source (payer names for the plan type). */
  allValues(concept: ConceptKey): string[] {
    return this.sources.flatMap(({ snapshot }) => snapshot.fields.filter((field) => field.concept === concept && isFilled(field.value)).map((field) => field.value.trim()));
  }

  private sourceOf(field: Field, position: number): DraftSource {
    return {
      kind: 'field', fieldKey: field.key, concept: field.concept, label: field.label,
      ...(field.frameId !== undefined && { frameId: field.frameId }),
      ...(this.sources.length > 1 && { snapshot: position }),
    };
  }
}

/** The concepts a rule reads, from its options (`concepts`, `concept`), whatever its check. */
function conceptsOf(options: unknown): string[] {
  if (typeof options !== 'object' || options === null) return [];
  const { concepts, concept } = options as { concepts?: unknown; concept?: unknown };
  return [...(Array.isArray(concepts) ? concepts : []), concept].filter((each): each is string => typeof each === 'string');
}

function isFilled(value: string): boolean {
  const trimmed = value.trim();
  return trimmed !== '' && !EMPTY_VALUE.test(trimmed);
}

function sortByIndex(fields: Field[]): Field[] {
  return [...fields].sort((a, b) => String(a.index ?? '').localeCompare(String(b.index ?? ''), 'en', { numeric: true }));
}
