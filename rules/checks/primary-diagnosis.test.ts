import { describe, expect, it } from 'vitest';
import type { Field } from '../schema';
import { contextOf, field } from '../testing/test-snapshot';
import { primaryDiagnosis } from './primary-diagnosis';

const options = { pattern: '^M99\\.0[1-5]$', label: 'a spinal subluxation code (M99.01–M99.05)' } as const;
const run = (fields: Field[], secondary?: 'required' | 'ask') => primaryDiagnosis.run(contextOf(fields), { ...options, ...(secondary && { secondary }) });
const dx = (letter: 'A' | 'B' | 'C', value: string) => field('claim.diagnosis', value, { index: letter });

describe('primary-diagnosis', () => {
  it('passes a first diagnosis the pattern accepts, read beside its description', () => {
    expect(run([dx('A', 'M99.03 Segmental and somatic dysfunction of lumbar region'), dx('B', 'M54.50')])[0])
      .toMatchObject({ status: 'pass', fieldKey: 'claim.diagnosis[A]', message: expect.stringMatching(/M99\.03 is a spinal subluxation code/) });
    expect(run([dx('A', 'm9903')])[0]?.status).toBe('pass');
  });

  it('fails another first diagnosis, naming a later subluxation code to move first', () => {
    expect(run([dx('B', 'M99.01'), dx('A', 'M54.2')])[0]).toMatchObject({ status: 'fail', message: expect.stringMatching(/first diagnosis \(A\) M54\.2 is not .* M99\.01 \(diagnosis B\) is one, so list it first/) });
    expect(run([dx('A', 'M99.06')])[0]?.status).toBe('fail');
  });

  it('asks for a secondary diagnosis as told: can\'t tell or fail', () => {
    expect(run([dx('A', 'M99.03')], 'ask')[1]?.status).toBe('cantTell');
    expect(run([dx('A', 'M99.03')], 'required')[1]?.status).toBe('fail');
    expect(run([dx('A', 'M99.03'), dx('B', 'M51.36')], 'ask')[1]).toMatchObject({ status: 'pass', fieldKey: 'claim.diagnosis[B]' });
  });

  it("can't tell without diagnosis fields and fails empty ones", () => {
    expect(run([])[0]?.status).toBe('cantTell');
    expect(run([dx('A', '')])[0]?.status).toBe('fail');
  });
});
