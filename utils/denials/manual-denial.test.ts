import { describe, expect, it } from 'vitest';
import { readManualDenial } from './manual-denial';

describe('readManualDenial', () => {
  it('reads "Label: value" lines with grouped, bare and remark codes', () => {
    const denial = readManualDenial([
      'Claim #: ACCT-3301', 'Payer: Example Health PPO', 'Patient: Morgan Sample', 'Denial date: 3/7/2025',
      'Date of service: 02/03/2025 - 02/24/2025', 'Reason codes: CO-50, PR 204; N115 197', 'Reason: Not medically necessary.',
      'Amount paid: $0.00',
    ].join('\n'));
    expect(denial).toMatchObject({
      claimId: 'ACCT-3301', payerName: 'Example Health PPO', patientName: 'Morgan Sample', denialDate: '2025-03-07',
      datesOfService: { from: '2025-02-03', to: '2025-02-24' }, paidAmount: 0, notes: ['Not medically necessary.'],
      source: { format: 'manual', what: 'entered by hand' },
    });
    expect(denial.reasons).toEqual([
      { group: 'CO', code: '50', kind: 'carc' }, { group: 'PR', code: '204', kind: 'carc' },
      { code: 'N115', kind: 'rarc' }, { code: '197', kind: 'carc' },
    ]);
  });

  it('reads the patient\'s date of birth, apart from the denial date, and refuses one that is no date', () => {
    const denial = readManualDenial('Patient: Morgan Sample\nDate of birth: 04/09/1971\nDate: 2025-03-07\nReason codes: CO-50');
    expect(denial).toMatchObject({ patientBirthDate: '1971-04-09', denialDate: '2025-03-07' });
    expect(() => readManualDenial('DOB: 13/40/1971\nReason codes: CO-50')).toThrow(/date of birth "13\/40\/1971" is not a date/);
  });

  it('reads the appeal deadline the notice gives, apart from the denial date', () => {
    const denial = readManualDenial('Denial date: 2025-03-07\nAppeal by: 04/30/2025\nReason codes: CO-50');
    expect(denial).toMatchObject({ denialDate: '2025-03-07', appealBy: '2025-04-30' });
    expect(() => readManualDenial('Appeal deadline: soon\nReason codes: CO-50')).toThrow(/appeal deadline "soon" is not a date/);
  });

  it('reads where appeals go, as the notice prints it, and not from the payer line', () => {
    const denial = readManualDenial('Payer: Example Health PPO\nSend appeals to: Appeals Unit, PO Box 10, Anytown, WA 98000\nReason codes: CO-50');
    expect(denial).toMatchObject({ payerName: 'Example Health PPO', appealsAddress: 'Appeals Unit, PO Box 10, Anytown, WA 98000' });
    expect(readManualDenial('Payer: Example Health PPO\nReason codes: CO-50').appealsAddress).toBeUndefined();
  });

  it('reads a small JSON object, codes as strings or objects, and keeps an unplaceable code as other', () => {
    const denial = readManualDenial(JSON.stringify({ claimNumber: 'C-9', denialDate: '2025-01-31', reasonCodes: ['CO-11', { group: 'CO', code: '4' }, 'ZZ12'] }));
    expect(denial.claimId).toBe('C-9');
    expect(denial.reasons).toEqual([{ group: 'CO', code: '11', kind: 'carc' }, { group: 'CO', code: '4', kind: 'carc' }, { code: 'ZZ12', kind: 'other' }]);
  });

  it('refuses a denial without a reason, and a date that is not on the calendar', () => {
    expect(() => readManualDenial('Claim: A1')).toThrow(/names no reason/);
    expect(() => readManualDenial('Reason codes: CO-50\nDenial date: 02/30/2025')).toThrow(/02\/30\/2025/);
    expect(() => readManualDenial('{ nope')).toThrow(/not valid JSON/);
  });
});
