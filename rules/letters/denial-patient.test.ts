import { describe, expect, it } from 'vitest';
import type { ConceptKey } from '../concepts';
import type { Denial } from '../denials/denial';
import { field, snapshotOf } from '../testing/test-snapshot';
import { matchDenialPatient } from './denial-patient';

const page = (...fields: [ConceptKey, string][]) => snapshotOf(fields.map(([concept, value]) => field(concept, value)));
const denial = (patient: Partial<Pick<Denial, 'memberId' | 'patientName' | 'patientBirthDate'>>): Denial =>
  ({ ...patient, reasons: [{ group: 'CO', code: '50', kind: 'carc' }], source: { format: 'x12-835', what: '835 CLP SYN-1' } });
// An 837's patient: the name as the claim writes it (family first, with a suffix), member ID and birth date.
const claim = page(['patient.name', 'DOE, DAVID J JR'], ['patient.memberId', 'SYN-123-456'], ['patient.dob', '05/01/1973']);

describe('matchDenialPatient', () => {
  it('the member ID decides when both sides show one, however it is written', () => {
    expect(matchDenialPatient(denial({ memberId: 'syn123456', patientName: 'SOMEONE ELSE' }), [claim])).toEqual({ verdict: 'same', by: 'member ID' });
    expect(matchDenialPatient(denial({ memberId: 'SYN-999', patientName: 'DAVID DOE' }), [claim])).toEqual({ verdict: 'different', differs: 'member IDs', positions: [0] });
  });

  it('without a member ID on the denial (an 835 NM1*QC with a name only), the name in any order, initials and suffix aside', () => {
    expect(matchDenialPatient(denial({ patientName: 'DAVID DOE' }), [claim])).toEqual({ verdict: 'same', by: 'name' });
    expect(matchDenialPatient(denial({ patientName: 'ROBERT JONES' }), [claim])).toEqual({ verdict: 'different', differs: 'names', positions: [0] });
  });

  it('a name as a payer\'s system writes it (no accents, apostrophes or hyphens) is the same name', () => {
    const plan = page(['patient.name', 'José O\'Brien-Smith'], ['patient.dob', '1973-05-01']);
    expect(matchDenialPatient(denial({ patientName: 'OBRIEN SMITH, JOSE' }), [plan])).toEqual({ verdict: 'same', by: 'name' });
    expect(matchDenialPatient(denial({ patientName: 'SMITH, JOSE' }), [plan])).toEqual({ verdict: 'same', by: 'name' });
  });

  it('a date of birth that differs refuses, even with the same name; with the same name and date it is the patient', () => {
    expect(matchDenialPatient(denial({ patientName: 'Doe, David', patientBirthDate: '1950-02-02' }), [claim])).toMatchObject({ verdict: 'different', differs: 'dates of birth' });
    expect(matchDenialPatient(denial({ patientName: 'Doe, David', patientBirthDate: '1973-05-01' }), [claim])).toEqual({ verdict: 'same', by: 'name' });
  });

  it('cannot tell from a family name alone, or from a denial or files that name nobody', () => {
    expect(matchDenialPatient(denial({ patientName: 'DOE' }), [claim])).toEqual({ verdict: 'unknown' });
    expect(matchDenialPatient(denial({}), [claim])).toEqual({ verdict: 'unknown' });
    expect(matchDenialPatient(denial({ patientName: 'DAVID DOE', memberId: 'SYN-123-456' }), [page(['claim.priorAuthNumber', 'SYN-AUTH-1'])])).toEqual({ verdict: 'unknown' });
  });

  it('names which of several files disagree', () => {
    const plan = page(['patient.name', 'David Doe'], ['patient.dob', '1973-05-01']);
    expect(matchDenialPatient(denial({ patientName: 'Robert Jones' }), [plan, claim])).toEqual({ verdict: 'different', differs: 'names', positions: [0, 1] });
  });
});
