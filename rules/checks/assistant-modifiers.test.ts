import { describe, expect, it } from 'vitest';
import type { Field } from '../schema';
import { contextOf, field } from '../testing/test-snapshot';
import { assistantModifiers } from './assistant-modifiers';

const run = (fields: Field[]) => assistantModifiers.run(contextOf(fields), {});
const line = (n: number, code: string, modifiers: string) => [field('line.procedureCode', code, { index: n }), field('line.modifier', modifiers, { index: n })];

describe('assistant-modifiers', () => {
  it('fails PT lines without CQ when the note is signed by a PTA alone, as inconsistent', () => {
    const outcomes = run([...line(1, '97110', 'GP'), ...line(2, '97116', 'GP CQ'), field('provider.signature', '/s/ Lee Example, PTA')]);
    expect(outcomes).toEqual([expect.objectContaining({ status: 'fail', problem: 'inconsistent', index: 1 })]);
    expect(outcomes[0]?.message).toMatch(/^The treating clinician is named as PTA, a physical therapist assistant, but service line 1 \(GP\) lacks CQ; .*85%/);
    expect(run([...line(1, '97535', 'GO'), ...line(2, '97530', 'GO'), field('provider.credentials', 'COTA/L')])[0]).toMatchObject({
      status: 'fail', message: expect.stringMatching(/named as COTA\/L, an occupational therapy assistant, but service line 1, line 2 \(GO\) lack CO/),
    });
  });

  it('passes the assistant\'s lines that carry CQ or CO, and a therapist with no assistant named', () => {
    expect(run([...line(1, '97110', 'GP CQ'), field('provider.credentials', 'PTA')])[0]).toMatchObject({ status: 'pass', message: expect.stringMatching(/every GP line carries CQ/) });
    expect(run([...line(1, '97110', 'GP'), field('provider.credentials', 'PT, DPT')])[0]).toMatchObject({
      status: 'pass', fieldKey: 'provider.credentials', message: 'The treating clinician is named as PT, and no assistant is named, so CQ and CO are not expected',
    });
  });

  it('fails CQ or CO beside the other discipline\'s modifier', () => {
    expect(run([...line(1, '97530', 'GO CQ')])[0]).toMatchObject({ status: 'fail', index: 1, message: expect.stringMatching(/carries CQ without GP/) });
  });

  it("can't tell who treated from a claim alone, or which lines a co-signing assistant furnished", () => {
    expect(run(line(1, '97110', 'GP'))[0]).toMatchObject({ status: 'cantTell', message: expect.stringMatching(/could not find who furnished the therapy/) });
    expect(run([...line(1, '97110', 'GP'), field('provider.signature', 'Lee Example, PTA / co-signed Sam Example, PT')])[0]?.status).toBe('cantTell');
  });

  it('does not read "pt" in prose as a credential, and is not applicable without therapy lines', () => {
    expect(run([...line(1, '97110', 'GP'), field('provider.name', 'pt seen by front desk')])[0]?.status).toBe('cantTell');
    expect(run(line(1, '99213', ''))).toEqual([expect.objectContaining({ status: 'notApplicable' })]);
  });
});
