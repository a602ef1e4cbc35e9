import { describe, expect, it } from 'vitest';
import { splitBlocks } from './blocks';
import { findDatesInProse, findLetterDate } from './dates-in-text';

const prose = (text: string) => findDatesInProse(text, splitBlocks(text)).map(({ concept, value }) => [concept, value]);

describe('findLetterDate', () => {
  it('takes a date alone on a header line, also after a city', () => {
    const text = 'Harbor PT\n123 Main St\n\nPortland, OR, March 3, 2026\n\nAetna';
    expect(findLetterDate(text, splitBlocks(text))?.value).toBe('March 3, 2026');
  });

  it('takes a date line in Markdown emphasis, in capitals or with an ordinal', () => {
    for (const line of ['**February 9th, 2027**', 'FEBRUARY 9, 2027', '_9 February 2027_']) {
      const text = `NORTH RIDGE REHABILITATION\n\n${line}\n\nDear Reviewer,`;
      expect(findLetterDate(text, splitBlocks(text))?.value).toMatch(/9/);
    }
  });

  it('does not take a date inside a line of words, or a day that does not exist', () => {
    const text = 'Seen since 01/05/2025 for back pain\n\n02/30/2026';
    expect(findLetterDate(text, splitBlocks(text))).toBeNull();
  });
});

describe('findDatesInProse', () => {
  it('names a date by the words before it', () => {
    const text = 'She injured her back lifting boxes on 01/05/2025. She began therapy on 02/01/2025. '
      + 'The referral was ordered on 01/20/2025. Born on 03/30/1986, she lives alone. Signed by me on 11/21/2026.';
    expect(prose(text)).toEqual([
      ['claim.onsetDate', '01/05/2025'],
      ['cert.startDate', '02/01/2025'],
      ['order.date', '01/20/2025'],
      ['patient.dob', '03/30/1986'],
      ['provider.signatureDate', '11/21/2026'],
    ]);
  });

  it('reads a date in a note’s title by the words before it', () => {
    expect(prose('OT RE-EVAL / INITIAL EVALUATION 3/4/27\n\nPatient seen for hand pain.')).toEqual([['cert.startDate', '3/4/27']]);
    expect(prose('DAILY NOTE 3/4/27\n\nPatient seen for hand pain.')).toEqual([]);
  });

  it('leaves a date whose words say nothing, and takes no date of a follow-up for the letter date', () => {
    expect(prose('Her MRI of 12/01/2025 showed a bulge. We will reassess on 04/01/2026.')).toEqual([]);
    expect(prose('We will check her labs at the next visit on 12/15/2026.')).toEqual([]);
    expect(prose('She was seen on 11/20/2026 for her knee.')).toEqual([['visit.date', '11/20/2026']]);
  });
});
