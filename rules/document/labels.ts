/**
 * "Label: value" pairs inside a letter or note: "DOB: 03/30/1986", "Member ID XYZ123", "NPI: 1234567893", and the
 * parts of a "RE:" line ("RE: Jane Doe, DOB 03/30/1986, Member ID XYZ123"). Labels are data; each says what
 * kind of value follows it, so "DOB" takes a date and "Member ID" an identifier.
 */
import type { ConceptKey } from '../concepts';
import { parseDate } from '../reading/dates';
import { personName } from './name-line';
import { NOT_SIGNED_WORDS } from './signature';
import { FULL_DATE, SPACES, trimEndOf } from './text-spans';
import type { TextSpan } from './types';

type ValueKind = 'date' | 'period' | 'period-within' | 'id' | 'npi' | 'name' | 'person' | 'insurer' | 'text';

interface Label {
  concept: ConceptKey;
  pattern: string;
  value: ValueKind;
  /** Only at the start of a line, with a colon: "Date:", "To:", "Patient:" are too common in prose otherwise. */
  lineStart?: boolean;
}

// What follows a bare "Start" / "End" label for it to be a session time: a colon and a clock time.
const CLOCK_AFTER_COLON = String.raw`[*_]*\s*:[*_]*\s*\d{1,2}:\d{2}`;
// A numeric date ahead: "11/10/2026", "2026-11-10".
const DATE_AHEAD = String.raw`(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})`;
// Words that name an insurer or a plan type, so "Plan: …" names the payer and not the plan of treatment. Narrower
// than addressee.ts's PAYER_WORDS on purpose: that list also takes "health", "claims", "benefits", "appeals" — words a
// SOAP note's plan uses ("Plan: monitor health status").
const INSURER_WORDS = /(?:medicare|medicaid|healthcare|insurance|blue ?cross|blue ?shield|\bbcbs\b|aetna|cigna|humana|unitedhealth|\buhc\b|anthem|kaiser|tricare|champva|molina|wellcare|ambetter|\boscar\b|regence|premera|\bmoda\b|optum|highmark|amerigroup|caresource|\b(?:ppo|hmo|epo)\b|\badvantage\b|workers'? ?comp|\bpip\b)/i;

const LABELS: readonly Label[] = [
  { concept: 'patient.dob', pattern: String.raw`date of birth|birth ?date|D\.?O\.?B\.?|born(?: on)?`, value: 'date' },
  { concept: 'visit.date', pattern: String.raw`date of (?:service|visit|session|encounter|treatment)|DOS|(?:service|visit|session|encounter|treatment) date`, value: 'date' },
  // "Visit: 11/28/2026" at the start of a line or a column; "Next visit:" is not this visit ("next" precedes it).
  { concept: 'visit.date', pattern: String.raw`visit|session|encounter|appointment|DOV`, value: 'date', lineStart: true },
  // A session note's clock times ("Start time: 9:00 AM"), which time-based psychotherapy codes are judged by.
  // A bare "Start:" / "End:" only before a clock time ("Start: 4:02 PM"): "Start of care:" and "End date:" are not.
  { concept: 'visit.startTime', pattern: String.raw`(?:session )?(?:start|begin) time|time in|session start(?:ed)?|(?:start|begin)(?=${CLOCK_AFTER_COLON})`, value: 'text', lineStart: true },
  { concept: 'visit.endTime', pattern: String.raw`(?:session )?(?:end|stop|finish) time|time out|session end(?:ed)?|(?:end|stop)(?=${CLOCK_AFTER_COLON})`, value: 'text', lineStart: true },
  { concept: 'claim.onsetDate', pattern: String.raw`date of (?:injury|onset|accident)|(?:onset|injury|accident) date|DOI|onset`, value: 'date' },
  { concept: 'cert.period', pattern: String.raw`cert(?:ification)? period|(?:plan of care|POC|plan) period|certification dates|authori[sz]ation period|requested (?:dates?|period|dates of service)|dates? requested|dates of service requested`, value: 'period' },
  // "Requested services: 97124, 2 units, 12 visits, 11/25/2026 – 02/15/2027": the dates asked for end the line.
  { concept: 'cert.period', pattern: String.raw`requested (?:services?|treatment|visits)|services requested`, value: 'period-within' },
  { concept: 'cert.startDate', pattern: String.raw`start of care|SOC(?: date)?|(?:initial )?eval(?:uation)? date|date of (?:initial )?eval(?:uation)?|start date`, value: 'date' },
  // Since 2025 an order on file plus the plan sent within 30 days certifies the initial plan; a recertification is signed.
  { concept: 'cert.sentDate', pattern: String.raw`(?:plan of care|POC|plan|care plan) (?:sent|faxed|transmitted|e-?faxed)(?: to (?:the )?(?:physician|MD|doctor|referring (?:physician|provider)|ordering (?:physician|provider)|NPP))?(?: on)?|date (?:plan |POC )?(?:sent|faxed) to (?:the )?(?:physician|MD|referring (?:physician|provider))`, value: 'date' },
  { concept: 'cert.recertDate', pattern: String.raw`recertified(?: on)?|date recertified|recertification (?:signed |signature )?date|recert(?:ification)? signed(?: on)?`, value: 'date' },
  { concept: 'order.date', pattern: String.raw`(?:referral|order|prescription|Rx) date|date of (?:referral|order|prescription)|date ordered|date referred`, value: 'date' },
  { concept: 'provider.signatureDate', pattern: String.raw`date signed|signature date|date of signature|signed on`, value: 'date' },
  // "Jo Ortiz, OTR/L   NPI 1093817283   Signed 11/10/2026": "signed" before a date, mid-line, is the writer signing.
  { concept: 'provider.signature', pattern: String.raw`(?:electronically |digitally |e-)?signed(?=\s{1,3}${DATE_AHEAD})`, value: 'text' },
  // "Plan date:", "Date of report:": the document's own date, which is not a letter's date.
  { concept: 'doc.date', pattern: String.raw`(?:plan|note|report|progress report|document|treatment plan|plan of care|POC) date|date of (?:plan|note|report|this (?:plan|note|report))`, value: 'date' },
  { concept: 'lmn.date', pattern: String.raw`date of (?:the |this )?letter|(?:letter )?date[d]?`, value: 'date', lineStart: true },
  // "Member ID", "FSA Participant ID", "HSA account 6620-4471-09", "ID# A12": a bare "ID" only where no other
  // identifier is named, and never a state and ZIP code ("Boise, ID 83706").
  { concept: 'patient.memberId', pattern: String.raw`(?:member(?:ship)?|subscriber|participant|enrollee|insured(?:[’']s)?|policy(?:holder)?|insurance|plan|health plan|medicaid|medicare|recipient|beneficiary|(?:HSA|FSA|HRA)(?: participant| account| member)?)\s*(?:ID|I\.D\.|#|number|no\.?)(?:\s*(?:#|number|no\.?))?|(?:HSA|FSA|HRA)\s+account|MBI|ID\s*(?:#|number|no\.?)|member(?=\s+[A-Z]{0,4}\d{5,}(?![\w-]))|(?<!\b(?:tax|provider|employer|employee|federal|claim|TIN|EIN|group|NPI|DEA|license|patient|client|chart|account|record|visit|encounter|order|case|reference|payer|clinic)\s{1,3})ID(?!\s+\d{5}(?:-\d{4})?(?![\w-]))(?=\s*[:#]?\s*[A-Z0-9-]*\d)`, value: 'id' },
  // "L&I claim #: BK73021", "WC claim no. 44-1907": a workers' comp or auto claim's number is what the payer knows the
  // patient by (there is no member ID); a professional claim's own number ("Claim #") is not.
  { concept: 'patient.memberId', pattern: String.raw`(?:L&I|L\s*&\s*I|WC|workers'? ?comp(?:ensation)?|work comp|PIP|auto|no-fault)\s+claim\s*(?:#|number|no\.?)`, value: 'id' },
  // "Patient ID", "Chart #", "MRN": the practice's own number for the patient, not the insurer's member ID.
  { concept: 'patient.accountNumber', pattern: String.raw`(?:patient|client|chart|account|acct\.?)\s*(?:ID|I\.D\.|#|number|no\.?)|MRN|medical record\s*(?:number|#|no\.?)`, value: 'id' },
  { concept: 'insured.groupNumber', pattern: String.raw`group\s*(?:#|number|no\.?|ID)`, value: 'id' },
  { concept: 'claim.priorAuthNumber', pattern: String.raw`(?:prior\s+)?auth(?:ori[sz]ation)?\s*(?:#|number|no\.?)|PA\s*(?:#|number)|reference\s*(?:#|number|no\.?)`, value: 'id' },
  // The physician who referred or ordered the care, and that physician's NPI: not the writer's.
  { concept: 'referring.npi', pattern: String.raw`(?:referring|ordering)(?: (?:physician|provider|doctor|practitioner))?(?:[’']s)? NPI(?:\s*(?:#|number|no\.?))?`, value: 'npi' },
  // A workers' comp form's "Attending provider" is the physician who directs the worker's care and orders therapy.
  { concept: 'referring.name', pattern: String.raw`(?:referring|ordering|attending) (?:physician|provider|doctor|practitioner|MD)(?: name)?|referred by|referral source|PCP`, value: 'name', lineStart: true },
  { concept: 'provider.npi', pattern: String.raw`NPI(?:\s*(?:#|number|no\.?))?|national provider identifier`, value: 'npi' },
  { concept: 'provider.license', pattern: String.raw`(?:(?:state|professional|[A-Z]{2})\s+)?licen[sc]e(?:\s*(?:#|number|no\.?))?|lic\.?\s*(?:#|no\.?)?`, value: 'id' },
  { concept: 'patient.name', pattern: String.raw`patient(?:[’']s)? name|name of patient|client(?:[’']s)? name|member name|(?:injured )?worker(?:[’']s)? name|child(?:[’']s)? name|student(?:[’']s)? name|patient|client|name`, value: 'name', lineStart: true },
  // "Pt: Delgado, Ramon": the abbreviation also means physical therapy, so only a person's name follows it; the
  // same for the insurer's words for the patient ("Member: Priya Shah"), which also head IDs and plan names.
  // A workers' comp form's "Worker:", a pediatric letter's "Child:", a school's "Student:" name the patient too.
  { concept: 'patient.name', pattern: String.raw`pt(?: name)?|member|beneficiary|enrollee|insured|subscriber|claimant|employee|(?:injured )?worker|child|student`, value: 'person', lineStart: true },
  { concept: 'payer.name', pattern: String.raw`insurance(?: company| carrier| plan)?|ins|payer|health plan|plan name|insurer|carrier|(?:HSA|FSA|HRA|plan|benefits?) administrator|TPA|to`, value: 'text', lineStart: true },
  // "Plan: UnitedHealthcare Medicare Advantage (PPO)", "Primary: Medicare Part B": these words also head a SOAP
  // note's plan ("Plan: continue POC"), so only a value naming an insurer or a plan type is the payer.
  { concept: 'payer.name', pattern: String.raw`plan|primary|coverage`, value: 'insurer', lineStart: true },
  // Before the provider's name: "Therapist signature:" is a signature, not a therapist.
  { concept: 'provider.signature', pattern: String.raw`(?:(?:requesting|treating|rendering) )?(?:provider|clinician|therapist|physician|practitioner|counselor)(?:[’']s)? signature`, value: 'text', lineStart: true },
  { concept: 'provider.name', pattern: String.raw`(?:treating |rendering |requesting |physical |occupational |speech |massage )?(?:provider|therapist|clinician|practitioner|counselor|ther)(?: name)?`, value: 'name', lineStart: true },
  { concept: 'provider.credentials', pattern: String.raw`credentials?`, value: 'text', lineStart: true },
  { concept: 'provider.signature', pattern: String.raw`signature|signed(?: by)?|electronically signed(?: by)?`, value: 'text', lineStart: true },
];

// One alternation, longest names first within each label; the group number says which label matched.
const ANY_LABEL = new RegExp(LABELS.map((label) => String.raw`(?<![\w/])(${label.pattern})(?![\w])`).join('|'), 'gi');
// A label that names one field whole ("Health plan", "Member name"), not a section of prose. "Plan" alone is left
// out: it names the payer only before an insurer's name, and a SOAP note's plan otherwise.
const FIELD_LABEL = new RegExp(`^(?:${LABELS.filter((label) => label.value !== 'insurer').map((label) => label.pattern).join('|')})$`, 'i');

/** True when the words before a colon or dot leader are the label of one field (a payer, a name, an ID). */
export function namesAField(label: string): boolean {
  return FIELD_LABEL.test(label.trim());
}

// "**DOB:** 1991-05-02": Markdown emphasis may wrap a label and its colon.
// A printed form's dot leader ("Member ID ........ W1234") does a colon's work.
const SEPARATOR = /[*_]*\s*(?:(?:\.{3,}|…+)\s*:?|:|#|=|-(?=\s)|is\b|of\b)?[*_]*\s*/iy;
const COLON_OR_LEADER = /:|\.{3}|…/;
// What may stand before a label at the start of its line: indentation, Markdown quote, list and emphasis marks.
const LEAD = /^[\s*_>#-]*/;
const DATE_AT_START = new RegExp(`^${FULL_DATE}`, 'i');
const PERIOD_AT_START = new RegExp(String.raw`^${FULL_DATE}\s*(?:-|–|—|to|through|thru)\s*${FULL_DATE}`, 'i');
/**
 * The dates a section asks for when its heading names a requested or certified period ("**Requested services:**"
 * over "97124, 12 visits, 11/25/2026 – 02/15/2027"): the label and its value sit in two blocks there.
 */
export function periodUnderHeading(heading: string, blockText: string): { value: string; start: number } | null {
  if (!PERIOD_HEADING.test(heading)) return null;
  const period = PERIOD_WITHIN.exec(blockText);
  return period ? { value: period[0], start: period.index } : null;
}
const PERIOD_HEADING = /^(?:requested (?:services?|treatment|visits|dates?|period|dates of service)|services requested|dates? requested|dates of service requested|authori[sz]ation period|cert(?:ification)? period|(?:plan of care|POC) period)$/i;
const PERIOD_WITHIN = new RegExp(String.raw`${FULL_DATE}\s*(?:-|–|—|to|through|thru)\s*${FULL_DATE}`, 'i');

export interface LabelledValue {
  concept: ConceptKey;
  value: string;
  /** Where the label starts (for the evidence) and where the value is. */
  labelStart: number;
  valueSpan: TextSpan;
  /** True when the label stands at the start of its line, followed by a colon. */
  atLineStart: boolean;
  /** How sure a value is when no label names it outright (an insurer read from beside a member ID). */
  confidence?: number;
}

/**
 * The labelled values in one line of text (`from`..`to` in `text`). A value runs to the next label or the end of
 * the line and is cut to what its kind allows: a date, an identifier, a name.
 */
export function labelledValues(text: string, from: number, to: number): LabelledValue[] {
  const line = text.slice(from, to);
  const hits = labelsIn(line);
  const values: LabelledValue[] = [];
  // "Referring physician: Dr. Lee   NPI: 1234567893": an NPI after a referring physician on one line is theirs.
  let referring = false;
  hits.forEach(({ labelStart, valueStart, label, atLineStart }, i) => {
    if (label.concept === 'referring.name') referring = true;
    // A label without ":" mid-sentence must be followed by its value right away ("DOB 03/30/1986").
    const valueEnd = hits[i + 1]?.labelStart ?? line.length;
    const raw = line.slice(valueStart, Math.max(valueStart, valueEnd));
    const cut = cutValue(raw, label.value);
    if (!cut) return;
    // "Signature: pending", "Signed: no": a signature line that says it is not signed.
    if (label.concept === 'provider.signature' && NOT_SIGNED.test(cut.value)) return;
    // "(Aetna member W229018374)", "her Blue Cross member ID XKG…": the insurer named just before its member ID.
    const insurer = label.concept === 'patient.memberId'
      ? insurerBefore(line.slice(0, labelStart)) ?? insurerAfter(line, valueStart + cut.start + cut.value.length)
      : null;
    if (insurer) {
      values.push({ concept: 'payer.name', value: insurer.value, labelStart: insurer.start, valueSpan: { start: from + insurer.start, end: from + insurer.start + insurer.value.length }, atLineStart: false, confidence: INSURER_BESIDE_ID });
    }
    values.push({
      concept: referring && label.concept === 'provider.npi' ? 'referring.npi' : label.concept,
      value: cut.value,
      labelStart: from + labelStart,
      valueSpan: { start: from + valueStart + cut.start, end: from + valueStart + cut.start + cut.value.length },
      atLineStart,
    });
  });
  return values;
}

// Below a payer read from a label, an addressee or a letterhead: the words before an ID may be a short form of the
// insurer's name ("Molina ID:" under "Molina Healthcare of Washington").
const INSURER_BESIDE_ID = 0.6;
const MAX_NAME_BEFORE = 100;
// The capitalised words that end just before a label ("Blue Cross Blue Shield of Montana "), joined by "of", "and", "&".
const NAME_BEFORE = /(?:\p{Lu}[\p{L}&'’.-]*\s+(?:(?:of|and|&)\s+)?){0,6}\p{Lu}[\p{L}&'’.-]*\s*$/u;

/** An insurer's name right before a label ("Aetna member …"), from its first insurer word on; null otherwise. */
function insurerBefore(line: string): { value: string; start: number } | null {
  // The last few words only: an insurer's name is short, and a hostile line of capitals stays linear.
  const offset = Math.max(0, line.length - MAX_NAME_BEFORE);
  const before = line.slice(offset);
  const run = NAME_BEFORE.exec(before);
  if (!run) return null;
  const words = run[0].trimEnd();
  const at = INSURER_WORDS.exec(words);
  if (!at) return null;
  // "Jo Ames Aetna": the insurer starts at its own word, not at the name before it.
  const wordStart = words.lastIndexOf(' ', at.index) + 1;
  return { value: words.slice(wordStart), start: offset + run.index + wordStart };
}

// "LM-2026-0448812 (Liberty Mutual, auto PIP)": a parenthesis right after the ID that names the insurer or the kind
// of plan; its first part is the insurer's name.
const PARENTHESIS_AFTER = /^\s*\(([^()]{2,80})\)/;

function insurerAfter(line: string, idEnd: number): { value: string; start: number } | null {
  const inside = PARENTHESIS_AFTER.exec(line.slice(idEnd));
  if (!inside || !INSURER_WORDS.test(inside[1]!)) return null;
  const name = inside[1]!.split(/\s*[,;]\s*/)[0]!.trim();
  if (!/^\p{Lu}/u.test(name) || /\d/.test(name)) return null;
  return { value: name, start: idEnd + inside[0].indexOf(name) };
}

interface LabelHit {
  label: Label;
  labelStart: number;
  valueStart: number;
  atLineStart: boolean;
}

/**
 * The labels in a line that label something. One that must start its line or column ("Pt:", "Date:") and does not
 * is a word of the value before it: "Ther: S. Whitcomb PT, DPT" runs on past "PT". Bounded work per label (no
 * slice of the rest of the line), so a hostile line of labels stays linear.
 */
function labelsIn(line: string): LabelHit[] {
  const lead = LEAD.exec(line)![0].length;
  return [...line.matchAll(ANY_LABEL)].map((match) => {
    const label = LABELS[match.slice(1).findIndex((group) => group !== undefined)]!;
    const afterLabel = match.index + match[0].length;
    SEPARATOR.lastIndex = afterLabel;
    const separator = SEPARATOR.exec(line)![0];
    const atLineStart = (match.index <= lead || startsCell(line.slice(Math.max(0, match.index - 3), match.index))) && COLON_OR_LEADER.test(separator);
    return { labelStart: match.index, valueStart: afterLabel + separator.length, label, atLineStart };
  }).filter((hit) => !hit.label.lineStart || hit.atLineStart);
}

// A label starts a column of its line when a gap of spaces, a tab or a bar stands before it (the last few
// characters): "Client: Jo Ames      DOB: 03/30/1986", "Payer: Aetna | Member #: W12".
function startsCell(before: string): boolean {
  return /(?:\s\s|\t|[|·•]\s?)$/.test(before);
}

const NAME_START = /^(?:(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:,?\s+\p{Lu}|\s*[(,]|$)/u;

const ADDRESS = /\b\d{1,6}\s+(?:[NSEW]\.?\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}\s+(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Way|Dr|Drive|Ln|Lane|Ct|Court|Pl|Place|Pkwy|Parkway|Hwy|Highway|ST|AVE|RD|BLVD|WAY|DR|LN)\b|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b/u;

const NOT_SIGNED = new RegExp(`^${NOT_SIGNED_WORDS}`, 'i');

function cutValue(raw: string, kind: ValueKind): { value: string; start: number } | null {
  if (kind === 'date') {
    const date = DATE_AT_START.exec(raw)?.[0];
    return date && parseDate(date.replace(/\./g, '/')) ? { value: date, start: 0 } : null;
  }
  if (kind === 'period') {
    const period = PERIOD_AT_START.exec(raw)?.[0];
    return period ? { value: period, start: 0 } : null;
  }
  if (kind === 'period-within') {
    const period = PERIOD_WITHIN.exec(raw);
    return period ? { value: period[0], start: period.index } : null;
  }
  if (kind === 'npi') {
    const npi = /^\d{10}(?!\d)/.exec(raw)?.[0];
    return npi ? { value: npi, start: 0 } : null;
  }
  if (kind === 'id') {
    // "XYZ123456", "OR MD12345", "PT-004512": a state or type prefix may stand before the number.
    const id = /^(?:[A-Z]{1,4}[\s#-]+)?[A-Z0-9][A-Z0-9-]{2,29}(?![\w-])/i.exec(raw)?.[0];
    return id && /\d/.test(id) ? { value: id, start: 0 } : null;
  }
  // A name or text runs to the end of its clause: "Jane Doe, DOB …" stops at the comma before the next label, and
  // at a gap of columns before a label ClaimLint does not know ("Worker name: Jo Ames      Job title: framer").
  const column = /\S(?: {3,}|\t)\S/.exec(raw);
  const value = trimEndOf(column ? raw.slice(0, column.index + 1) : raw, `${SPACES},;|·•(–—-`).trim();
  if (kind === 'person') return personName(value) === value ? { value, start: raw.indexOf(value) } : null;
  if (kind === 'insurer') {
    return value.length <= 80 && /^[A-Z0-9]/.test(value) && INSURER_WORDS.test(value) ? { value, start: raw.indexOf(value) } : null;
  }
  if (!value || value.length > 100 || /^_+$/.test(value)) return null;
  // "Patient: tolerated treatment well", "Patient: She reports less pain", "Client: 45 y/o female": a note's
  // sentence, not a name. A name opens with two capitalised words ("Jane Doe", "Doe, Jane", "JANE DOE") or is one.
  if (kind === 'name' && !NAME_START.test(value)) return null;
  // "Provider: Puget Work Rehab, 330 Pacific Ave, Everett WA 98201" is a clinic's address, not a person.
  if (kind === 'name' && ADDRESS.test(value)) return null;
  return { value, start: raw.indexOf(value) };
}

// "RE: Jane Doe, DOB 03/30/1986", "RE: First-level appeal — Jonah Whitfield, DOB …": the words before the first
// label name the patient when one stretch of them, between dashes, colons or semicolons, is a person's name.
const RE_LINE = /^\s*(?:re|regarding|subject|patient|client)\s*:\s*/i;
const STRETCH = /[^—–:;|()]+/g;
const ROLE_BEFORE_NAME = /^\s*(?:(?:my|our|the) )?(?:patient|client|member|insured|subscriber)\b,?\s*/i;

/** The patient's name at the head of a "RE:" line, when the words there look like a person's name. */
export function nameInReLine(text: string, from: number, to: number): { value: string; span: TextSpan; confidence: number } | null {
  const line = text.slice(from, to);
  const lead = RE_LINE.exec(line);
  if (!lead) return null;
  const rest = line.slice(lead[0].length);
  const firstLabel = labelsIn(rest)[0]?.labelStart ?? rest.length;
  const head = rest.slice(0, firstLabel).replace(/\s-\s/g, ' – ');
  // The stretch nearest the first label first: a subject comes before the name more often than after it.
  const stretches = [...head.matchAll(STRETCH)].reverse();
  for (const stretch of stretches) {
    // "Patient Hana Sato": a role word may stand before the name.
    const words = trimEndOf(stretch[0], `${SPACES},`).replace(ROLE_BEFORE_NAME, '');
    // "Jane Doe, claim 2026-1", "Doe, Jane", "acupuncture for Mei-Ling Zhang": the name may be the stretch, its
    // part before a comma, or its words after "for" or "of".
    // The last is a guess ("Treatment of Chronic Pain" has a name's shape), so it is less sure.
    const afterFor = words.split(/\s(?:for|of|regarding)\s/i).at(-1)!;
    const whole = personName(words, true) ?? personName(words.split(',')[0]!, true);
    const name = whole ?? personName(afterFor, true) ?? personName(afterFor.split(',')[0]!, true);
    if (!name) continue;
    const start = from + lead[0].length + stretch.index + stretch[0].lastIndexOf(name);
    return { value: name, span: { start, end: start + name.length }, confidence: whole ? 0.8 : 0.65 };
  }
  return null;
}

// "…for Rosalind Achebe-Thornton (date of birth 05/11/1953, …)", "my patient, Jo Ames, DOB 3/2/1950": the words right
// before a birth date in parentheses or after a comma name the patient, in prose with no label for the name.
const BIRTH_AFTER_NAME = /((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*)\s*[,(]\s*(?:DOB|D\.O\.B\.|date of birth|born)\b/gu;

/** The patient named just before a birth date in a sentence, when those words read as a person's name. */
export function nameBeforeBirthDate(text: string, from: number, to: number): { value: string; span: TextSpan } | null {
  for (const match of text.slice(from, to).matchAll(BIRTH_AFTER_NAME)) {
    const words = match[1]!;
    // "Mateo Ruiz" in "…patient Mateo Ruiz (DOB": try the last two to four capitalised words, longest first.
    const parts = words.split(/\s+/);
    for (let take = Math.min(parts.length, 4); take >= 2; take -= 1) {
      const name = personName(parts.slice(-take).join(' '));
      if (!name) continue;
      const start = from + match.index + words.lastIndexOf(name);
      return { value: name, span: { start, end: start + name.length } };
    }
  }
  return null;
}

