import * as z from 'zod/mini';
import { conceptKeyOption, conceptTitle, outcomeFor, quoteValue } from '../outcome/check-support';
import type { ConceptKey } from '../concepts';
import { dateFieldName, readConceptDate, readDateSpan, type FieldDate } from '../reading/date-fields';
import { hasValue } from '../reading/snapshot-fields';
import { defineCheck, type CheckOutcome } from './types';
import type { SourceWords } from '../outcome/source-words';

/**
 * Every filled date of service must fall inside a window such as an authorization (auth.from-auth.to) or a
 * certification period (cert.period, read as "from - to"). One outcome per filled date.
 */
export const dateInRange = defineCheck({
  options: z.object({
    from: conceptKeyOption,
    to: conceptKeyOption,
    dates: z.array(conceptKeyOption).check(z.minLength(1)),
    label: z.string().check(z.minLength(1)),
    /**
     * A claim page rarely shows the authorization's dates: when neither end of the window is on the page the
     * rule can step aside ('notApplicable') instead of adding a can't-tell to every claim. Default 'cantTell'.
     */
    ifWindowAbsent: z.optional(z.enum(['cantTell', 'notApplicable'])),
  }),
  run(context, { from, to, dates, label, ifWindowAbsent }) {
    const { fields } = context;
    if (ifWindowAbsent === 'notApplicable' && !fields.has(from) && !fields.has(to)) {
      return [{ status: 'notApplicable', concept: from, index: null, fieldKey: null, message: `${context.where.it} does not show the ${label}` }];
    }
    const start = readConceptDate(fields, [from]);
    const end = readConceptDate(fields, [to], from === to ? 'last' : 'first');
    const problem = windowProblem(context.where, start, from, 'start', label) ?? windowProblem(context.where, end, to, 'end', label);
    if (problem) return [problem];
    // windowProblem returned null, so both were read; the compiler cannot see that.
    if (start.state !== 'read' || end.state !== 'read') return [];
    const window = { from: start.span.from, to: end.span.to };
    if (from === to && start.field === end.field && !start.span.isRange) {
      return [outcomeFor(start.field, 'fail', `The ${label} shows one date (${window.from}); enter it as a start and an end date`)];
    }
    if (window.to < window.from) {
      return [outcomeFor(end.field, 'fail', `The ${label} ends (${window.to}) before it starts (${window.from}); correct the dates`)];
    }
    const shown = `the ${label} (${window.from} to ${window.to})`;

    const found = dates.flatMap((concept) => fields.all(concept));
    if (found.length === 0) {
      return [{ status: 'cantTell', concept: dates[0]!, index: null, fieldKey: null,
        message: `ClaimLint could not find a date of service ${context.where.inIt} to compare with ${shown}` }];
    }
    const filled = found.filter(hasValue);
    if (filled.length === 0) return [outcomeFor(found[0]!, 'fail', `No date of service is filled in to compare with ${shown}`)];
    return filled.map((field): CheckOutcome => {
      const span = readDateSpan(field.value);
      const name = dateFieldName(field);
      if (!span) return outcomeFor(field, 'fail', `ClaimLint can't read the date ${quoteValue(field.value)} in ${name}; write it like 03/02/2026`);
      const when = span.isRange ? `${span.from} to ${span.to}` : span.from;
      if (span.from < window.from || span.to > window.to) {
        return outcomeFor(field, 'fail', `${name} (${when}) is outside ${shown}; correct the date or get the ${label} extended to cover it`);
      }
      return outcomeFor(field, 'pass', `${name} (${when}) is within ${shown}`);
    });
  },
});

function windowProblem(where: SourceWords, reading: FieldDate, concept: ConceptKey, side: string, label: string): CheckOutcome | null {
  const title = conceptTitle(concept);
  if (reading.state === 'absent') {
    return { status: 'cantTell', concept, index: null, fieldKey: null,
      message: `ClaimLint could not find the ${label} ${side} (${title}) ${where.inIt}, so it can't compare the dates of service` };
  }
  if (reading.state === 'empty') return outcomeFor(reading.field, 'fail', `The ${label} ${side} (${title}) is empty`);
  if (reading.state === 'unreadable') {
    return outcomeFor(reading.field, 'fail', `ClaimLint can't read the ${label} ${side} ${quoteValue(reading.field.value)}; write it like 03/02/2026`);
  }
  return null;
}
