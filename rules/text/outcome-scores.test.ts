import { describe, expect, it } from 'vitest';
import { limitingScores } from './outcome-scores';

function limiting(text: string): string[] {
  return limitingScores(text, { start: 0, end: text.length }).map((span) => text.slice(span.start, span.end));
}

describe('limitingScores', () => {
  // Each pair sits on either side of the instrument's published cut-off.
  it.each([
    ['Oswestry 21%', 'Oswestry 20%'],
    ['NDI 10%', 'NDI 8%'],
    ['NDI 5/50', 'NDI 4/50'],
    ['QuickDASH 21', 'QuickDASH 20'],
    ['LEFS 63/80', 'LEFS 64/80'],
    ['Berg 44/56', 'Berg 45/56'],
    ['PHQ-9 score 10', 'PHQ-9 score 9'],
    ['GAD-7: 10', 'GAD-7: 9'],
    ['PCL-5 33', 'PCL-5 32'],
    ['BDI-II 20', 'BDI-II 19'],
  ])('reads %j as limited and %j as not', (limited, not) => {
    expect(limiting(limited)).toEqual([limited]);
    expect(limiting(not)).toEqual([]);
  });

  it('reads the measured score, never a target or a timeframe', () => {
    expect(limiting('Improve LEFS from 38/80 to 60/80')).toEqual(['LEFS from 38/80']);
    for (const text of ['Goal LEFS 40/80', 'Reduce ODI to 30%', 'ODI < 40%', 'PHQ-9 below 15', 'PHQ-9 by 12 weeks', 'Target PHQ-9 12']) {
      expect(limiting(text), text).toEqual([]);
    }
  });
});
