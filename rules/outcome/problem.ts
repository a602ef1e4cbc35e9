/**
 * Whether a fail is about something absent or a wrong value, so users read "INVALID" for an NPI that fails its
 * check digit and "MISSING" only for an empty box. Checks that ask whether something is there at all (a required
 * field, evidence in the text, a field on every line) fail only when it is not: missing. For the others the field
 * the finding points at decides: a value in it is what the user sees beside the word, so the fail is invalid.
 */
import type { CheckId } from '../checks';
import type { Checklist, Field, Finding } from '../schema';
import { hasValue } from '../reading/snapshot-fields';
import { saysNoEntry } from '../reading/no-entry';

const PRESENCE_CHECKS: ReadonlySet<CheckId> = new Set<CheckId>(['required-field', 'required-when', 'text-evidence', 'every-line-has']);

/** The field a finding points at: its frame's field with that key, else the first field with the key. */
export type FieldLookup = (fieldKey: string, frameId: number | undefined) => Field | undefined;

/** The findings with `problem` set on each fail (a problem a check set itself is kept). */
export function withProblems(findings: Finding[], fields: readonly Field[], checklists: readonly Pick<Checklist, 'id' | 'rules'>[]): Finding[] {
  // Only a fail that no presence check gave needs its field: index just those keys (a page may hold thousands).
  const wanted = new Set(findings.filter((finding) => finding.status === 'fail' && finding.problem === undefined && finding.fieldKey !== null).map((finding) => finding.fieldKey!));
  return withProblemsFrom(findings, wanted.size > 0 ? fieldLookup(fields, wanted) : () => undefined, checklists);
}

/** withProblems with the fields looked up by `lookup` (the incremental engine keeps one across edits). */
export function withProblemsFrom(findings: Finding[], lookup: FieldLookup, checklists: readonly Pick<Checklist, 'id' | 'rules'>[]): Finding[] {
  // The last checklist with the finding's id that has its rule, as a map over every checklist's rules would give.
  const checkOf = (finding: Finding) => {
    let check: string | undefined;
    for (const checklist of checklists) if (checklist.id === finding.checklistId) check = checksOf(checklist).get(finding.ruleId) ?? check;
    return check;
  };
  return findings.map((finding) => {
    if (finding.status !== 'fail' || finding.problem !== undefined) return finding;
    if (PRESENCE_CHECKS.has(checkOf(finding) as CheckId)) return { ...finding, problem: 'missing' };
    const field = finding.fieldKey === null ? undefined : lookup(finding.fieldKey, finding.frameId);
    return { ...finding, problem: field && hasValue(field) && !saysNoEntry(field.value) ? 'invalid' : 'missing' };
  });
}

/** Each rule's check by rule id, made once per checklist (the incremental engine asks for every rule it runs). */
const checksByChecklist = new WeakMap<object, Map<string, string>>();

function checksOf(checklist: Pick<Checklist, 'id' | 'rules'>): Map<string, string> {
  let checks = checksByChecklist.get(checklist);
  if (!checks) checksByChecklist.set(checklist, (checks = new Map(checklist.rules.map((rule) => [rule.id, rule.check]))));
  return checks;
}

/** A lookup over `fields` (only those with a key in `keys`, when given): the last field of a frame and key wins. */
export function fieldLookup(fields: readonly Field[], keys?: ReadonlySet<string>): FieldLookup {
  const at = fieldPositions(fields, keys);
  return (fieldKey, frameId) => {
    const position = at.byFrameAndKey.get(`${frameId ?? ''}|${fieldKey}`) ?? at.firstByKey.get(fieldKey);
    return position === undefined ? undefined : fields[position];
  };
}

/** Where fieldLookup finds each key: positions hold for any snapshot with the same keys in the same order. */
export interface FieldPositions {
  byFrameAndKey: Map<string, number>;
  firstByKey: Map<string, number>;
}

export function fieldPositions(fields: readonly Field[], keys?: ReadonlySet<string>): FieldPositions {
  const byFrameAndKey = new Map<string, number>();
  const firstByKey = new Map<string, number>();
  fields.forEach((field, position) => {
    if (keys && !keys.has(field.key)) return;
    byFrameAndKey.set(`${field.frameId ?? ''}|${field.key}`, position);
    if (!firstByKey.has(field.key)) firstByKey.set(field.key, position);
  });
  return { byFrameAndKey, firstByKey };
}
