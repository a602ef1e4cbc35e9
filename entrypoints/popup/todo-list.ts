import { documentHolding } from '../../rules/concepts';
import type { Finding, Severity } from '../../rules/schema';

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, serious: 1, moderate: 2, minor: 3 };

/** One thing ClaimLint could not tell, said once however many rules needed it. */
export interface CantTellGap {
  /** Stable across re-checks: the concept and its line, or the rule when the finding names no concept. */
  id: string;
  /** The first finding (worst, then first in field order) stands for the gap: its field and words are shown. */
  finding: Finding;
  /** Every rule that could not tell because of it (at least one). */
  findings: Finding[];
  severity: Severity;
  /** The document that holds it when only a document can ("plan of care"); null for a claim's own boxes. */
  document: string | null;
}

export interface TodoList {
  /** Found and empty or wrong: worst first, then in the page's field order. */
  toFix: Finding[];
  /** What could not be told and the user can act on here, once per field, worst first. */
  cantTell: CantTellGap[];
  /**
   * On a claim page: what only documentation could hold (goals, plan dates, a letter's statements). Never a pass:
   * the popup says how many and where they are checked, and lists them on request.
   */
  elsewhere: CantTellGap[];
  /** Passed, then not applicable, in engine order. */
  pass: Finding[];
  counts: { fail: number; cantTell: number; pass: number; notApplicable: number };
}

/**
 * The page's own order for a field: its frame, then the number in its key (the content script numbers fields in
 * document order: f12 comes before f30). Findings with no field come after those with one, in engine order.
 */
function fieldPlace(finding: Finding): [number, number] {
  if (finding.fieldKey === null) return [Number.MAX_SAFE_INTEGER, 0];
  const number = /(\d+)$/.exec(finding.fieldKey);
  return [finding.frameId ?? 0, number ? Number(number[1]) : Number.MAX_SAFE_INTEGER];
}

function worstThenFieldOrder(a: Finding, b: Finding): number {
  const bySeverity = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  if (bySeverity !== 0) return bySeverity;
  const [frameA, keyA] = fieldPlace(a);
  const [frameB, keyB] = fieldPlace(b);
  return frameA - frameB || keyA - keyB;
}

function gapId(finding: Finding): string {
  return finding.concept !== null ? `${finding.concept}@${finding.index ?? ''}` : `${finding.checklistId}/${finding.ruleId}`;
}

/** Can't-tells that need the same field (one concept, one line) become one gap, whatever the rules are called. */
function mergeByField(findings: readonly Finding[]): CantTellGap[] {
  const gaps = new Map<string, CantTellGap>();
  for (const finding of findings) {
    const id = gapId(finding);
    const gap = gaps.get(id);
    if (gap) gap.findings.push(finding);
    else gaps.set(id, { id, finding, findings: [finding], severity: finding.severity, document: documentHolding(finding.concept) });
  }
  return [...gaps.values()];
}

/**
 * Builds the popup's to-do list. `onClaim`: the page was checked as a claim (not a document), so a can't-tell about
 * a field only documentation holds cannot be acted on here and goes to `elsewhere`; on a document it is listed.
 */
export function todoList(findings: readonly Finding[], onClaim: boolean): TodoList {
  // Sorting is stable: within one severity and one place, rules keep checklist order.
  const toFix = findings.filter((finding) => finding.status === 'fail').sort(worstThenFieldOrder);
  const gaps = mergeByField(findings.filter((finding) => finding.status === 'cantTell').sort(worstThenFieldOrder));
  const cantTell = gaps.filter((gap) => !(onClaim && gap.document !== null));
  const elsewhere = gaps.filter((gap) => onClaim && gap.document !== null);
  const passed = findings.filter((finding) => finding.status === 'pass');
  const notApplicable = findings.filter((finding) => finding.status === 'notApplicable');
  return {
    toFix,
    cantTell,
    elsewhere,
    pass: [...passed, ...notApplicable],
    counts: { fail: toFix.length, cantTell: gaps.length, pass: passed.length, notApplicable: notApplicable.length },
  };
}

/** "the plan of care", "the plan of care or visit note": the documents that hold what a claim page cannot show. */
export function documentsNamed(gaps: readonly CantTellGap[]): string {
  const names = [...new Set(gaps.map((gap) => gap.document).filter((name): name is string => name !== null))];
  if (names.length <= 1) return `the ${names[0] ?? 'documentation'}`;
  return `the ${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}
