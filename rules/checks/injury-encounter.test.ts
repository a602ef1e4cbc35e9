import { describe, expect, it } from 'vitest';
import type { Field } from '../schema';
import { contextOf, field } from '../testing/test-snapshot';
import { injuryEncounter } from './injury-encounter';

const run = (fields: Field[]) => injuryEncounter.run(contextOf(fields), {});
const dx = (letter: 'A' | 'B' | 'C', value: string) => field('claim.diagnosis', value, { index: letter });

describe('injury-encounter', () => {
  it('fails an injury code with the initial-encounter character, saying which character rehabilitation takes', () => {
    const [outcome] = run([dx('A', 'S83.511A')]);
    expect(outcome).toMatchObject({ status: 'fail', fieldKey: 'claim.diagnosis[A]' });
    expect(outcome?.message).toMatch(/^Diagnosis A \(S83\.511A\) ends in A, the initial encounter, .* S83\.511D, unless this therapy is itself the active treatment$/);
    expect(run([dx('A', 'S52.531B')])[0]?.status).toBe('fail');
  });

  it('passes subsequent-encounter and sequela characters, and reads a code beside its description', () => {
    expect(run([dx('A', 'S83.511D Sprain of ACL, right knee'), dx('B', 'M25.561'), dx('C', 'T84.84XS')]).map((o) => [o.fieldKey, o.status])).toEqual([
      ['claim.diagnosis[A]', 'pass'], ['claim.diagnosis[C]', 'pass'],
    ]);
    expect(run([dx('A', 'S42.201K')])[0]?.message).toBe('Diagnosis A (S42.201K) ends in K (subsequent encounter), as care in the healing or recovery phase is coded');
  });

  it('is not applicable without an injury code, and leaves other chapters and short codes alone', () => {
    expect(run([dx('A', 'M17.12'), dx('B', 'S83.5')])).toEqual([expect.objectContaining({ status: 'notApplicable' })]);
    expect(run([])).toEqual([expect.objectContaining({ status: 'notApplicable' })]);
  });
});
