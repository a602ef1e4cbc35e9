import * as z from 'zod/mini';
import { outcomeFor, quoteValue } from '../outcome/check-support';
import { hasValue } from '../reading/snapshot-fields';
import { readCount, readVisitNumber } from '../reading/visit-number';
import type { Field } from '../schema';
import { defineCheck, type CheckOutcome } from './types';

/**
 * A progress report at least once every `everyVisits` treatment days (Medicare: 10, CMS 100-02 ch. 15 §220.3.D).
 * Progress documented on the page passes. Otherwise the count decides: fewer treatment days than that since the
 * last report (or since the episode began, when only the visit number is shown) means none is due yet; that many
 * since the last report without one here is a gap; a visit number past it with no word on the last report, or no
 * count at all, is "can't tell" — never a fail on a guess.
 */
export const progressReportDue = defineCheck({
  options: z.object({ everyVisits: z.number().check(z.int(), z.gte(1)) }),
  run(context, { everyVisits }) {
    const { fields, where } = context;
    const progress = fields.all('doc.progress').find(hasValue);
    if (progress) return [outcomeFor(progress, 'pass', 'Progress toward the goals is documented here')];
    const every = `at least once every ${everyVisits} treatment days`;

    const since = fields.all('visit.sinceProgressReport').find(hasValue);
    const sinceCount = since ? readCount(since.value) : null;
    if (since && sinceCount !== null) return [bySinceCount(since, sinceCount, everyVisits, every)];

    const numberField = fields.all('visit.number').find(hasValue);
    const visit = numberField ? readVisitNumber(numberField.value) : null;
    if (numberField && visit) {
      if (visit.visit < everyVisits) {
        return [outcomeFor(numberField, 'pass', `This is visit ${visit.visit} of the episode; the first progress report is due by treatment day ${everyVisits}, so none is needed yet`)];
      }
      return [outcomeFor(numberField, 'cantTell', `This is visit ${visit.visit}; a progress report is needed ${every}, and ${where.it.toLowerCase()} shows neither progress toward the goals `
        + 'nor when the last report was written. Check that one was written within the last '
        + `${everyVisits} treatment days, or write it with this visit`)];
    }
    const unread = since ?? numberField;
    const why = unread ? `ClaimLint can't read the visit count ${quoteValue(unread.value)}` : `ClaimLint could not find a visit count ("Visit 7 of 12") ${where.inIt}`;
    return [{ status: 'cantTell', concept: 'visit.number', index: null, fieldKey: null,
      message: `${why}, so it can't tell whether a progress report is due (one is needed ${every})` }];
  },
});

function bySinceCount(since: Field, count: number, everyVisits: number, every: string): CheckOutcome {
  if (count < everyVisits) {
    return outcomeFor(since, 'pass', `${count} treatment day${count === 1 ? '' : 's'} since the last progress report; the next is due by treatment day ${everyVisits}`);
  }
  // The report is what is missing, not the count the finding points at.
  return { ...outcomeFor(since, 'fail', `${count} treatment days since the last progress report, and this visit documents no progress toward the goals; `
    + `a progress report is needed ${every}`), problem: 'missing' };
}
