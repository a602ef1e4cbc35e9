import { describe, expect, it } from 'vitest';
import { identifiesPatient, maskedReference, nonIdentifyingValues, patientIdentifiers, withholdIdentifiers } from './patient-identifiers';

const fields = [
  { concept: 'patient.name', value: 'Sample, Alex Q' },
  { concept: 'patient.dob', value: '01/02/1980' },
  { concept: 'patient.memberId', value: 'W123456789' },
  { concept: 'patient.accountNumber', value: 'ACCT-2202' },
  { concept: 'patient.sex', value: 'F' },
  { concept: 'doc.functionalLimitation', value: 'Cannot lift her grandson or climb the stairs to her flat on Elm Road' },
  { concept: 'line.procedureCode', value: '97110' },
  { concept: 'line.dateFrom', value: '11/14/2025' },
  { concept: 'provider.npi', value: '1765432100' },
];
const identifiers = patientIdentifiers(fields);

describe('identifiesPatient', () => {
  it('is the patient, the insured, contact details and free text; not codes, dates of service, providers, sex or state', () => {
    for (const concept of ['patient.name', 'patient.dob', 'patient.memberId', 'patient.accountNumber', 'insured.groupNumber', 'doc.history', 'doc.progress', 'provider.taxId', 'patient.address', 'patient.phone']) {
      expect(identifiesPatient(concept), concept).toBe(true);
    }
    for (const concept of ['line.procedureCode', 'line.modifier', 'line.units', 'line.dateFrom', 'claim.diagnosis', 'provider.npi', 'provider.name', 'claim.priorAuthNumber', 'doc.date', 'doc.frequency', 'patient.sex', 'patient.state', 'payer.name']) {
      expect(identifiesPatient(concept), concept).toBe(false);
    }
  });
});

describe('withholdIdentifiers', () => {
  it('withholds the values a message quotes, in the spellings checks print them', () => {
    expect(withholdIdentifiers("Patient name 'Sample, Alex Q' and member ID W123456789 on file", identifiers)).toBe(
      'Patient name [withheld] and member ID [withheld] on file',
    );
    expect(withholdIdentifiers('Date of birth 1980-01-02 is after the date of service 2025-11-14', identifiers)).toBe(
      'Date of birth [withheld] is after the date of service 2025-11-14',
    );
    expect(withholdIdentifiers('Alex Sample signed it', identifiers)).toBe('[withheld] [withheld] signed it');
  });

  it('withholds a date of birth however a letter or a check spells it', () => {
    const letter = patientIdentifiers([{ concept: 'patient.dob', value: 'March 4, 1981' }]);
    expect(withholdIdentifiers('Born 1981-03-04 (March 4, 1981; 03/04/1981; 4 March 1981); seen 2025-03-04', letter)).toBe(
      'Born [withheld] ([withheld]; [withheld]; [withheld]); seen 2025-03-04',
    );
    expect(withholdIdentifiers('Born Jan 2, 1980', identifiers)).toBe('Born [withheld]');
  });

  it('withholds a quote taken from the middle of a free text, and a long value quoteValue shortened', () => {
    expect(withholdIdentifiers("Functional limitation says 'climb the stairs' but no measure", identifiers)).toBe(
      'Functional limitation says [withheld] but no measure',
    );
    expect(withholdIdentifiers("'Cannot lift her grandson or climb the st...' has no goal", identifiers)).toBe('[withheld] has no goal');
  });

  it("keeps codes, modifiers, units, dates of service, NPIs and ClaimLint's own quoted examples", () => {
    const message = "Line 1 '97110' GP, 2 units on 11/14/2025 by NPI 1765432100: goals should be measurable, e.g. 'ambulate 300 ft without a device', not 'improve'; box 26 (patient account) can't be read";
    expect(withholdIdentifiers(message, identifiers)).toBe(message);
  });

  it('keeps a quote that is the value of a field identifying no one, though the prose states it too', () => {
    const plan = [
      { concept: 'doc.treatmentPlan', value: 'Manual therapy 3x/week for 4 weeks, then reassess' },
      { concept: 'doc.frequencyDuration', value: '3x/week for 4 weeks' },
    ];
    const message = "Frequency found: '3x/week for 4 weeks'; the plan says 'then reassess'";
    expect(withholdIdentifiers(message, patientIdentifiers(plan), nonIdentifyingValues(plan))).toBe("Frequency found: '3x/week for 4 weeks'; the plan says [withheld]");
  });

  it('does not withhold a word that only contains a value', () => {
    const few = patientIdentifiers([{ concept: 'patient.lastName', value: 'Ann' }]);
    expect(withholdIdentifiers('Annual limit; Ann was seen', few)).toBe('Annual limit; [withheld] was seen');
  });
});

describe('maskedReference', () => {
  it('shows at most the last four characters and never more than half', () => {
    expect(maskedReference('ACCT-2202')).toBe('…2202');
    expect(maskedReference('A17')).toBe('…7');
    expect(maskedReference('9')).toBe('[withheld]');
  });
});
