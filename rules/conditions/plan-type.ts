/**
 * The plan types a payer or plan name shows: "Example Health Plan HMO", "Aetna Choice POS II", "Blue Advantage
 * PPO". Only the type's own abbreviation or name counts; a plan name without one says nothing about its type.
 */
export type PlanType = 'hmo' | 'pos' | 'ppo' | 'epo';

const PLAN_TYPES: readonly [PlanType, RegExp][] = [
  ['hmo', /\bHMO\b|\bhealth maintenance organi[sz]ation\b/i],
  ['pos', /\bPOS\b|\bpoint[- ]of[- ]service\b/i],
  ['ppo', /\bPPO\b|\bpreferred provider organi[sz]ation\b/i],
  ['epo', /\bEPO\b|\bexclusive provider organi[sz]ation\b/i],
];

export function planTypesNamed(names: readonly string[]): PlanType[] {
  return PLAN_TYPES.filter(([, pattern]) => names.some((name) => pattern.test(name))).map(([type]) => type);
}
