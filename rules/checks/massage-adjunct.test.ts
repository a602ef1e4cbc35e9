import { describe, expect, it } from 'vitest';
import { contextOf, field } from '../testing/test-snapshot';
import { massageAdjunct } from './massage-adjunct';

const options = { massageCodes: ['97124'], therapeuticCodes: ['97110', '97112', '97140', '97530'] };
const line = (n: number, code: string, date = '11/10/2026') => [
  field('line.procedureCode', code, { index: n }),
  field('line.dateFrom', date, { index: n }),
];
const run = (fields: Parameters<typeof contextOf>[0]) => massageAdjunct.run(contextOf(fields), options);

describe('massage-adjunct', () => {
  it('passes massage billed with exercise on the same day', () => {
    const [outcome] = run([...line(1, '97124'), ...line(2, '97110')]);
    expect(outcome).toMatchObject({ status: 'pass', index: 1 });
    expect(outcome!.message).toContain('97110');
  });

  it('fails massage billed alone, or with therapy on another day', () => {
    expect(run(line(1, '97124'))[0]!.status).toBe('fail');
    expect(run([...line(1, '97124', '11/10/2026'), ...line(2, '97110', '11/12/2026')])[0]!.status).toBe('fail');
  });

  it('does not count a modality or a manipulation billed that day, and names it', () => {
    const [withModality] = run([...line(1, '97124'), ...line(2, '97014'), ...line(3, '98940')]);
    expect(withModality!.status).toBe('fail');
    expect(withModality!.message).toContain('(97014, 98940 billed that day are not');
    expect(run([...line(1, '97124'), ...line(2, '97014'), ...line(3, '97110')])[0]!.status).toBe('pass');
  });

  it('does not apply without massage, and cannot tell without service lines', () => {
    expect(run(line(1, '97110'))[0]!.status).toBe('notApplicable');
    expect(run([field('patient.name', 'x')])[0]!.status).toBe('cantTell');
  });
});
