import { describe, expect, it } from 'vitest';
import { planTypesNamed } from './plan-type';

describe('planTypesNamed', () => {
  it('reads the plan type a payer or plan name shows', () => {
    expect(planTypesNamed(['Example Health Plan HMO'])).toEqual(['hmo']);
    expect(planTypesNamed(['Aetna Choice POS II'])).toEqual(['pos']);
    expect(planTypesNamed(['UnitedHealthcare Medicare Advantage Choice (PPO)'])).toEqual(['ppo']);
    expect(planTypesNamed(['Blue Shield Point-of-Service plan'])).toEqual(['pos']);
  });

  it('says nothing of a name without a type, or a word that only contains one', () => {
    expect(planTypesNamed(['Medicare Part B', 'Premera Blue Cross'])).toEqual([]);
    expect(planTypesNamed(['Shmoe Insurance', 'Posey Health'])).toEqual([]);
  });
});
