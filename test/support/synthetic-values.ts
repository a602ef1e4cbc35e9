/**
 * A plausible, valid value for each concept, to fill a blank third-party form as a careful clinician or biller
 * would (test/support/real-gaps.ts). One generator per concept, never per page: the same concept gets the same
 * kind of value on every form. All values are invented (no patient, provider or plan is real). Dates count
 * back from the day the page is checked "as of", so they are recent whatever that day is.
 *
 * Each value says only what its own concept is for: the treatment plan names the treatment but not how often,
 * the diagnosis names the condition but no limitation, so a gap planted in one box is not quietly covered by
 * the words of another. `CARRIES` records which kinds of payer evidence (the text detectors' names) each value
 * states by design.
 */

/** Days before the "as of" day, per date concept: a visit three days ago, care started ten days ago, ... */
const DAYS_AGO: Record<string, number> = {
  'visit.date': 3,
  'line.dateFrom': 3,
  'line.dateTo': 3,
  'cert.startDate': 10,
  'auth.from': 10,
  'order.date': 12,
  'claim.onsetDate': 40,
  'claim.otherDate': 40,
  'cert.signatureDate': 8,
  'provider.signatureDate': 2,
  'lmn.date': 2,
  'patient.dob': 23_500,
};

/** Days after the "as of" day: windows that are still open. */
const DAYS_AHEAD: Record<string, number> = { 'auth.to': 50 };

const TEXT: Record<string, string> = {
  'patient.name': 'Dana Q. Sample',
  'patient.firstName': 'Dana',
  'patient.lastName': 'Sample',
  'patient.sex': 'F',
  'patient.accountNumber': 'ACCT-204518',
  'patient.memberId': 'XZQ123456789',
  'provider.name': 'Morgan Lee',
  'provider.credentials': 'PT, DPT',
  'provider.license': 'PT60123456',
  // Luhn-valid with the 80840 prefix, as every NPI must be.
  'provider.npi': '1234567893',
  'line.renderingNpi': '1234567893',
  'referring.npi': '1245319599',
  'referring.name': 'Casey Rivera, MD',
  'referring.qualifier': 'DK',
  'provider.taxId': '91-0000000',
  'insured.groupNumber': 'GRP-40021',
  'payer.name': 'Example Health Plan',
  'line.modifier': 'GP',
  'order.prescriber': 'Casey Rivera, MD',
  'order.visits': '12',
  'provider.signature': '/s/ Morgan Lee, PT, DPT',
  'visit.startTime': '09:00',
  'visit.endTime': '09:45',
  'visit.totalTimedMinutes': '45',
  'visit.totalTreatmentMinutes': '45',
  'line.minutes': '45',
  'line.units': '3',
  'line.charges': '120.00',
  'line.placeOfService': '11',
  'line.procedureCode': '97110',
  'line.diagnosisPointer': 'A',
  'claim.diagnosis': 'M54.50',
  'claim.icdIndicator': '0',
  'claim.accidentState': 'WA',
  'claim.priorAuthNumber': 'PA2026110417',
  'claim.resubmissionCode': '7',
  'claim.otherClaimNumber': 'CLM-7781-2026',
  'auth.visits': '12',
  'doc.diagnosisText': 'M54.50 Low back pain, unspecified',
  'doc.history': 'Low back pain began after lifting a box at work; no prior back surgery.',
  'doc.functionalLimitation': 'Unable to sit more than 20 minutes or lift more than 10 lb because of low back pain.',
  'doc.treatmentPlan': 'Therapeutic exercise (CPT 97110) and manual therapy.',
  'doc.frequencyDuration': '2x/week for 6 weeks',
  'doc.frequency': '2x/week',
  'doc.duration': '6 weeks',
  'doc.goals': 'Increase lumbar flexion from 30 to 60 degrees within 4 weeks.',
  'doc.shortTermGoals': 'Increase lumbar flexion from 30 to 60 degrees within 4 weeks.',
  'doc.longTermGoals': 'Sit for 60 minutes without pain, up from 20 minutes, within 8 weeks.',
  'doc.expectedOutcome': 'Good rehab potential: expected to return to full duty.',
  'doc.necessityStatement': 'Skilled physical therapy is medically necessary to restore lumbar motion and sitting tolerance',
  'doc.progress': 'Lumbar flexion improved from 30 to 45 degrees; sitting tolerance up from 20 to 40 minutes.',
  'doc.alternativesTried': 'Home exercise for 6 weeks without relief.',
};

/** The text detectors (rules/text) each value satisfies by design; a concept not listed satisfies none. */
export const CARRIES: Readonly<Record<string, readonly string[]>> = {
  'doc.functionalLimitation': ['functional-limitation'],
  'doc.frequencyDuration': ['frequency-duration'],
  'doc.goals': ['measurable-goals'],
  'doc.shortTermGoals': ['measurable-goals'],
  'doc.longTermGoals': ['measurable-goals'],
  'doc.expectedOutcome': ['expected-outcome'],
  'doc.necessityStatement': ['necessity-statement'],
  'doc.alternativesTried': ['alternatives-tried'],
};

/** A sentence stating each kind of evidence, for a form whose only box for it is another concept's text. */
export const EVIDENCE_TEXT: Readonly<Record<string, string>> = {
  'functional-limitation': TEXT['doc.functionalLimitation']!,
  'frequency-duration': `${TEXT['doc.frequencyDuration']!}.`,
  'measurable-goals': TEXT['doc.shortTermGoals']!,
  'expected-outcome': TEXT['doc.expectedOutcome']!,
  'necessity-statement': `${TEXT['doc.necessityStatement']!}.`,
  'alternatives-tried': TEXT['doc.alternativesTried']!,
};

/** How a date is typed into a control: ISO for <input type="date">, MM/DD/YYYY for text, as US forms show it. */
function formatDate(date: Date, control: Element): string {
  const iso = date.toISOString().slice(0, 10);
  if (control.getAttribute('type')?.toLowerCase() === 'date') return iso;
  const [year, month, day] = iso.split('-');
  return `${month}/${day}/${year}`;
}

/** The text to type for `concept` into `control`, as of `asOf`; null for a concept this generator has no value for. */
export function syntheticText(concept: string, control: Element, asOf: string): string | null {
  const day = 24 * 60 * 60 * 1000;
  const base = Date.parse(asOf);
  if (concept in DAYS_AGO) return formatDate(new Date(base - DAYS_AGO[concept]! * day), control);
  if (concept in DAYS_AHEAD) return formatDate(new Date(base + DAYS_AHEAD[concept]! * day), control);
  // A 90-day certification period that began with care.
  if (concept === 'cert.period') return `${formatDate(new Date(base - 10 * day), control)} to ${formatDate(new Date(base + 80 * day), control)}`;
  return TEXT[concept] ?? null;
}
