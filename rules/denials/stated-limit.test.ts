import { describe, expect, it } from 'vitest';
import { statedAppealLimit } from './stated-limit';

describe('statedAppealLimit: the appeal limit a denial notice states', () => {
  it.each([
    ['Appeals must be received within 60 days of the date of this notice.', 60, '2026-12-01'],
    ['You have 180 days from the date of this letter to request an appeal.', 180, '2027-03-31'],
    ['To request a reconsideration, write to us within sixty (60) calendar days.', 60, '2026-12-01'],
    ['If you disagree, you may file an appeal no later than 120 days after you receive this notice.', 120, '2027-01-30'],
  ])('%j', (note, days, due) => {
    expect(statedAppealLimit([note], '2026-10-02')).toEqual({ words: note, days, due });
  });

  it('keeps the words but computes no date from business days, or without the notice date', () => {
    expect(statedAppealLimit(['Submit your appeal within 30 business days.'], '2026-10-02')).toEqual({ words: 'Submit your appeal within 30 business days.' });
    expect(statedAppealLimit(['Appeals must be filed within 60 days.'], undefined)).toEqual({ words: 'Appeals must be filed within 60 days.', days: 60 });
  });

  it('reads nothing from a count that is not about an appeal, or from no notes', () => {
    expect(statedAppealLimit(['Claim must be filed within 90 days of the date of service.'], '2026-10-02')).toBeUndefined();
    expect(statedAppealLimit(['Payment will be issued within 30 days.'], '2026-10-02')).toBeUndefined();
    expect(statedAppealLimit([], '2026-10-02')).toBeUndefined();
  });

  it('takes a typed "Appeal by" date as it is', () => {
    expect(statedAppealLimit(['Appeals must be received within 60 days.'], '2026-10-02', '2026-11-15')).toEqual({ words: 'Appeal by 2026-11-15', due: '2026-11-15' });
  });
});
