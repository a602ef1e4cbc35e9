/**
 * The word a fail is shown with, the same in the popup, the report, the CLI table and the JSON's `problem`:
 * the fix for an empty box (fill it), a wrong value (correct it) and two places that disagree (make them agree)
 * differ, so the word does too.
 */
import type { Finding } from '../schema';

export type Problem = NonNullable<Finding['problem']>;

const PROBLEM_WORDS: Record<Problem, string> = {
  missing: 'Missing',
  invalid: 'Invalid',
  inconsistent: 'Inconsistent',
};

/** "Missing", "Invalid" or "Inconsistent" for a fail (a fail without a problem set reads as missing). */
export function problemWord(finding: Pick<Finding, 'problem'>): string {
  return PROBLEM_WORDS[finding.problem ?? 'missing'];
}
