import * as z from 'zod/mini';
import { outcomeFor } from '../outcome/check-support';
import { THERAPY_CODES } from '../codes/therapy-codes';
import { type BoxToChange, lineName, lineOutcome, lineOutcomeIn, noServiceLines, readServiceLineCodes, type ServiceLineCode } from '../reading/service-line-codes';
import { claimDateOfService } from '../reading/date-of-service';
import { hasValue, type SnapshotFields } from '../reading/snapshot-fields';
import { readTreatingClinicians, type Discipline, type TreatingClinician } from '../reading/therapy-discipline';
import type { Field } from '../schema';
import { defineCheck, type CheckContext, type CheckOutcome } from './types';

const DISCIPLINES: Record<string, string> = { GP: 'physical therapy', GO: 'occupational therapy', GN: 'speech-language pathology' };

/** Evaluation codes name their discipline, so they take that discipline's modifier and no other. */
const EVALUATION_DISCIPLINE: { from: number; to: number; modifier: string; what: string }[] = [
  { from: 97161, to: 97164, modifier: 'GP', what: 'a physical therapy evaluation' },
  { from: 97165, to: 97168, modifier: 'GO', what: 'an occupational therapy evaluation' },
  { from: 92521, to: 92524, modifier: 'GN', what: 'a speech-language evaluation' },
];
const MODIFIER_OF: Record<Discipline, string> = { PT: 'GP', OT: 'GO', SLP: 'GN' };
/** Above this amount a year (PT and SLP together, OT apart) claims may be chosen for targeted medical review. */
const MEDICAL_REVIEW_USD = 3000;

/**
 * Medicare therapy lines carry GP, GO or GN, the discipline of the plan of care they are under (CMS 100-04 ch. 5
 * §20.1): one of them, and the one an evaluation code or the treating clinician's credentials name. Past the
 * year's KX threshold they also need KX. Whether the year's therapy passed it shows only where the page gives the
 * amount so far this year; otherwise KX is "can't tell", and a year with no published threshold is never guessed.
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
    const treating = onlyDiscipline(readTreatingClinicians(fields));
    const year = serviceYear(fields, therapy, today);
    return [...therapy.map((entry) => disciplineOutcome(fields, entry, treating)), kxOutcome(context, therapy, thresholdFor(year, kxThresholdUsd))];
  },
});

/** The one discipline the page's clinicians name, or null when they name none or several. */
function onlyDiscipline(clinicians: TreatingClinician[]): { discipline: Discipline; credential: string } | null {
  const disciplines = new Set(clinicians.map((clinician) => clinician.discipline));
  return disciplines.size === 1 ? { discipline: clinicians[0]!.discipline, credential: clinicians[0]!.credential } : null;
}

function disciplineOutcome(fields: SnapshotFields, entry: ServiceLineCode, treating: { discipline: Discipline; credential: string } | null): CheckOutcome {
  const name = lineName(entry);
  // Each fail is fixed in a modifier box: the one to fill, or the one holding the modifier to change.
  const inModifier = (box: BoxToChange, message: string) => lineOutcomeIn(fields, entry, 'line.modifier', box, 'fail', message);
  const found = entry.modifiers.filter((modifier) => modifier in DISCIPLINES);
  if (found.length === 0) {
    return inModifier('empty', `${name} is a therapy code without GP, GO or GN; Medicare needs the modifier for the `
      + 'discipline whose plan of care it is under: GP physical therapy, GO occupational therapy, GN speech-language pathology');
  }
  if (found.length > 1) return inModifier({ holding: found[1]! }, `${name} carries ${found.join(' and ')}; a therapy line takes one discipline modifier`);
  const modifier = found[0]!;
  const evaluation = EVALUATION_DISCIPLINE.find((range) => Number(entry.code) >= range.from && Number(entry.code) <= range.to);
  if (evaluation && evaluation.modifier !== modifier) {
    return { ...inModifier({ holding: modifier }, `${name} is ${evaluation.what}, so it takes ${evaluation.modifier}, not ${modifier} (${DISCIPLINES[modifier]})`), problem: 'inconsistent' };
  }
  if (!evaluation && treating && MODIFIER_OF[treating.discipline] !== modifier) {
    const expected = MODIFIER_OF[treating.discipline];
    return { ...inModifier({ holding: modifier }, `${name} carries ${modifier} (${DISCIPLINES[modifier]}), but the treating clinician is named as ${treating.credential}, `
      + `whose discipline takes ${expected} (${DISCIPLINES[expected]}); the modifier names the plan of care the service is under`), problem: 'inconsistent' };
  }
  return lineOutcome(entry, 'pass', `${name} carries ${modifier} (${DISCIPLINES[modifier]})`);
}

interface Threshold { usd: number | null; year: number; basis: string }

/** The year of the latest service line date, else the visit date, else the day checked (said so). */
function serviceYear(fields: SnapshotFields, lines: ServiceLineCode[], today: string): { year: number; shown: boolean } {
  const lineDate = lines.map((line) => line.date).filter((date): date is string => date !== null).sort().at(-1);
  const service = lineDate ?? claimDateOfService(fields, today).date;
  return { year: Number(service.slice(0, 4)), shown: lineDate !== undefined || claimDateOfService(fields, today).source !== 'today' };
}

function thresholdFor({ year, shown }: { year: number; shown: boolean }, override: number | undefined): Threshold {
  const basis = shown ? '' : ' (no date of service found, so the year checked)';
  if (override !== undefined) return { usd: override, year, basis };
  const published = THERAPY_CODES.kxThresholds.find((entry) => entry.year === year);
  return { usd: published?.usd ?? null, year, basis };
}

const BUCKETS = 'physical therapy and speech-language pathology count together, occupational therapy separately';
const REVIEW = `above $${MEDICAL_REVIEW_USD.toLocaleString('en-US')} a year claims may be chosen for targeted medical review`;

function kxOutcome(context: CheckContext, therapy: ServiceLineCode[], threshold: Threshold): CheckOutcome {
  const { fields } = context;
  const withKx = therapy.filter((entry) => entry.modifiers.includes('KX'));
  const without = therapy.filter((entry) => !entry.modifiers.includes('KX'));
  const first = without[0] ?? therapy[0]!;
  const modifierField = fields.all('line.modifier', first.line)[0];
  const at = (status: CheckOutcome['status'], message: string) =>
    modifierField ? { ...outcomeFor(modifierField, status, message), index: first.line } : lineOutcome(first, status, message);
  if (threshold.usd === null) {
    return at('cantTell', `CMS has published no KX threshold for ${threshold.year}${threshold.basis} that ClaimLint knows, so it can't tell whether KX is `
      + `needed; check the ${threshold.year} amount (${BUCKETS}; ${REVIEW})`);
  }
  const amount = `${money(threshold.usd)} in ${threshold.year}${threshold.basis}`;
  const lines = (list: ServiceLineCode[]) => list.map((entry) => entry.line).join(', ');
  if (without.length === 0) {
    return at('pass', `KX is on every therapy line: it attests that therapy past the yearly threshold (${amount}) is `
      + `medically necessary, so the note must document why continued therapy is needed; ${REVIEW}`);
  }
  if (withKx.length > 0) {
    return at('cantTell', `KX is on service line ${lines(withKx)} but not ${lines(without)}; once the year's therapy passes `
      + `${amount}, every therapy line of that discipline needs KX (${BUCKETS})`);
  }
  const soFar = readYearToDate(fields);
  const charges = therapyCharges(fields, therapy);
  if (soFar.state === 'read') return byYearToDate(soFar, charges, threshold.usd, amount, at);
  const shown = charges === null ? '' : ` This claim's therapy charges are ${money(charges)}; earlier claims this year count too.`;
  return at('cantTell', `No therapy line carries KX, and ${context.where.it.toLowerCase()} does not show the patient's therapy amount so far this year: `
    + `once it passes ${amount} (${BUCKETS}), add KX to each therapy line and document in the note why continued therapy `
    + `is medically necessary; ${REVIEW}.${shown}`);
}

type YearToDate = { state: 'read'; usd: number; field: Field } | { state: 'none' };

function readYearToDate(fields: SnapshotFields): YearToDate {
  const field = fields.all('therapy.yearToDate').find(hasValue);
  const usd = field ? readMoney(field.value) : null;
  return field && usd !== null ? { state: 'read', usd, field } : { state: 'none' };
}

function byYearToDate(soFar: { usd: number; field: Field }, charges: number | null, threshold: number, amount: string,
  at: (status: CheckOutcome['status'], message: string) => CheckOutcome): CheckOutcome {
  const shown = `The patient's therapy this year is ${money(soFar.usd)}`;
  const review = soFar.usd > MEDICAL_REVIEW_USD ? `; it is past $${MEDICAL_REVIEW_USD.toLocaleString('en-US')}, so claims may be chosen for targeted medical review` : '';
  if (soFar.usd >= threshold) {
    return { ...outcomeFor(soFar.field, 'fail', `${shown}, past the KX threshold (${amount}), but no therapy line carries KX; add KX to each `
      + `therapy line of that discipline and document why continued therapy is medically necessary, or Medicare denies the lines${review}`), problem: 'inconsistent' };
  }
  if (charges !== null && soFar.usd + charges < threshold) {
    return outcomeFor(soFar.field, 'pass', `${shown}, and with this claim's ${money(charges)} it stays under the KX threshold (${amount}), so no KX is needed`);
  }
  return at('cantTell', `${shown}, under the KX threshold (${amount}); ${charges === null ? "this claim's charges are not shown, so" : `with this claim's ${money(charges)}`} `
    + 'it may pass the threshold: add KX to the lines past it');
}

// Made once: toLocaleString with options builds a formatter on every call (over a second per 10,000 claims).
const WHOLE_DOLLARS = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const DOLLARS_AND_CENTS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function money(usd: number): string {
  return `$${(Number.isInteger(usd) ? WHOLE_DOLLARS : DOLLARS_AND_CENTS).format(usd)}`;
}

function readMoney(text: string): number | null {
  const match = /^\s*\$?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d{1,2})?\s*(?:USD)?\s*$/i.exec(text);
  return match ? Number(`${match[1]!.replace(/,/g, '')}${match[2] ?? ''}`) : null;
}

function therapyCharges(fields: SnapshotFields, therapy: ServiceLineCode[]): number | null {
  const amounts = therapy.flatMap((entry) => fields.all('line.charges', entry.line).filter(hasValue)
    .map((field) => Number(field.value.replace(/[$,\s]/g, ''))).filter(Number.isFinite));
  return amounts.length > 0 ? amounts.reduce((a, b) => a + b, 0) : null;
}
