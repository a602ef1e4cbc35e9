/**
 * Every detector on 50,000-character inputs: a long note gives the same answer as its one paragraph, and the
 * shapes that make regexes backtrack (a run of spaces, a run of digits, a parenthesis never closed, one clause
 * with no punctuation) come back with the right answer. Time is measured, not asserted (scripts or the report):
 * a quadratic pattern shows as a test that runs for seconds and hits vitest's timeout.
 */
import { describe, expect, it } from 'vitest';
import { TEXT_DETECTORS, type TextDetectorId } from './index';

const LENGTH = 50_000;
const NOTE = 'Pt c/o LBP x 3 wks; LEFS 32/80. Failed 6 wks of PT w/o improvement. STG: amb 300 ft w/o AD in 3 wks. '
  + 'Pt has plateaued. Skilled PT is medically necessary to restore function. Rehab potential: good. Plan 2x/wk x 6 wks.\n';
const longNote = NOTE.repeat(Math.ceil(LENGTH / NOTE.length));

function filler(unit: string): string {
  return unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);
}

const ids = Object.keys(TEXT_DETECTORS) as TextDetectorId[];

describe('detectors on 50,000 characters', () => {
  it.each(ids)('%s reads every paragraph of a long note as it reads one', (id) => {
    const one = TEXT_DETECTORS[id](NOTE);
    const long = TEXT_DETECTORS[id](longNote);
    expect(one.found).toBe(true);
    expect(long.found).toBe(true);
    expect(long.evidence.length).toBe(one.evidence.length * Math.ceil(LENGTH / NOTE.length));
  });

  it.each(ids)('%s finds nothing in runs that make regexes backtrack', (id) => {
    for (const text of [
      `x${' '.repeat(LENGTH)}y`,
      '1'.repeat(LENGTH),
      `(${filler(' 1) a')}`,
      filler('reviewed with the patient w/ spouse and '),
      filler('12/31/2026 - '),
      filler('not no denies without w/o '),
      filler('a. '),
    ]) expect(TEXT_DETECTORS[id](text).found, text.slice(0, 30)).toBe(false);
  });

  it('reads a plan buried at the end of 50,000 characters of other words', () => {
    const text = `${filler('Subjective findings reviewed with the patient today ')}\nPlan: 2x/wk x 6 wks.`;
    expect(TEXT_DETECTORS['frequency-duration'](text)).toEqual({ found: true, evidence: ['2x/wk x 6 wks'] });
    expect(TEXT_DETECTORS['frequency-duration'](`${' '.repeat(LENGTH)}x 6 wks at 2x/wk`).found).toBe(true);
  });
});
