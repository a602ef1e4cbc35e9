import { describe, expect, it } from 'vitest';
import type { ConceptKey } from '../rules/concepts';
import type { Field } from '../rules/schema';
import { messageFilter } from './redact';

const field = (concept: ConceptKey, value: string): Field => ({ key: concept, concept, index: null, value, label: '', confidence: 1 });
const snapshot = {
  fields: [
    field('patient.name', 'Rivera, Dana Q'),
    field('patient.memberId', 'ZZX9001'),
    field('provider.npi', '1234567890'),
    field('claim.priorAuthNumber', 'AUTH-55'),
    field('patient.accountNumber', '7'),
    field('line.procedureCode', '97110'),
  ],
};

describe('messageFilter', () => {
  it('always masks the patient name\'s words where a message quotes them, whole words only', () => {
    const filter = messageFilter(snapshot, { redact: false });
    expect(filter('Medical necessity statement found: “Ms. Rivera requires skilled therapy”')).toBe('Medical necessity statement found: “Ms. [patient name] requires skilled therapy”');
    expect(filter('DANA reports pain; Riveraside clinic')).toBe('[patient name] reports pain; Riveraside clinic');
    // Identifiers stay without --redact: the biller needs to see which NPI is wrong.
    expect(filter("Billing provider NPI (box 33a) '1234567890' fails the NPI check digit")).toContain("'1234567890'");
  });

  it('with --redact, masks the identifiers read from the snapshot and the claim ids, not codes or short values', () => {
    const filter = messageFilter(snapshot, { redact: true, claimIds: ['PCN-4471', null] });
    expect(filter("Billing provider NPI (box 33a) '1234567890' fails the NPI check digit")).toBe("Billing provider NPI (box 33a) '[NPI withheld]' fails the NPI check digit");
    expect(filter("The prior authorization number 'AUTH-55' contains spaces or hyphens")).toBe("The prior authorization number '[authorization number withheld]' contains spaces or hyphens");
    expect(filter('Member ZZX9001 on claim PCN-4471')).toBe('Member [member ID withheld] on claim [claim id withheld]');
    // A value inside a longer number is another value; a one-character account number would blank unrelated text.
    expect(filter('NPI 12345678901 on line 7, code 97110')).toBe('NPI 12345678901 on line 7, code 97110');
  });
});
