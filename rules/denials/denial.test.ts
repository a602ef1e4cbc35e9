import { describe, expect, it } from 'vitest';
import { allDenialReasons, type Denial } from './denial';

const denial = (reasons: Denial['reasons'], lines: Denial['reasons'][] = []): Denial =>
  ({ reasons, lines: lines.map((each) => ({ reasons: each })), source: { format: 'x12-835', what: '835 CLP SYN-1' } });

describe('allDenialReasons', () => {
  it('lists claim-level reasons, then each line\'s, once per group and code', () => {
    const reasons = allDenialReasons(denial([{ group: 'CO', code: '50', kind: 'carc', amount: 90 }], [
      [{ group: 'CO', code: '50', kind: 'carc', amount: 40 }, { code: 'N115', kind: 'rarc' }],
      [{ group: 'PR', code: '50', kind: 'carc', amount: 10 }],
    ]));
    expect(reasons.map(({ group, code }) => `${group ?? ''}-${code}`)).toEqual(['CO-50', '-N115', 'PR-50']);
  });

  it('leaves out an adjustment of 0.00 (it adjusted nothing), unless the denial gives nothing else', () => {
    // The shape of 835s that send CAS*CO*42*0 beside the real adjustment.
    const reasons = allDenialReasons(denial([], [[{ group: 'CO', code: '42', kind: 'carc', amount: 0 }, { group: 'OA', code: '23', kind: 'carc', amount: 57.6 }]]));
    expect(reasons.map(({ group, code }) => `${group}-${code}`)).toEqual(['OA-23']);
    expect(allDenialReasons(denial([{ group: 'CO', code: '42', kind: 'carc', amount: 0 }]))).toHaveLength(1);
    // A remark code has no amount and is always kept.
    expect(allDenialReasons(denial([{ code: 'N115', kind: 'rarc' }, { group: 'CO', code: '45', kind: 'carc', amount: 0 }])).map((reason) => reason.code)).toEqual(['N115']);
  });
});
