/**
 * A checklist compiled once, when it is loaded: each rule holds its check and its parsed options, so an
 * evaluation (one per keystroke in the extension) only runs functions. Like axe-core's `new Rule(spec)`.
 */
import { findCheck } from './checks';
import type { CheckContext, CheckOutcome } from './checks/types';
import type { Checklist, Rule } from './schema';

export interface CompiledRule extends Rule {
  /** Runs the rule's check with its parsed options; never throws. */
  run(context: CheckContext): CheckOutcome[];
}

export interface CompiledChecklist extends Checklist {
  rules: CompiledRule[];
}

/**
 * Compiles a checklist that already passed the schema. A rule whose check is unknown or whose options do not
 * fit still compiles, to one that says "can't tell" with the reason: a checklist never passes by being broken.
 */
export function compileChecklist(checklist: Checklist): CompiledChecklist {
  return { ...checklist, rules: checklist.rules.map(compileRule) };
}

function compileRule(rule: Rule): CompiledRule {
  const check = findCheck(rule.check);
  if (!check) return withRun(rule, () => [couldNotRun(`its check "${rule.check}" is not part of this version of ClaimLint`)]);
  const options = check.options.safeParse(rule.options ?? {});
  if (!options.success) return withRun(rule, () => [couldNotRun('its options are not valid for its check')]);
  const parsed = options.data;
  return withRun(rule, (context) => {
    try {
      return check.run(context, parsed);
    } catch {
      // The error text may quote page values (patient data), so the finding says only that the check failed.
      return [couldNotRun('the check stopped with an error')];
    }
  });
}

function withRun(rule: Rule, run: CompiledRule['run']): CompiledRule {
  // Own copy of the rule's data plus run(); the schema's shape stays as it was (JSON export drops run).
  return Object.defineProperty({ ...rule }, 'run', { value: run, enumerable: false }) as CompiledRule;
}

function couldNotRun(reason: string): CheckOutcome {
  return {
    status: 'cantTell',
    concept: null,
    index: null,
    fieldKey: null,
    message: `ClaimLint could not run this check (${reason}), so it can't tell whether this is met`,
  };
}
