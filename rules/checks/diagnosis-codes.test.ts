import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Icd10CmLookup, Icd10Status } from '../codes/icd10cm-lookup';
import { createIcd10CmLookup } from '../codes/icd10cm-table';
import type { Field } from '../schema';
import { contextOf, field } from '../testing/test-snapshot';
import { diagnosisCodes } from './diagnosis-codes';

type Letter = 'A' | 'B' | 'C' | 'D';
const dx = (letter: Letter, value: string) => field('claim.diagnosis', value, { index: letter });
const serviceDate = (value: string, line = 1) => field('line.dateFrom', value, { index: line });

/** A hand-made table: M54.5 with its three children, I10, and X99.1 added on 2026-10-01; covers FY2026-FY2027. */
const handMade: Icd10CmLookup = {
  coverage: { from: '2025-10-01', to: '2027-09-30' },
  statusOn(code, date) {
    if (date < this.coverage.from || date > this.coverage.to) return null;
    const codes: Record<string, Icd10Status> = { M545: 'header', M5450: 'billable', M5451: 'billable', M5459: 'billable', I10: 'billable' };
    if (date >= '2026-10-01') codes.X991 = 'billable';
    return codes[code] ?? 'unknown';
  },
  billableChildrenOn: (code) => (code === 'M545' ? ['M5450', 'M5451', 'M5459'] : []),
};

const realTable = createIcd10CmLookup(JSON.parse(readFileSync(new URL('../../public/data/icd10cm.json', import.meta.url), 'utf8')));

function run(fields: Field[], icd10cm?: Icd10CmLookup, today = '2026-11-22', codesPerValue: 'one-per-box' | 'every-code' = 'one-per-box') {
  return diagnosisCodes.run({ ...contextOf(fields, today), references: icd10cm ? { icd10cm } : {} }, { codesPerValue });
}

describe('diagnosis-codes', () => {
  it('gives one outcome per filled letter, in letter order', () => {
    const outcomes = run([dx('B', 'I10'), dx('A', 'M5450'), dx('C', ''), serviceDate('11/10/2026')], handMade);
    expect(outcomes.map((o) => [o.index, o.status])).toEqual([['A', 'pass'], ['B', 'pass']]);
    expect(outcomes[0]?.message).toBe('Diagnosis A M54.50 is a billable ICD-10-CM code on 2026-11-10');
  });

  it('fails a code that is not ICD-10-CM shaped, on its own letter, with or without the table', () => {
    for (const table of [undefined, handMade]) {
      const outcomes = run([dx('A', 'M54.50'), dx('B', '724.2')], table);
      expect(outcomes[1]).toMatchObject({ status: 'fail', index: 'B', fieldKey: 'claim.diagnosis[B]' });
      expect(outcomes[1]?.message).toMatch(/Diagnosis B '724.2' is not an ICD-10-CM code: .*starts with a letter/);
    }
  });

  it('says can\'t tell for a code the claim file says is SNOMED CT, never "not an ICD-10-CM code", in either mode', () => {
    const snomed = field('claim.diagnosis', '279039007', { index: 'A', codeSystem: 'snomed-ct' });
    for (const mode of ['one-per-box', 'every-code'] as const) {
      const outcomes = run([snomed, dx('B', 'M5450'), serviceDate('11/10/2026')], handMade, '2026-11-22', mode);
      expect(outcomes.map((o) => [o.index, o.status])).toEqual([['A', 'cantTell'], ['B', 'pass']]);
      expect(outcomes[0]?.message).toContain('coded in SNOMED CT, not ICD-10-CM');
      expect(outcomes[0]?.message).not.toContain('is not an ICD-10-CM code');
    }
    // The same digits with no system named are judged, and fail, as before.
    expect(run([dx('A', '279039007')], handMade)[0]?.status).toBe('fail');
  });

  it('fails when box 21 is on the page but every diagnosis is empty', () => {
    const outcomes = run([dx('B', ''), dx('A', ' ')], handMade);
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ status: 'fail', index: 'A' });
  });

  it('says a whole letter states no diagnosis code, in the letter\'s words', () => {
    const [outcome] = run([field('claim.diagnosis', '', { index: 'A', document: 'letter' })], handMade);
    expect(outcome).toMatchObject({ status: 'fail', message: 'The letter does not state a diagnosis with its ICD-10-CM code' });
  });

  it("can't tell when the page has no diagnosis fields", () => {
    expect(run([field('patient.name', 'Test Patient')], handMade)).toEqual([
      expect.objectContaining({ status: 'cantTell', concept: 'claim.diagnosis' }),
    ]);
  });

  it("can't tell whether a well-formed code is billable without the code table, and says why", () => {
    const [outcome] = run([dx('A', 'M54.50')]);
    expect(outcome).toMatchObject({ status: 'cantTell', index: 'A' });
    expect(outcome?.message).toMatch(/M54.50 is shaped like an ICD-10-CM code, but the ICD-10-CM code table was not available/);
  });

  it('judges the code in a picker value that puts the description beside it', () => {
    const values = ['M54.50 - Low back pain, unspecified', 'Low back pain (M54.50)', 'M54.5 Low back pain', 'M54.50: Low back pain'];
    const outcomes = run([...values.map((value, i) => dx((['A', 'B', 'C', 'D'] as const)[i]!, value)), serviceDate('11/10/2026')], handMade);
    expect(outcomes.map((o) => o.status)).toEqual(['pass', 'pass', 'fail', 'pass']);
    expect(outcomes[0]?.message).toBe('Diagnosis A M54.50 (Low back pain, unspecified) is a billable ICD-10-CM code on 2026-11-10');
    expect(outcomes[2]?.message).toMatch(/^Diagnosis C M54.5 \(Low back pain\) is a category, not a billable code; choose M54.50, M54.51 or M54.59/);
  });

  it('says what is wrong with the code a picker put before its description', () => {
    expect(run([dx('A', '724.2 Lumbago'), serviceDate('11/10/2026')], handMade)[0]).toMatchObject({ status: 'fail',
      message: "Diagnosis A '724.2 Lumbago' is not an ICD-10-CM code: an ICD-10-CM code starts with a letter (ICD-9 codes start with a digit)" });
  });

  it('fails a value with two codes or a code inside a sentence, without judging either as the code', () => {
    const outcomes = run([dx('A', 'M54.50, I10'), dx('B', 'Patient has M54.50 since March'), serviceDate('11/10/2026')], handMade);
    expect(outcomes.map((o) => o.status)).toEqual(['fail', 'fail']);
    expect(outcomes[0]?.message).toMatch(/holds 2 diagnosis codes \(M54.50, I10\); enter one diagnosis code per box/);
    expect(outcomes[1]?.message).toMatch(/holds M54.50 inside other words/);
  });

  it('reads the code with or without the dot, in either case (the paper form has no dot)', () => {
    const outcomes = run([dx('A', 'M54.50'), dx('B', 'M5450'), dx('C', 'm54.50')], handMade);
    expect(outcomes.map((o) => o.status)).toEqual(['pass', 'pass', 'pass']);
  });

  it('fails a category and names its billable codes', () => {
    const [outcome] = run([dx('A', 'M54.5'), serviceDate('11/10/2026')], handMade);
    expect(outcome).toMatchObject({ status: 'fail', index: 'A', fieldKey: 'claim.diagnosis[A]' });
    expect(outcome?.message).toBe('Diagnosis A M54.5 is a category, not a billable code; choose M54.50, M54.51 or M54.59');
  });

  it('fails a code not in effect on the date of service, saying when it starts', () => {
    const [before] = run([dx('A', 'X99.1'), serviceDate('09/30/2026')], handMade);
    const [after] = run([dx('A', 'X99.1'), serviceDate('10/01/2026')], handMade);
    expect(before?.message).toBe('Diagnosis A X99.1 is not an ICD-10-CM code in effect on 2026-09-30 (valid from 2026-10-01)');
    expect(after?.status).toBe('pass');
  });

  it('judges on the earliest service line, else the visit date, else the day checked (and says so)', () => {
    const lines = run([dx('A', 'X991'), serviceDate('10/05/2026', 1), serviceDate('09/29/2026', 2)], handMade);
    expect(lines[0]?.message).toMatch(/in effect on 2026-09-29 /);
    const visit = run([dx('A', 'X991'), field('visit.date', '2026-10-02')], handMade);
    expect(visit[0]?.status).toBe('pass');
    const today = run([dx('A', 'I10')], handMade, '2026-11-22');
    expect(today[0]?.message).toBe('Diagnosis A I10 is a billable ICD-10-CM code on 2026-11-22 (no date of service found on this page, so the day checked)');
  });

  it("can't tell for a date of service outside the table's years", () => {
    const [outcome] = run([dx('A', 'M54.50'), serviceDate('03/01/2024')], handMade);
    expect(outcome).toMatchObject({ status: 'cantTell', index: 'A' });
    expect(outcome?.message).toBe("ClaimLint's ICD-10-CM table covers dates of service 2025-10-01 to 2027-09-30, "
      + "so it can't tell whether Diagnosis A M54.50 is valid on 2024-03-01");
  });

  describe('with the bundled ICD-10-CM table', () => {
    const judge = (code: string, date: string) => run([dx('A', code), serviceDate(date)], realTable)[0];

    it('passes billable codes and fails M54.5 with its three children', () => {
      expect(judge('M54.50', '11/10/2026')?.status).toBe('pass');
      expect(judge('I10', '03/01/2026')?.status).toBe('pass');
      expect(judge('M54.5', '11/10/2026')?.message)
        .toBe('Diagnosis A M54.5 is a category, not a billable code; choose M54.50, M54.51 or M54.59');
    });

    it('fails a made-up code', () => {
      expect(judge('M54.99', '11/10/2026')?.message).toBe('Diagnosis A M54.99 is not an ICD-10-CM code in effect on 2026-11-10');
    });

    it('knows D69.11 only from 2026-10-01, and D69.1 as a category from then', () => {
      expect(judge('D69.11', '09/30/2026')?.message)
        .toBe('Diagnosis A D69.11 is not an ICD-10-CM code in effect on 2026-09-30 (valid from 2026-10-01)');
      expect(judge('D6911', '10/01/2026')?.status).toBe('pass');
      expect(judge('D69.1', '09/30/2026')?.status).toBe('pass');
      expect(judge('D69.1', '10/01/2026')?.message)
        .toBe('Diagnosis A D69.1 is a category, not a billable code (billable until 2026-09-30); choose D69.11 or D69.19');
    });

    it('says when a code was deleted', () => {
      // S23.420A (sprain of sternoclavicular joint, initial encounter) is deleted on 2026-10-01.
      expect(judge('S23.420A', '09/30/2026')?.status).toBe('pass');
      expect(judge('S23.420A', '10/01/2026')?.message)
        .toBe('Diagnosis A S23.420A is not an ICD-10-CM code in effect on 2026-10-01 (deleted 2026-10-01)');
    });

    it('points at more specific codes when a category has subcategories or too many children', () => {
      expect(judge('M54', '11/10/2026')?.message)
        .toMatch(/^Diagnosis A M54 is a category, not a billable code; choose a more specific code under M54, such as M54.2, M54.6, M54.9$/);
      expect(judge('S00.00', '11/10/2026')?.message).toMatch(/choose S00.00XA, S00.00XD or S00.00XS$/);
      expect(judge('A37', '11/10/2026')?.message).toMatch(/choose a more specific code under A37$/);
    });
  });

  describe('on a note, plan or request (every code in a value)', () => {
    const note = (value: string) => field('claim.diagnosis', value, { index: 'A', document: 'note' });
    const judge = (value: string) => run([note(value), serviceDate('11/10/2026')], realTable, '2026-11-22', 'every-code');

    it('judges each code of a field that lists several, instead of failing the field for holding two', () => {
      const outcomes = judge('M54.2, M62.838');
      expect(outcomes.map((o) => o.status)).toEqual(['pass', 'pass']);
      expect(outcomes.map((o) => o.message)).toEqual([
        'Diagnosis A M54.2 is a billable ICD-10-CM code on 2026-11-10',
        'Diagnosis A M62.838 is a billable ICD-10-CM code on 2026-11-10',
      ]);
    });

    it('fails the header code among them, on the same field, naming the billable choices', () => {
      const outcomes = judge('Cervicalgia M54.2; low back pain M54.5');
      expect(outcomes.map((o) => [o.status, o.fieldKey])).toEqual([['pass', 'claim.diagnosis[A]'], ['fail', 'claim.diagnosis[A]']]);
      expect(outcomes[1]?.message).toMatch(/^Diagnosis A M54\.5 is a category, not a billable code.*M54\.50/);
    });

    it('fails an injury code missing its 7th character', () => {
      const [outcome] = judge('S33.5');
      expect(outcome).toMatchObject({ status: 'fail' });
      expect(outcome?.message).toMatch(/S33\.5 is a category, not a billable code/);
    });

    it('judges a code written inside a sentence', () => {
      expect(judge('Neck pain M54.2 after the fall').map((o) => o.status)).toEqual(['pass']);
    });

    it('does not call words without a code an invalid code', () => {
      expect(judge('Low back pain').map((o) => o.status)).toEqual(['notApplicable']);
    });

    it('still fails an ICD-9 code written as the diagnosis', () => {
      expect(judge('724.2 Lumbago').map((o) => o.status)).toEqual(['fail']);
    });
  });
});

describe('diagnosis-codes suggestions (one-click fills on the page)', () => {
  const judge = (value: string, options: Partial<Field> = {}, mode: 'one-per-box' | 'every-code' = 'one-per-box') =>
    run([field('claim.diagnosis', value, { index: 'A', ...options }), serviceDate('11/10/2026')], realTable, '2026-11-22', mode);
  const values = (outcome: { suggestions?: { value: string }[] } | undefined) => outcome?.suggestions?.map((s) => s.value);

  it('offers a header code\'s billable children from the bundled table: M54.5 -> M54.50, M54.51, M54.59', () => {
    const [outcome] = judge('M54.5');
    expect(outcome?.suggestions).toEqual([
      { value: 'M54.50', label: 'M54.50' }, { value: 'M54.51', label: 'M54.51' }, { value: 'M54.59', label: 'M54.59' },
    ]);
  });

  it('keeps the way the code was written: no dot stays no dot, and a picker\'s description stays beside it', () => {
    expect(values(judge('M545')[0])).toEqual(['M5450', 'M5451', 'M5459']);
    expect(values(judge('M54.5 Low back pain')[0])).toEqual(['M54.50 Low back pain', 'M54.51 Low back pain', 'M54.59 Low back pain']);
    expect(judge('M54.5 Low back pain')[0]?.suggestions?.[0]?.label).toBe('M54.50');
  });

  it('replaces only the header code in a list of codes', () => {
    const outcomes = judge('M54.2, m54.5', {}, 'every-code');
    expect(values(outcomes[1])).toEqual(['M54.2, M54.50', 'M54.2, M54.51', 'M54.2, M54.59']);
  });

  it('offers nothing when the children are not the whole choice (subcategories below) or none are listed', () => {
    expect(judge('M54')[0]?.status).toBe('fail');
    expect(judge('M54')[0]?.suggestions).toBeUndefined();
    expect(judge('A37')[0]?.suggestions).toBeUndefined();
  });

  it('offers nothing for a billable code, an unknown code, or a code in a document\'s text (not edited by ClaimLint)', () => {
    expect(judge('M54.50')[0]?.suggestions).toBeUndefined();
    expect(judge('M54.99')[0]?.suggestions).toBeUndefined();
    const [inLetter] = judge('M54.5', { document: 'letter' }, 'every-code');
    expect(inLetter?.status).toBe('fail');
    expect(inLetter?.suggestions).toBeUndefined();
  });
});
