import { describe, expect, it } from 'vitest';
import { splitBlocks } from './blocks';
import { findDiagnosisCodes, findProcedureCodes } from './codes-in-text';

const KNOWN = new Set(['M54.50', 'M54.16', 'F41.1', 'F33.1', 'S13.4XXA']);
const codeSet = (code: string) => KNOWN.has(code);
const diagnoses = (text: string, isDiagnosisCode?: (code: string) => boolean | undefined) =>
  findDiagnosisCodes(text, splitBlocks(text), { isDiagnosisCode }).map(({ index, value }) => [index, value]);
const procedures = (text: string) =>
  findProcedureCodes(text, splitBlocks(text)).map(({ concept, index, value }) => [concept, index, value]);

describe('findDiagnosisCodes', () => {
  it('finds codes in prose in order, lettered A, B, … and each once', () => {
    const text = 'Diagnoses: lumbar radiculopathy (M54.16) and low back pain (M54.50). The M54.16 is the primary.';
    expect(diagnoses(text, codeSet)).toEqual([['A', 'M54.16'], ['B', 'M54.50']]);
    expect(diagnoses(text)).toEqual([['A', 'M54.16'], ['B', 'M54.50']]);
  });

  it('takes an undotted code only when the code set knows it or the words say diagnosis', () => {
    expect(diagnoses('ICD-10: M5450', codeSet)).toEqual([['A', 'M54.50']]);
    expect(diagnoses('Diagnosis code F411')).toEqual([['A', 'F41.1']]);
    expect(diagnoses('Her room is B120 on the second floor.')).toEqual([]);
  });

  it('does not take a PO Box, spinal levels, A1C, T4, vitamin B12 or a suite for a code', () => {
    const text = 'PO Box 5450, Suite B120. Disc bulge at L4-L5 and L5-S1, fracture at T12. Her A1C and T4 are normal; B12 is low.';
    expect(diagnoses(text)).toEqual([]);
    expect(diagnoses(text, () => true)).toEqual([]);
  });

  it('refuses a code-shaped word the code set says is no code, and a ruled-out diagnosis', () => {
    expect(diagnoses('Diagnosis: X99.9Z', codeSet)).toEqual([]);
    expect(diagnoses('Rule out F33.1 at the next visit; working diagnosis F41.1.', codeSet)).toEqual([['A', 'F41.1']]);
  });
});

describe('findProcedureCodes', () => {
  it('takes codes named as CPT or HCPCS, and their units', () => {
    expect(procedures('Requesting CPT 97124, 2 units per visit, and 97140 x 1 unit.')).toEqual([
      ['line.procedureCode', 1, '97124'], ['line.units', 1, '2'],
      ['line.procedureCode', 2, '97140'], ['line.units', 2, '1'],
    ]);
    expect(procedures('HCPCS G0283 for electrical stimulation.')).toEqual([['line.procedureCode', 1, 'G0283']]);
  });

  it('takes a known therapy code without the word CPT, but not a ZIP code, a PO Box or a phone number', () => {
    expect(procedures('She will receive therapeutic exercise (97110) twice weekly.')).toEqual([['line.procedureCode', 1, '97110']]);
    expect(procedures('Harbor PT, Cannon Beach, OR 97110. PO Box 97112. Call 503-97110. Phone 503-555-0199 ext 97110.')).toEqual([]);
  });

  it('reads the units of a table row from the column its header names', () => {
    const table = 'CPT\tUnits\tDescription\n97110\t2\tTherapeutic exercise\n97140\t1\tManual therapy';
    expect(procedures(table)).toEqual([
      ['line.procedureCode', 1, '97110'], ['line.units', 1, '2'],
      ['line.procedureCode', 2, '97140'], ['line.units', 2, '1'],
    ]);
    expect(procedures('| CPT | Description | Units |\n| 97530 | Therapeutic activities | 3 |')).toEqual([['line.procedureCode', 1, '97530'], ['line.units', 1, '3']]);
  });

  it('reads a code listed after "or" and "and"', () => {
    expect(procedures('Bill CPT 97110 or 97140 and 97530.').map(([, , code]) => code)).toEqual(['97110', '97140', '97530']);
  });

  it('does not take other five-digit numbers for codes', () => {
    expect(procedures('She walks 10000 steps and paid $12345 last year.')).toEqual([]);
  });
});

describe('findProcedureCodes and therapy ranges', () => {
  it('takes chiropractic and physical medicine codes named without "CPT", not a ZIP code after a state', () => {
    expect(procedures('Chiropractic manipulative treatment 98940 and massage 97124, 2 times per week.').map(([, , code]) => code)).toEqual(['98940', '97124']);
    expect(procedures('Ronald, WA 98940')).toEqual([]);
  });
});
