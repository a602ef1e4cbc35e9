import { describe, expect, it } from 'vitest';
import { readDocument } from './read-document';
import { startEndPeriods } from './start-end-period';

const values = (text: string) => startEndPeriods(text).map(({ value }) => value);

describe('startEndPeriods', () => {
  it('joins a start date and the end date beside it into one period, with dot leaders or colons', () => {
    expect(values('Start date ........ 03/02/2027     End date ....... 04/27/2027')).toEqual(['03/02/2027 – 04/27/2027']);
    expect(values('Service start date: 1/5/2027   Service end date: 3/30/2027')).toEqual(['1/5/2027 – 3/30/2027']);
    expect(values('Start: 2027-01-05 | End: 2027-03-30')).toEqual(['2027-01-05 – 2027-03-30']);
  });

  it('joins a start date and an end date on the next line', () => {
    expect(values('Start date: 01/04/2027\nEnd date: 03/29/2027\nVisits: 16')).toEqual(['01/04/2027 – 03/29/2027']);
  });

  it('takes no period from a start date alone, from a session\'s clock times, or from prose dates', () => {
    expect(values('Start date: 01/04/2027\nVisits: 16')).toEqual([]);
    expect(values('Start: 4:02 PM   End: 4:55 PM')).toEqual([]);
    expect(values('She had physical therapy from 01/05/2026 to 03/01/2026 without relief.')).toEqual([]);
    expect(values('Start date: 01/04/2027\nReferring physician: Dr. Lee\nEnd date: 03/29/2027')).toEqual([]);
  });
});

describe('a requested period read from a form filled as text', () => {
  it('answers the requested start and end with the pair of dates', () => {
    const form = 'PRIOR AUTHORIZATION REQUEST\nMember name ......... Ames, Jo\nCPT codes ........... 97110 x 8\nStart date .......... 03/02/2027     End date ...... 04/27/2027\n';
    const period = readDocument(form).components.find(({ concept }) => concept === 'cert.period');
    expect(period?.value).toBe('03/02/2027 – 04/27/2027');
  });
});

describe('a requested period over two lines of a form', () => {
  it('reads the start on one line and the end on the next', () => {
    const form = 'Member name: Ames, Jo\nStart date: 01/04/2027\nEnd date: 03/29/2027\nVisits requested: 16\n';
    expect(readDocument(form).components.find(({ concept }) => concept === 'cert.period')?.value).toBe('01/04/2027 – 03/29/2027');
  });
});
