/**
 * Which values read from a claim identify the patient, decided by what each field is (its concept), never by
 * guessing from ClaimLint's own wording: a report withholds exactly these and keeps codes, modifiers, units,
 * dates of service and every word ClaimLint wrote.
 */

// Not identifiers on their own (HIPAA's list names neither sex nor a state), and a one- or two-letter value would
// withhold diagnosis pointer letters and state codes ClaimLint's messages need.
const NOT_IDENTIFYING = new Set(['patient.sex', 'patient.state']);

// A document's own date, frequency and duration are clinical facts a biller acts on, not the patient's words.
const DOCUMENT_FACTS = new Set(['doc.date', 'doc.frequency', 'doc.duration', 'doc.frequencyDuration']);

const CONTACT_WORDS = /(?:^|\.)(?:address|street|city|zip|postal|phone|email|ssn)/i;

/**
 * True when a value of this concept identifies the patient: the patient's name, date of birth, member ID and
 * account number (patient.*), the insured's (insured.*), any address or contact concept, the provider's tax ID
 * (box 25 holds an SSN for a sole practitioner), and the free text of notes and letters (doc.* narratives).
 */
export function identifiesPatient(concept: string): boolean {
  if (NOT_IDENTIFYING.has(concept) || DOCUMENT_FACTS.has(concept)) return false;
  return (
    concept.startsWith('patient.') ||
    concept.startsWith('insured.') ||
    concept.startsWith('doc.') ||
    concept === 'provider.taxId' ||
    CONTACT_WORDS.test(concept)
  );
}

/** The values of fields that identify no one, as withholdIdentifiers compares quotes with them (lower case, spaces collapsed). */
export function nonIdentifyingValues(fields: readonly { concept: string; value: string }[]): Set<string> {
  return new Set(fields.filter((field) => !identifiesPatient(field.concept) && field.value.trim()).map((field) => field.value.trim().toLowerCase().replace(/\s+/g, ' ')));
}

/** One identifying value as a report must not show it, with the other forms a message may quote it in. */
export interface PatientIdentifier {
  concept: string;
  value: string;
  /** The value and its other spellings (a date of birth as 1980-01-02 and 01/02/1980, a name's parts). */
  forms: string[];
  /** Free text: a quote in a message taken from anywhere inside it is withheld too. */
  freeText: boolean;
}

/** The identifying values among a snapshot's fields (empty values identify nobody). */
export function patientIdentifiers(fields: readonly { concept: string; value: string }[]): PatientIdentifier[] {
  const identifiers: PatientIdentifier[] = [];
  for (const { concept, value } of fields) {
    const trimmed = value.trim();
    if (!trimmed || !identifiesPatient(concept)) continue;
    identifiers.push({ concept, value: trimmed, forms: spellings(concept, trimmed), freeText: concept.startsWith('doc.') });
  }
  return identifiers;
}

function spellings(concept: string, value: string): string[] {
  const forms = new Set([value, value.replace(/\s+/g, ' ')]);
  // quoteValue shortens a long value to its first 37 characters and "...".
  if (value.length > 40) forms.add(value.slice(0, 37));
  for (const form of dateSpellings(value)) forms.add(form);
  if (/name/i.test(concept)) {
    for (const part of value.split(/[\s,]+/)) if (part.replace(/\W/g, '').length >= 2) forms.add(part.replace(/^\W+|\W+$/g, ''));
  }
  return [...forms].filter((form) => form.length > 0);
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A date's year, month and day from y-m-d, m/d/y, mmddyyyy, "March 5, 1984" or "5 March 1984"; null for anything else. */
function dateParts(value: string): [string, number, number] | null {
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value);
  if (iso) return [iso[1]!, Number(iso[2]), Number(iso[3])];
  const us = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/.exec(value);
  if (us) return [us[3]!, Number(us[1]), Number(us[2])];
  const digits = /^(\d{2})(\d{2})(\d{4})$/.exec(value);
  if (digits) return [digits[3]!, Number(digits[1]), Number(digits[2])];
  const monthFirst = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(value);
  const dayFirst = /^(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})$/i.exec(value);
  const [name, day, year] = monthFirst ? [monthFirst[1]!, monthFirst[2]!, monthFirst[3]!] : dayFirst ? [dayFirst[2]!, dayFirst[1]!, dayFirst[3]!] : [];
  const month = name ? MONTHS.findIndex((month) => name.length >= 3 && month.startsWith(name.toLowerCase())) + 1 : 0;
  return month > 0 ? [year!, month, Number(day)] : null;
}

/** A date (of birth) in the spellings checks and letters print dates in. */
function dateSpellings(value: string): string[] {
  const parts = dateParts(value);
  if (!parts) return [];
  const [year, month, day] = parts;
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  const monthName = MONTHS[month - 1]!;
  return [
    `${year}-${mm}-${dd}`, `${mm}/${dd}/${year}`, `${month}/${day}/${year}`, `${mm}-${dd}-${year}`, `${year}${mm}${dd}`, `${mm}${dd}${year}`,
    `${monthName} ${day}, ${year}`, `${day} ${monthName} ${year}`, `${monthName.slice(0, 3)} ${day}, ${year}`,
  ];
}

export const WITHHELD = '[withheld]';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The text with every identifying value it quotes withheld: each spelling where it stands as a whole word or
 * number (case does not matter), and any quoted passage ('…', "…", “…”) whose words come from an identifying
 * free text or value. ClaimLint's own words stay, however they look.
 */
export function withholdIdentifiers(text: string, identifiers: readonly PatientIdentifier[], keptValues: ReadonlySet<string> = new Set()): string {
  const spans: [number, number][] = [];
  const lower = text.toLowerCase();
  for (const identifier of identifiers) {
    for (const form of identifier.forms) {
      const needle = form.toLowerCase();
      for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
        const end = at + needle.length;
        if (standsAlone(text, at, end)) spans.push([at, end]);
      }
    }
  }
  for (const [start, end, inner] of quotedPassages(text)) {
    const words = inner.replace(/\.\.\.$|…$/, '').trim().toLowerCase();
    // A quote of a field that identifies no one (a frequency the plan's prose also states) is that field's value.
    if (keptValues.has(words.replace(/\s+/g, ' '))) continue;
    if (words.length >= 3 && identifiers.some((identifier) => quotesFrom(words, identifier))) spans.push([start, end]);
  }
  return replaceSpans(text, spans);
}

function quotesFrom(words: string, identifier: PatientIdentifier): boolean {
  const value = identifier.value.toLowerCase().replace(/\s+/g, ' ');
  return identifier.freeText ? value.includes(words.replace(/\s+/g, ' ')) : value.startsWith(words);
}

function standsAlone(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text[start - 1]! : '';
  const after = end < text.length ? text[end]! : '';
  return !WORD_CHAR.test(before) && !WORD_CHAR.test(after);
}

// A quote opens after a non-word character and closes before one, so "can't" and "patient's" are no quotes.
const QUOTED = /(?<![\p{L}\p{N}'])'([^'\n]+)'(?![\p{L}\p{N}])|"([^"\n]+)"|“([^”\n]+)”|‘([^’\n]+)’/gu;

function quotedPassages(text: string): [number, number, string][] {
  return [...text.matchAll(QUOTED)].map((match) => [match.index, match.index + match[0].length, match[1] ?? match[2] ?? match[3] ?? match[4] ?? '']);
}

function replaceSpans(text: string, spans: [number, number][]): string {
  if (spans.length === 0) return text;
  const merged = spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]).reduce<[number, number][]>((kept, span) => {
    const last = kept[kept.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else kept.push([...span]);
    return kept;
  }, []);
  let out = '';
  let from = 0;
  for (const [start, end] of merged) {
    out += text.slice(from, start) + WITHHELD;
    from = end;
  }
  return out + text.slice(from);
}

/**
 * The last characters of an account number, enough to match a printed report to its claim in the billing
 * system (as a card's last four digits are): at most four, and never more than half of it.
 */
export function maskedReference(value: string): string {
  const shown = Math.min(4, Math.floor(value.length / 2));
  return shown === 0 ? WITHHELD : `…${value.slice(-shown)}`;
}
