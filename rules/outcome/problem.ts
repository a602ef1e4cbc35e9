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

/** The findings with `problem` set on each fail (a problem a check set itself is kept). */
export function withProblems(findings: Finding[], fields: readonly Field[], checklists: readonly Pick<Checklist, 'id' | 'rules'>[]): Finding[] {
  const byKey = new Map(fields.map((field) => [`${field.frameId ?? ''}|${field.key}`, field]));
  const checkOf = new Map(checklists.flatMap((checklist) => checklist.rules.map((rule) => [`${checklist.id}/${rule.id}`, rule.check])));
  return findings.map((finding) => {
    if (finding.status !== 'fail' || finding.problem !== undefined) return finding;
    if (PRESENCE_CHECKS.has(checkOf.get(`${finding.checklistId}/${finding.ruleId}`) as CheckId)) return { ...finding, problem: 'missing' };
    const field = finding.fieldKey === null ? undefined
      : byKey.get(`${finding.frameId ?? ''}|${finding.fieldKey}`) ?? fields.find((candidate) => candidate.key === finding.fieldKey);
    return { ...finding, problem: field && hasValue(field) && !saysNoEntry(field.value) ? 'invalid' : 'missing' };
  });
}
