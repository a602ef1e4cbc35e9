import { describe, expect, it } from 'vitest';
import type { Field } from '../schema';
import { contextOf, field } from '../testing/test-snapshot';
import { progressReportDue } from './progress-report-due';

const run = (fields: Field[]) => progressReportDue.run(contextOf(fields), { everyVisits: 10 });

describe('progress-report-due', () => {
  it('passes when the page documents progress toward the goals, whatever the visit', () => {
    expect(run([field('doc.progress', 'TUG 19 s -> 14 s; LTG 1 progressing'), field('visit.number', 'Visit 14 of 20')])).toEqual([
      expect.objectContaining({ status: 'pass', fieldKey: 'doc.progress' }),
    ]);
  });

  it('needs no report on visits 1 to 9 of the episode, or fewer than 10 treatment days since the last one', () => {
    expect(run([field('visit.number', 'Visit 7 of 12')])[0]).toMatchObject({
      status: 'pass', message: expect.stringMatching(/visit 7 of the episode; the first progress report is due by treatment day 10/),
    });
    expect(run([field('visit.number', '9')])[0]?.status).toBe('pass');
    expect(run([field('visit.sinceProgressReport', '8'), field('visit.number', '18')])[0]).toMatchObject({
      status: 'pass', fieldKey: 'visit.sinceProgressReport', message: expect.stringMatching(/^8 treatment days since the last progress report/),
    });
  });

  it('fails 10 or more treatment days since the last report with no progress documented, as missing', () => {
    expect(run([field('visit.sinceProgressReport', '10 visits'), field('doc.progress', '')])[0]).toMatchObject({
      status: 'fail', problem: 'missing', message: expect.stringMatching(/10 treatment days since the last progress report.*at least once every 10 treatment days/),
    });
  });

  it("can't tell on visit 10 or later when the page does not say when the last report was written", () => {
    expect(run([field('visit.number', 'visit #11')])[0]).toMatchObject({
      status: 'cantTell', message: expect.stringMatching(/^This is visit 11; a progress report is needed at least once every 10 treatment days/),
    });
  });

  it("can't tell without a visit count, or with one it cannot read, and never fails on a guess", () => {
    expect(run([])[0]).toMatchObject({ status: 'cantTell', message: expect.stringMatching(/could not find a visit count \("Visit 7 of 12"\) on this page/) });
    expect(run([field('visit.number', 'ten')])[0]).toMatchObject({ status: 'cantTell', message: expect.stringMatching(/can't read the visit count 'ten'/) });
    expect(run([field('doc.progress', '')])[0]?.status).toBe('cantTell');
  });
});
