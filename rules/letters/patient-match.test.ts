import { describe, expect, it } from 'vitest';
import type { ConceptKey } from '../concepts';
import { field, snapshotOf } from '../testing/test-snapshot';
import { isSamePatient } from './patient-match';

const page = (...fields: [ConceptKey, string][]) => snapshotOf(fields.map(([concept, value]) => field(concept, value)));

describe('isSamePatient', () => {
  it('matches on the member ID, however it is spaced or dashed', () => {
    expect(isSamePatient(page(['patient.memberId', '1EX4-TE5-MK72']), page(['patient.memberId', '1ex4te5mk72']))).toBe(true);
  });

  it('refuses different member IDs even with the same name and birth date', () => {
    const a = page(['patient.memberId', 'AAA111'], ['patient.name', 'Jordan Exampleton'], ['patient.dob', '12/01/1949']);
    const b = page(['patient.memberId', 'BBB222'], ['patient.name', 'Jordan Exampleton'], ['patient.dob', '12/01/1949']);
    expect(isSamePatient(a, b)).toBe(false);
  });

  it('refuses one member ID with two birth dates', () => {
    expect(isSamePatient(page(['patient.memberId', 'AAA111'], ['patient.dob', '1949-12-01']), page(['patient.memberId', 'AAA111'], ['patient.dob', '1950-12-01']))).toBe(false);
  });

  it('without a member ID on one side, needs the name (in either order) and the birth date', () => {
    const plan = page(['patient.memberId', 'AAA111'], ['patient.name', 'Exampleton, Jordan'], ['patient.dob', '12/01/1949']);
    expect(isSamePatient(plan, page(['patient.name', 'Jordan Exampleton'], ['patient.dob', '1949-12-01']))).toBe(true);
    expect(isSamePatient(plan, page(['patient.name', 'Jordan Exampleton']))).toBe(false);
    expect(isSamePatient(plan, page(['patient.name', 'Jordan Example'], ['patient.dob', '1949-12-01']))).toBe(false);
  });

  it('says no when nothing identifies either page', () => {
    expect(isSamePatient(page(['claim.diagnosis', 'M54.50']), page(['claim.diagnosis', 'M54.50']))).toBe(false);
  });
});
