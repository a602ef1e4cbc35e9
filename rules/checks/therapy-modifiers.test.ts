import { describe, expect, it } from 'vitest';
import type { Field } from '../schema';
import { contextOf, field } from '../testing/test-snapshot';
import { therapyModifiers } from './therapy-modifiers';

const run = (fields: Field[], kxThresholdUsd?: number) =>
  therapyModifiers.run(contextOf(fields), { payer: 'medicare', ...(kxThresholdUsd ? { kxThresholdUsd } : {}) });
const line = (n: number, code: string, modifiers: string, extra: { charges?: string; date?: string } = {}) => [
  field('line.procedureCode', code, { index: n }),
  field('line.modifier', modifiers, { index: n }),
  ...(extra.charges ? [field('line.charges', extra.charges, { index: n })] : []),
  ...(extra.date ? [field('line.dateFrom', extra.date, { index: n })] : []),
];

describe('therapy-modifiers', () => {
  it('passes therapy lines with GP, GO or GN, one outcome per line, then the KX outcome', () => {
    const outcomes = run([...line(1, '97110', 'GP'), ...line(2, '97535', 'GO'), ...line(3, '99213', '')]);
    expect(outcomes.map((o) => [o.index, o.status])).toEqual([[1, 'pass'], [2, 'pass'], [1, 'cantTell']]);
    expect(outcomes[0]?.message).toBe('Service line 1 (97110) carries GP (physical therapy)');
  });

  it('does not ask a plan of care for the claim\'s modifiers, but still judges the claim\'s own lines', () => {
    const planned = [field('line.procedureCode', '97110', { index: 1, document: 'plan' }), field('line.procedureCode', '97140', { index: 2, document: 'plan' })];
    expect(run(planned)).toEqual([expect.objectContaining({ status: 'notApplicable', message: expect.stringMatching(/^The plan names therapy codes; GP, GO or GN and KX go on the claim/) })]);
    const outcomes = run([...planned, ...line(3, '97530', '')]);
    expect(outcomes.map((o) => [o.index, o.status])).toEqual([[3, 'fail'], [3, 'cantTell']]);
  });

  it('knows a therapy line whose code a picker wrote with its description', () => {
    const outcomes = run([...line(1, '97110 - Therapeutic exercise', ''), ...line(2, 'Manual therapy (97140)', 'GP')]);
    expect(outcomes.map((o) => [o.index, o.status])).toEqual([[1, 'fail'], [2, 'pass'], [1, 'cantTell']]);
    expect(outcomes[0]?.message).toMatch(/^Service line 1 \(97110\) is a therapy code without GP, GO or GN/);
  });

  it('fails a therapy line without a discipline modifier, or with two', () => {
    expect(run(line(1, '97140', '59'))[0]).toMatchObject({
      status: 'fail', fieldKey: 'line.modifier[1]', index: 1, message: expect.stringMatching(/without GP, GO or GN; Medicare needs/),
    });
    expect(run(line(1, '97140', 'GP GO'))[0]?.message).toMatch(/carries GP and GO; a therapy line takes one/);
  });

  it('points a modifier problem at the modifier box to change, and at the code box only when the page has no modifier box', () => {
    // Four modifier boxes, as CMS-1500 portals draw them: the missing modifier goes in the first empty one.
    const boxes = (values: string[]) => values.map((value, i) => field('line.modifier', value, { index: 1, key: `mod-${i}` }));
    const code = field('line.procedureCode', '97161', { index: 1 });
    expect(run([code, ...boxes(['59', '', '', ''])])[0]).toMatchObject({ status: 'fail', fieldKey: 'mod-1', concept: 'line.modifier' });
    // The wrong discipline is changed where it is written.
    expect(run([code, ...boxes(['59', 'GO', '', ''])])[0]).toMatchObject({ status: 'fail', fieldKey: 'mod-1', message: expect.stringMatching(/takes GP, not GO/) });
    // Typed after the code, with no modifier box on the page: the code box is where it is changed.
    expect(run([field('line.procedureCode', '97161 GO', { index: 1 })])[0]).toMatchObject({ status: 'fail', fieldKey: 'line.procedureCode[1]' });
  });

  it("can't tell whether KX is needed without the year's spending, explaining the threshold and showing the charges", () => {
    const outcomes = run([...line(1, '97110', 'GP', { charges: '$1,200.00', date: '03/02/2026' }), ...line(2, '97140', 'GP', { charges: '95' })]);
    expect(outcomes[2]).toMatchObject({ status: 'cantTell', fieldKey: 'line.modifier[1]', index: 1 });
    expect(outcomes[2]?.message).toMatch(/^No therapy line carries KX, and this page does not show the patient's therapy amount so far this year: once it passes \$2,480 in 2026 \(physical therapy and speech-language pathology count together, occupational therapy separately\)/);
    expect(outcomes[2]?.message).toMatch(/above \$3,000 a year claims may be chosen for targeted medical review/);
    expect(outcomes[2]?.message).toMatch(/This claim's therapy charges are \$1,295; earlier claims this year count too\.$/);
  });

  it('uses the threshold for the year of service, or the option', () => {
    expect(run(line(1, '97110', 'GP', { date: '2025-06-01' }))[1]?.message).toMatch(/\$2,410 in 2025/);
    expect(run(line(1, '97110', 'GP'), 3000)[1]?.message).toMatch(/passes \$3,000 in 2026 \(no date of service found, so the year checked\)/);
  });

  it("never guesses a year's threshold CMS has not published", () => {
    for (const date of ['2031-06-01', '2019-03-01']) {
      expect(run(line(1, '97110', 'GP KX', { date }))[1]).toMatchObject({
        status: 'cantTell', message: expect.stringMatching(new RegExp(`^CMS has published no KX threshold for ${date.slice(0, 4)} that ClaimLint knows`)),
      });
    }
  });

  it('decides KX from the therapy amount so far this year when the page shows it', () => {
    const ytd = (value: string) => field('therapy.yearToDate', value);
    expect(run([...line(1, '97110', 'GP', { date: '2026-09-01' }), ytd('$2,615.40')])[1]).toMatchObject({
      status: 'fail', problem: 'inconsistent', fieldKey: 'therapy.yearToDate',
      message: expect.stringMatching(/^The patient's therapy this year is \$2,615\.40, past the KX threshold \(\$2,480 in 2026\), but no therapy line carries KX/),
    });
    expect(run([...line(1, '97110', 'GP', { date: '2026-09-01' }), ytd('3,150')])[1]?.message).toMatch(/past \$3,000, so claims may be chosen for targeted medical review/);
    expect(run([...line(1, '97110', 'GP', { date: '2026-09-01', charges: '120.00' }), ytd('1,200.00')])[1]).toMatchObject({
      status: 'pass', message: expect.stringMatching(/with this claim's \$120 it stays under the KX threshold \(\$2,480 in 2026\), so no KX is needed/),
    });
    expect(run([...line(1, '97110', 'GP', { date: '2026-09-01' }), ytd('2,400')])[1]?.status).toBe('cantTell');
    expect(run([...line(1, '97110', 'GP', { date: '2026-09-01' }), ytd('see MAC portal')])[1]?.message).toMatch(/does not show the patient's therapy amount/);
  });

  it('fails the discipline modifier an evaluation code or the treating clinician contradicts, as inconsistent', () => {
    expect(run(line(1, '97165', 'GP'))[0]).toMatchObject({
      status: 'fail', problem: 'inconsistent', message: 'Service line 1 (97165) is an occupational therapy evaluation, so it takes GO, not GP (physical therapy)',
    });
    expect(run([...line(1, '97110', 'GO'), field('provider.credentials', 'PT, DPT')])[0]).toMatchObject({
      status: 'fail', problem: 'inconsistent', message: expect.stringMatching(/carries GO \(occupational therapy\), but the treating clinician is named as PT, whose discipline takes GP/),
    });
    expect(run([...line(1, '97110', 'GP'), field('provider.signature', 'Lee Example, PTA')])[0]?.status).toBe('pass');
    expect(run([...line(1, '97530', 'GO'), field('provider.signature', 'A. Example, PT; B. Example, OTR/L')])[0]?.status).toBe('pass');
    // A practice's name is not a credential: "Sunrise PT Clinic" bills OT too.
    expect(run([...line(1, '97530', 'GO'), field('provider.name', 'Sunrise PT Clinic')])[0]?.status).toBe('pass');
    expect(run([...line(1, '97530', 'GO'), field('provider.signature', '/s/ Dee Example, COTA/L')])[0]?.status).toBe('pass');
  });

  it('passes KX on every therapy line, reminding what it attests; can\'t tell when only some lines have it', () => {
    expect(run([...line(1, '97110', 'GP KX'), ...line(2, '97140', 'GP,KX')])[2]).toMatchObject({
      status: 'pass', message: expect.stringMatching(/KX is on every therapy line: it attests .*document why continued therapy is needed/),
    });
    expect(run([...line(1, '97110', 'GP KX'), ...line(2, '97140', 'GP')])[2]).toMatchObject({
      status: 'cantTell', index: 2, message: expect.stringMatching(/KX is on service line 1 but not 2/),
    });
  });

  it('is not applicable without therapy codes', () => {
    expect(run(line(1, '98941', 'AT'))).toEqual([expect.objectContaining({ status: 'notApplicable' })]);
    expect(run([])).toEqual([expect.objectContaining({ status: 'cantTell' })]);
  });

  it('refuses unknown payers and non-positive thresholds', () => {
    expect(therapyModifiers.options.safeParse({ payer: 'aetna' }).success).toBe(false);
    expect(therapyModifiers.options.safeParse({ payer: 'medicare', kxThresholdUsd: 0 }).success).toBe(false);
  });
});
