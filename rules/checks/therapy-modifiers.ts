import * as z from 'zod/mini';
import { outcomeFor } from '../outcome/check-support';
import { THERAPY_CODES } from '../codes/therapy-codes';
import { lineName, lineOutcome, noServiceLines, readServiceLineCodes, type ServiceLineCode } from '../reading/service-line-codes';
import { hasValue, type SnapshotFields } from '../reading/snapshot-fields';
import { defineCheck, type CheckOutcome } from './types';

const DISCIPLINES: Record<string, string> = { GP: 'physical therapy', GO: 'occupational therapy', GN: 'speech-language pathology' };

/**
 * Medicare therapy lines carry GP, GO or GN (the plan of care's discipline). Above the year's therapy
 * threshold they also need KX, but one page cannot show the year's spending, so a missing KX is "can't
 * tell" with the threshold explained, never a pass or a fail.
 */
export const therapyModifiers = defineCheck({
  options: z.object({
    payer: z.enum(['medicare']),
    kxThresholdUsd: z.optional(z.number().check(z.positive())),
  }),
  run(context, { kxThresholdUsd }) {
    const { fields, today } = context;
    const entries = readServiceLineCodes(fields);
    if (entries.length === 0) return [noServiceLines(context)];
    const named = entries.filter((entry) => entry.code !== null && THERAPY_CODES.medicareTherapy.has(entry.code));
    // A letter, note or plan names the codes it asks for; the discipline modifiers and KX go on the claim.
    const therapy = named.filter((entry) => entry.document === undefined);
    const inDocument = named.find((entry) => entry.document !== undefined);
    if (therapy.length === 0 && inDocument) {
      return [lineOutcome(inDocument, 'notApplicable', `The ${inDocument.document} names therapy codes; GP, GO or GN and KX go on the claim for them, not in the ${inDocument.document}`)];
    }
    if (therapy.length === 0) {
      return [{ status: 'notApplicable', concept: 'line.procedureCode', index: null, fieldKey: null,
        message: 'No Medicare therapy codes (PT, OT, speech) are billed here' }];
    }
    return [...therapy.map(disciplineOutcome), kxOutcome(fields, therapy, thresholdFor(therapy, today, kxThresholdUsd))];
  },
});

function disciplineOutcome(entry: ServiceLineCode): CheckOutcome {
  const name = lineName(entry);
  const found = entry.modifiers.filter((modifier) => modifier in DISCIPLINES);
  if (found.length === 0) {
    return lineOutcome(entry, 'fail', `${name} is a therapy code without GP, GO or GN; Medicare needs the modifier for the `
      + 'discipline whose plan of care it is under: GP physical therapy, GO occupational therapy, GN speech-language pathology');
  }
  if (found.length > 1) return lineOutcome(entry, 'fail', `${name} carries ${found.join(' and ')}; a therapy line takes one discipline modifier`);
  return lineOutcome(entry, 'pass', `${name} carries ${found[0]} (${DISCIPLINES[found[0]!]})`);
}

interface Threshold { usd: number; year: number | null; note: string }

function thresholdFor(lines: ServiceLineCode[], today: string, override: number | undefined): Threshold {
  const year = Number((lines.map((line) => line.date).filter((date): date is string => date !== null).sort().at(-1) ?? today).slice(0, 4));
  if (override !== undefined) return { usd: override, year: null, note: '' };
  const known = [...THERAPY_CODES.kxThresholds].sort((a, b) => a.year - b.year);
  const exact = known.find((entry) => entry.year === year);
  const used = exact ?? known.at(-1)!;
  const note = exact ? '' : ` (ClaimLint's latest amount, for ${used.year}; check the ${year} amount)`;
  return { usd: used.usd, year: used.year, note };
}

function kxOutcome(fields: SnapshotFields, therapy: ServiceLineCode[], threshold: Threshold): CheckOutcome {
  const withKx = therapy.filter((entry) => entry.modifiers.includes('KX'));
  const without = therapy.filter((entry) => !entry.modifiers.includes('KX'));
  const first = without[0] ?? therapy[0]!;
  const modifierField = fields.all('line.modifier', first.line)[0];
  const at = (status: CheckOutcome['status'], message: string) =>
    modifierField ? { ...outcomeFor(modifierField, status, message), index: first.line } : lineOutcome(first, status, message);
  const amount = `$${threshold.usd.toLocaleString('en-US')}${threshold.year ? ` in ${threshold.year}` : ''}${threshold.note}`;
  const buckets = 'physical therapy and speech-language pathology count together, occupational therapy separately';
  if (without.length === 0) {
    return at('pass', `KX is on every therapy line: it attests that therapy past the yearly threshold (${amount}) is `
      + 'medically necessary, so the note must document why continued therapy is needed');
  }
  const lines = (list: ServiceLineCode[]) => list.map((entry) => entry.line).join(', ');
  if (withKx.length > 0) {
    return at('cantTell', `KX is on service line ${lines(withKx)} but not ${lines(without)}; once the year's therapy passes `
      + `${amount}, every therapy line of that discipline needs KX (${buckets})`);
  }
  const charges = therapyCharges(fields, therapy);
  const shown = charges === null ? '' : ` This claim's therapy charges are $${charges.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}; earlier claims this year count too.`;
  return at('cantTell', 'No therapy line carries KX. ClaimLint cannot see the patient\'s therapy spending for the year from one claim: '
    + `once it passes ${amount} (${buckets}), add KX to each therapy line and document in the note why continued therapy `
    + `is medically necessary.${shown}`);
}

function therapyCharges(fields: SnapshotFields, therapy: ServiceLineCode[]): number | null {
  const amounts = therapy.flatMap((entry) => fields.all('line.charges', entry.line).filter(hasValue)
    .map((field) => Number(field.value.replace(/[$,\s]/g, ''))).filter(Number.isFinite));
  return amounts.length > 0 ? amounts.reduce((a, b) => a + b, 0) : null;
}
