/**
 * Whether a fail is about an empty field or a wrong value, so users read "INVALID" for an NPI that fails its
 * check digit and "MISSING" only for an empty box. Derived from the field the finding points at: its value is
 * what the user sees beside the word.
 */
import type { Field, Finding } from '../schema';
import { hasValue } from '../reading/snapshot-fields';
import { saysNoEntry } from '../reading/no-entry';

/** The findings with `problem` set on each fail: invalid when its field holds a value, else missing ("N/A" is empty). */
export function withProblems(findings: Finding[], fields: readonly Field[]): Finding[] {
  const byKey = new Map(fields.map((field) => [`${field.frameId ?? ''}|${field.key}`, field]));
  return findings.map((finding) => {
    if (finding.status !== 'fail' || finding.problem !== undefined) return finding;
    const field = finding.fieldKey === null ? undefined
      : byKey.get(`${finding.frameId ?? ''}|${finding.fieldKey}`) ?? fields.find((candidate) => candidate.key === finding.fieldKey);
    return { ...finding, problem: field && hasValue(field) && !saysNoEntry(field.value) ? 'invalid' : 'missing' };
  });
}
