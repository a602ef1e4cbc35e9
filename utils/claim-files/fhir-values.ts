/**
 * Narrow readers for the few FHIR R4 data types ClaimLint looks at. A claim file is untrusted input: every
 * reader takes `unknown` and returns a value or undefined, never throws, so one odd element cannot stop the
 * rest of the claim from being read. Hand-written on purpose: a full FHIR type package would weigh more than
 * the reader and still not validate anything at runtime.
 */

/** Any FHIR resource: an object with a string resourceType. */
export interface FhirResource {
  resourceType: string;
  [key: string]: unknown;
}

export type JsonObject = Record<string, unknown>;

export const NPI_SYSTEM = 'http://hl7.org/fhir/sid/us-npi';

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isResource(value: unknown): value is FhirResource {
  return isObject(value) && typeof value.resourceType === 'string' && value.resourceType !== '';
}

/** The objects of an array element (FHIR arrays may hold nulls or junk in hand-made files). */
export function objects(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

export function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  return undefined;
}

/** A JSON number, as the biller would read it ("12500.00" for money is the caller's choice). */
export function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function positiveInt(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : undefined;
}

/** FHIR date, dateTime or instant → YYYY-MM-DD; a year or year-month stays as sent (the engine judges it). */
export function dateOnly(value: unknown): string | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  const match = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)/.exec(raw);
  return match ? match[1] : undefined;
}

export interface Coding {
  system?: string;
  code?: string;
  display?: string;
}

export function codings(concept: unknown): Coding[] {
  if (!isObject(concept)) return [];
  return objects(concept.coding).map((coding) => ({
    ...(text(coding.system) && { system: text(coding.system) }),
    ...(text(coding.code) && { code: text(coding.code) }),
    ...(text(coding.display) && { display: text(coding.display) }),
  }));
}

/** The first coding's code: claim elements (procedure, POS, modifier) send one coding. */
export function firstCode(concept: unknown): string | undefined {
  return codings(concept).find((coding) => coding.code)?.code;
}

/** True when any coding of the concept has this code (case-insensitive: files differ on "MVA" vs "mva"). */
export function hasCode(concept: unknown, ...codes: string[]): boolean {
  const wanted = codes.map((code) => code.toLowerCase());
  return codings(concept).some((coding) => coding.code !== undefined && wanted.includes(coding.code.toLowerCase()));
}

/** What a person would read for a CodeableConcept: its text, else a display, else a code. */
export function conceptText(concept: unknown): string | undefined {
  if (!isObject(concept)) return undefined;
  const all = codings(concept);
  return text(concept.text) ?? all.find((coding) => coding.display)?.display ?? all.find((coding) => coding.code)?.code;
}

/** "Family, Given Middle" as a claim form prints names; text when the name has no parts. */
export function humanName(names: unknown): string | undefined {
  const all = objects(names);
  const name = all.find((candidate) => candidate.use === 'official') ?? all[0];
  if (!name) return undefined;
  const family = text(name.family);
  const given = Array.isArray(name.given) ? name.given.map(text).filter((part) => part !== undefined).join(' ') : '';
  if (family && given) return `${family}, ${given}`;
  return family ?? (given || text(name.text));
}

/** The NPI among identifiers (system us-npi), or undefined. */
export function npiOf(identifiers: unknown): string | undefined {
  const list = isObject(identifiers) ? [identifiers] : objects(identifiers);
  return list.map((identifier) => (identifier.system === NPI_SYSTEM ? text(identifier.value) : undefined)).find(Boolean);
}

/** Money as charges are written: two decimals. */
export function money(value: number): string {
  return value.toFixed(2);
}
