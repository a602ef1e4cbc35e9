import * as z from 'zod/mini';
import { outcomeFor } from '../outcome/check-support';
import { readConceptDate, readDateSpan } from '../reading/date-fields';
import { daysBetween } from '../reading/dates';
import { hasValue, type SnapshotFields } from '../reading/snapshot-fields';
import type { Field } from '../schema';
import { defineCheck, type CheckContext, type CheckOutcome } from './types';

/** How long before its period a recertification is typically signed (the prior period's last weeks). */
const RECERT_SIGNED_BEFORE_DAYS = 45;

interface Start { date: string; field: Field; what: string }

/**
 * A plan of care is recertified at least every `maxDays` days (Medicare: 90, 42 CFR 424.24(c); CMS 100-02 ch. 15
 * §220.1.3), counted from the start of the CURRENT certification: the latest recertification or certification
 * period shown that began on or before the date of service, not the start of care. With only the start of care
 * shown, a date of service past `maxDays` may be under a recertification the page does not show: "can't tell".
 * A recertification period also needs the physician's/NPP's signature and date (the 2025 order-on-file rule
 * covers the initial certification only).
 */
export const recertificationInterval = defineCheck({
  options: z.object({ maxDays: z.number().check(z.int(), z.gte(1)) }),
  run(context, { maxDays }) {
    const { fields, where } = context;
    const served = latestDateOfService(fields);
    if (!served) {
      return [{ status: 'cantTell', concept: 'visit.date', index: null, fieldKey: null,
        message: `ClaimLint could not find a date of service ${where.inIt} to measure the plan's certification against` }];
    }
    const startOfCare = readConceptDate(fields, ['cert.startDate']);
    const careStart = startOfCare.state === 'read' ? startOfCare.span.from : null;
    const starts = certificationStarts(fields).filter((start) => start.date <= served.date);
    const current = starts.sort((a, b) => a.date.localeCompare(b.date)).at(-1);
    if (!current) return [fromStartOfCare(context, startOfCare.state === 'read' ? startOfCare.field : null, careStart, served, maxDays)];

    const days = daysBetween(current.date, served.date);
    const story = `The date of service ${served.date} is ${days} days after ${current.what} began (${current.date})`;
    const interval = days > maxDays
      ? outcomeFor(current.field, 'fail', `${story}; the plan must be recertified at least every ${maxDays} days, so a recertification is needed (or a date is wrong)`)
      : outcomeFor(current.field, 'pass', `${story}, within the ${maxDays} days a certification covers`);
    const isRecertification = current.what.startsWith('the recertification') || (careStart !== null && current.date > careStart);
    return isRecertification ? [interval, recertificationSigned(context, current)] : [interval];
  },
});

function certificationStarts(fields: SnapshotFields): Start[] {
  const starts: Start[] = [];
  const period = readConceptDate(fields, ['cert.period']);
  if (period.state === 'read') starts.push({ date: period.span.from, field: period.field, what: 'the certification period' });
  for (const field of fields.all('cert.recertDate').filter(hasValue)) {
    const span = readDateSpan(field.value);
    if (span) starts.push({ date: span.from, field, what: 'the recertification' });
  }
  return starts;
}

function latestDateOfService(fields: SnapshotFields): { date: string } | null {
  const dates = ['line.dateFrom', 'line.dateTo', 'visit.date'] as const;
  const read = dates.flatMap((concept) => fields.all(concept)).filter(hasValue)
    .map((field) => readDateSpan(field.value)?.to).filter((date): date is string => date !== undefined).sort();
  return read.length > 0 ? { date: read.at(-1)! } : null;
}

function fromStartOfCare(context: CheckContext, field: Field | null, careStart: string | null, served: { date: string }, maxDays: number): CheckOutcome {
  if (!field || careStart === null || careStart > served.date) {
    return { status: 'cantTell', concept: 'cert.period', index: null, fieldKey: null,
      message: `ClaimLint could not find the certification period or the start of care ${context.where.inIt}, so it can't tell whether the plan needed recertifying by ${served.date}` };
  }
  const days = daysBetween(careStart, served.date);
  if (days <= maxDays) {
    return outcomeFor(field, 'pass', `The date of service ${served.date} is ${days} days after the start of care (${careStart}); no recertification is due within the first ${maxDays} days`);
  }
  return outcomeFor(field, 'cantTell', `The date of service ${served.date} is ${days} days after the start of care (${careStart}), and ${context.where.it.toLowerCase()} shows no later `
    + `certification period or recertification; the plan must be recertified at least every ${maxDays} days, so check that it was`);
}

function recertificationSigned(context: CheckContext, current: Start): CheckOutcome {
  if (current.what.startsWith('the recertification')) {
    return outcomeFor(current.field, 'pass', `The recertification is dated ${current.date}; it needs the physician's or NPP's signature, as the initial certification did before 2025`);
  }
  // A "certified on" date close to the period's start is the recertification's signature, not the first plan's.
  const signed = readConceptDate(context.fields, ['cert.signatureDate']);
  if (signed.state === 'read' && daysBetween(signed.span.from, current.date) <= RECERT_SIGNED_BEFORE_DAYS) {
    return outcomeFor(signed.field, 'pass', `The certification period beginning ${current.date} is a recertification, certified on ${signed.span.from}`);
  }
  const recertified = readConceptDate(context.fields, ['cert.recertDate']);
  if (recertified.state === 'read' && daysBetween(recertified.span.from, current.date) <= RECERT_SIGNED_BEFORE_DAYS) {
    return outcomeFor(recertified.field, 'pass', `The certification period beginning ${current.date} is a recertification, recertified on ${recertified.span.from}`);
  }
  const box = recertified.state === 'empty' ? recertified.field : undefined;
  const need = 'a recertification needs the physician\'s or NPP\'s signature and date (since 2025 an order on file stands in for the signature on the initial plan only)';
  if (box) return { ...outcomeFor(box, 'fail', `The certification period beginning ${current.date} is a recertification, but it has no date of recertification; ${need}`), problem: 'missing' };
  return { ...outcomeFor(current.field, 'cantTell', `The certification period beginning ${current.date} is a recertification; ${context.where.it.toLowerCase()} does not show when the physician or NPP signed it, and ${need}`) };
}
