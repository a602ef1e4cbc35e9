import { describe, expect, it } from 'vitest';
import type { Field } from '../schema';
import { contextOf, field } from '../testing/test-snapshot';
import { telehealthModifiers } from './telehealth-modifiers';

const run = (ask: 'medicare-place' | 'modifier' | 'audio-only', fields: Field[]) =>
  telehealthModifiers.run(contextOf(fields), { ask, concepts: ['doc.progress'] });
const line = (n: number, code: string, place: string, modifiers = '') => [
  field('line.procedureCode', code, { index: n }), field('line.placeOfService', place, { index: n }),
  ...(modifiers ? [field('line.modifier', modifiers, { index: n })] : []),
];

describe('telehealth-modifiers', () => {
  it('medicare-place: passes 02 and 10, fails a telehealth modifier at another place', () => {
    expect(run('medicare-place', line(1, '90834', '10'))[0]).toMatchObject({ status: 'pass', message: expect.stringMatching(/patient at home/) });
    expect(run('medicare-place', line(1, '99213', '11', '95'))[0]).toMatchObject({ status: 'fail', problem: 'inconsistent', message: expect.stringMatching(/place of service 10 .* or 02/) });
    expect(run('medicare-place', line(1, '99213', '22', '95'))[0]?.status).toBe('pass');
  });

  it('medicare-place: audio-only 93 only with the patient at home', () => {
    expect(run('medicare-place', line(1, '90834', '02', '93'))[0]?.message).toMatch(/only with the patient at home/);
    expect(run('medicare-place', line(1, '90834', '10', '93'))[0]?.status).toBe('pass');
  });

  it("modifier: passes 95 or 93 on 02/10, can't tell without (payer policy decides)", () => {
    expect(run('modifier', line(1, '90837', '10', '95'))[0]?.status).toBe('pass');
    expect(run('modifier', line(1, '90837', '02'))[0]).toMatchObject({ status: 'cantTell', message: expect.stringMatching(/check this payer's telehealth policy/) });
  });

  it('audio-only: a note saying audio only needs 93; 93 beside a video note disagrees', () => {
    expect(run('audio-only', [...line(1, '90834', '10'), field('doc.progress', 'Session held by phone; client declined video.')])[0])
      .toMatchObject({ status: 'fail', problem: 'inconsistent', message: expect.stringMatching(/audio only .* add 93/) });
    expect(run('audio-only', [...line(1, '90834', '10', '93'), field('doc.progress', 'Session held via Zoom video.')])[0]?.status).toBe('fail');
    expect(run('audio-only', [...line(1, '90834', '10', '93'), field('doc.progress', 'Audio-only session; client has no camera.')])[0]?.status).toBe('pass');
    expect(run('audio-only', [...line(1, '90834', '10'), field('doc.progress', 'Audio and video session via secure platform.')])[0]?.status).toBe('pass');
    expect(run('audio-only', line(1, '90834', '10'))[0]?.status).toBe('cantTell');
  });

  it('is not applicable without telehealth lines', () => {
    expect(run('medicare-place', line(1, '90834', '11'))[0]?.status).toBe('notApplicable');
  });
});
