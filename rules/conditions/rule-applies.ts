/**
 * Whether a rule applies to a snapshot, from its `when` / `unless` cases (rules/schema.ts ruleConditionSchema).
 * Each test is true, false or unknown (the payer, service, kind, place or date was not read); a case holds when
 * all its tests are true and fails when any is false. The answer is "applies", or "not applicable" / "can't
 * tell" with a message saying why, so a rule that does not apply is never reported as passed.
 */
import type { FieldIndex, RuleCondition, Rule } from '../schema';
import type { CheckContext, CheckOutcome } from '../checks/types';
import { claimDateOfService } from '../reading/date-of-service';
import { readServiceLineCodes } from '../reading/service-line-codes';
import { hasValue } from '../reading/snapshot-fields';
import { readClaimState } from './claim-state';
import { planTypesNamed } from './plan-type';
import type { Situation } from './situation';

type Truth = true | false | 'unknown';

/** `scope`: the words of the `when` case that holds, put before the rule's messages ("Florida PIP: …"). */
export type Applicability = { applies: true; scope?: string } | { applies: false; outcome: CheckOutcome };

export function ruleApplies(rule: Pick<Rule, 'when' | 'unless' | 'whenUnknown'>, context: CheckContext, situation: Situation): Applicability {
  const excluded = (rule.unless ?? []).find((condition) => holds(condition, context, situation) === true);
  if (excluded) return notApplicable(`Not applicable: ${excluded.because}`);
  if (!rule.when) return { applies: true };
  const truths = rule.when.map((condition) => holds(condition, context, situation));
  const holding = rule.when.find((_, at) => truths[at] === true);
  if (holding) return holding.scope ? { applies: true, scope: holding.scope } : { applies: true };
  const cases = rule.when.map((condition) => condition.because).join(', or ');
  if (!truths.includes('unknown')) return notApplicable(`Not applicable: this is required only when ${cases}, and ${context.where.inIt} that is not so`);
  const undecided = rule.when.filter((_, at) => truths[at] === 'unknown').flatMap((condition) => unread(condition, context, situation));
  const missing = [...new Set(undecided)].join(' or ');
  switch (rule.whenUnknown ?? 'cantTell') {
    case 'run':
      return { applies: true };
    case 'notApplicable':
      return notApplicable(`Not applicable as far as ClaimLint can tell: this is required only when ${cases}, and the ${missing} was not read`);
    case 'cantTell':
      return { applies: false, outcome: { ...blank(), status: 'cantTell', message: `ClaimLint can't tell whether this is required: it is required when ${cases}, and the ${missing} was not read` } };
  }
}

function holds(condition: RuleCondition, context: CheckContext, situation: Situation): Truth {
  return all(tests(condition, context, situation).map((test) => test.truth));
}

interface Test { truth: Truth; unread: string }

function tests(condition: RuleCondition, context: CheckContext, situation: Situation): Test[] {
  const found: Test[] = [];
  if (condition.payers) {
    const payer = situation.payerCertain ? situation.payer : null;
    found.push({ truth: payer === null ? 'unknown' : condition.payers.includes(payer), unread: 'payer' });
  }
  if (condition.services) {
    const listed = condition.services;
    found.push({ truth: situation.services.length === 0 ? 'unknown' : situation.services.some((service) => listed.includes(service)), unread: 'service' });
  }
  if (condition.kinds) found.push({ truth: situation.kind === null ? 'unknown' : condition.kinds.includes(situation.kind), unread: 'kind of document' });
  if (condition.placesOfService) {
    const places = context.fields.all('line.placeOfService').filter(hasValue).map((field) => field.value.trim().slice(0, 2));
    const listed = condition.placesOfService;
    found.push({ truth: places.length === 0 ? 'unknown' : places.some((place) => listed.includes(place)), unread: 'place of service' });
  }
  if (condition.datesFrom || condition.datesTo) {
    const served = claimDateOfService(context.fields, context.today);
    const inRange = (condition.datesFrom === undefined || served.date >= condition.datesFrom)
      && (condition.datesTo === undefined || served.date <= condition.datesTo);
    found.push({ truth: served.source === 'today' ? 'unknown' : inRange, unread: 'date of service' });
  }
  if (condition.onlyCodes) {
    // Each line's code as the code checks read it (without the description or modifiers beside it); a line whose
    // code cannot be read is not one of the listed codes.
    const billed = (line: FieldIndex) => { const field = context.fields.best('line.procedureCode', line); return field !== undefined && hasValue(field); };
    const lines = readServiceLineCodes(context.fields).filter((line) => line.code !== null || billed(line.line));
    const listed = condition.onlyCodes;
    found.push({ truth: lines.length === 0 ? 'unknown' : lines.every((line) => line.code !== null && listed.includes(line.code)), unread: 'procedure code' });
  }
  if (condition.states) {
    const state = readClaimState(context.fields);
    found.push({ truth: state === null ? 'unknown' : condition.states.includes(state.code), unread: "claim's state (accident state, service facility, payer or patient address)" });
  }
  if (condition.planTypes) {
    const types = planTypesNamed(context.fields.all('payer.name').filter(hasValue).map((field) => field.value));
    const listed = condition.planTypes;
    // Decided either way, like `filled`: a plan type the claim does not show is not shown (an unknown would ask
    // about box 17 on every claim whose plan name carries no type).
    found.push({ truth: types.some((type) => listed.includes(type)), unread: '' });
  }
  if (condition.filled) {
    // Decided either way: a referral nobody wrote down is not shown, and nothing else could show it.
    found.push({ truth: condition.filled.some((concept) => context.fields.all(concept).some(hasValue)), unread: '' });
  }
  return found;
}

function unread(condition: RuleCondition, context: CheckContext, situation: Situation): string[] {
  return tests(condition, context, situation).filter((test) => test.truth === 'unknown').map((test) => test.unread);
}

function all(truths: Truth[]): Truth {
  if (truths.includes(false)) return false;
  return truths.includes('unknown') ? 'unknown' : true;
}

function notApplicable(message: string): Applicability {
  return { applies: false, outcome: { ...blank(), status: 'notApplicable', message } };
}

function blank(): Omit<CheckOutcome, 'status' | 'message'> {
  return { concept: null, index: null, fieldKey: null };
}
