import * as z from 'zod/mini';
import { conceptKeyOption, conceptTitle, emptyFieldMessage, notFound, outcomeFor, quoteValue } from '../outcome/check-support';
import { dateFieldName, readConceptDate, readDateSpan } from '../reading/date-fields';
import { daysBetween } from '../reading/dates';
import { hasValue } from '../reading/snapshot-fields';
import { defineCheck, type CheckOutcome } from './types';

/**
 * A document's date (certification signature, LMN, order) measured against a reference date (start of care,
 * dates of service; default the day of checking). Age = days from the document to the reference; it must be
 * at most maxDays and at least minDays (default 0: not dated after the reference). A negative minDays lets
 * the document follow the reference, e.g. a plan of care certified up to 30 days after the start of care.
 * Against several dates of service, every one must qualify.
 */
export const documentAge = defineCheck({
  options: z.object({
    date: z.array(conceptKeyOption).check(z.minLength(1)),
    relativeTo: z.optional(z.array(conceptKeyOption).check(z.minLength(1))),
    maxDays: z.number().check(z.int(), z.gte(0)),
    minDays: z.optional(z.number().check(z.int())),
    label: z.string().check(z.minLength(1)),
  }).check(z.refine((options) => (options.minDays ?? 0) <= options.maxDays, 'minDays must not be greater than maxDays')),
  run(context, { date, relativeTo, maxDays, minDays = 0, label }) {
    const { fields, today } = context;
    const doc = readConceptDate(fields, date);
    if (doc.state === 'absent') return [notFound(context, date[0]!, label)];
    if (doc.state === 'empty') return [outcomeFor(doc.field, 'fail', emptyFieldMessage(doc.field, `The ${label}`, dateFieldName(doc.field)))];
    if (doc.state === 'unreadable') {
      return [outcomeFor(doc.field, 'fail', `ClaimLint can't read the ${label} ${quoteValue(doc.field.value)}; write it like 03/02/2026`)];
    }
    const docDate = doc.span.from;
    const at = (status: CheckOutcome['status'], message: string) => [outcomeFor(doc.field, status, message)];

    let references: { name: string; date: string }[] = [{ name: 'today', date: today }];
    if (relativeTo) {
      const found = relativeTo.flatMap((concept) => fields.all(concept));
      const filled = found.filter(hasValue);
      const reference = conceptTitle(relativeTo[0]!);
      if (found.length === 0) {
        return at('cantTell', `ClaimLint could not find the ${reference} ${context.where.inIt} to measure the ${label} ${docDate} against`);
      }
      if (filled.length === 0) return [outcomeFor(found[0]!, 'fail', `${dateFieldName(found[0]!)} is empty, so the ${label} cannot be dated against it`)];
      references = [];
      for (const field of filled) {
        const span = readDateSpan(field.value);
        if (!span) return [outcomeFor(field, 'fail', `ClaimLint can't read the date ${quoteValue(field.value)} in ${dateFieldName(field)}`)];
        references.push({ name: dateFieldName(field), date: span.to });
      }
    }
    const ages = references.map((reference) => ({ ...reference, age: daysBetween(docDate, reference.date) }));
    const oldest = ages.reduce((a, b) => (b.age > a.age ? b : a));
    const youngest = ages.reduce((a, b) => (b.age < a.age ? b : a));
    // A date written another way ("March 3, 2024") is quoted as written, so the user finds it in the letter.
    const written = doc.field.value.trim();
    const shown = written === docDate || doc.span.isRange ? docDate : `${quoteValue(written)} (${docDate})`;
    const story = (r: { name: string; date: string; age: number }) => `The ${label} ${shown} is ${relation(r.age)} ${r.name} (${r.date})`;
    if (oldest.age > maxDays) {
      return at('fail', `${story(oldest)}; it must be at most ${maxDays} days before, so a newer one is needed (or a date is wrong)`);
    }
    if (youngest.age < minDays) {
      const rule = minDays > 0 ? `be at least ${minDays} days before` : minDays === 0 ? 'not be after it' : `be at most ${-minDays} days after`;
      return at('fail', `${story(youngest)}; it must ${rule}, so check the dates`);
    }
    const allowed = minDays < 0 ? `${-minDays} days after to ${maxDays} days before`
      : minDays === 0 ? `up to ${maxDays} days before` : `${minDays} to ${maxDays} days before`;
    const against = ages.length > 1 ? `; checked against ${ages.length} dates` : '';
    return at('pass', `${story(oldest)} (allowed: ${allowed}${against})`);
  },
});

function relation(age: number): string {
  if (age === 0) return 'the same day as';
  const days = `${Math.abs(age)} day${Math.abs(age) === 1 ? '' : 's'}`;
  return age > 0 ? `${days} before` : `${days} after`;
}
