import * as z from 'zod/mini';
import { conceptTitle, outcomeFor, quoteValue } from '../outcome/check-support';
import type { ConceptKey } from '../concepts';
import { hasValue } from '../reading/snapshot-fields';
import { readCount, readVisitNumber } from '../reading/visit-number';
import type { Field } from '../schema';
import { defineCheck } from './types';

interface Limit { count: number; field: Field; what: string }

const LIMITS: { concept: ConceptKey; what: string }[] = [
  { concept: 'auth.visits', what: 'visits authorized' },
  { concept: 'order.visits', what: 'visits prescribed' },
];

/**
 * The visit documented must not be past the visits authorized or prescribed: "Visit 13 of 12", visit 9 with
 * 8 visits prescribed. With a count of visits allowed on the page and no visit number, "can't tell", never a
 * pass; with neither on the page there is nothing to compare, so the rule is not applicable (a page without an
 * authorization is not asked which visit it is on every visit).
 */
export const visitsAuthorized = defineCheck({
  options: z.object({}),
  run(context) {
    const { fields, where } = context;
    const limits: Limit[] = LIMITS.flatMap(({ concept, what }) => fields.all(concept).filter(hasValue).flatMap((field) => {
      const count = readCount(field.value);
      return count === null ? [] : [{ count, field, what: `${what} (${conceptTitle(concept)})` }];
    }));
    const numberField = fields.all('visit.number').find(hasValue);
    const visit = numberField ? readVisitNumber(numberField.value) : null;
    if (!numberField || !visit) {
      if (limits.length === 0 && !numberField) {
        return [{ status: 'notApplicable', concept: 'visit.number', index: null, fieldKey: null,
          message: `Nothing ${where.inIt} says which visit this is or how many visits were authorized or prescribed, so there is nothing to compare` }];
      }
      const why = numberField ? `ClaimLint can't read the visit number ${quoteValue(numberField.value)}` : `ClaimLint could not find which visit this is ("Visit 7 of 12") ${where.inIt}`;
      return [{ status: 'cantTell', concept: 'visit.number', index: null, fieldKey: numberField?.key ?? limits[0]?.field.key ?? null,
        message: `${why}, so it can't compare the visits used with the visits authorized or prescribed` }];
    }
    if (visit.of !== null) limits.push({ count: visit.of, field: numberField, what: `visits it is counted out of ("${numberField.value.trim()}")` });
    if (limits.length === 0) {
      return [outcomeFor(numberField, 'cantTell', `This is visit ${visit.visit}; ${where.it.toLowerCase()} does not show how many visits were authorized or prescribed to compare with`)];
    }
    const exceeded = limits.filter((limit) => visit.visit > limit.count).sort((a, b) => a.count - b.count)[0];
    if (exceeded) {
      return [{ ...outcomeFor(numberField, 'fail', `This is visit ${visit.visit}, but only ${exceeded.count} ${exceeded.what}; get more visits authorized or `
        + 'prescribed before treating further, or correct the visit count'), problem: 'inconsistent' }];
    }
    const tightest = [...limits].sort((a, b) => a.count - b.count)[0]!;
    return [outcomeFor(numberField, 'pass', `This is visit ${visit.visit} of ${tightest.count} ${tightest.what}`)];
  },
});
