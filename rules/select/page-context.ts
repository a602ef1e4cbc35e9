/**
 * Which payer, which service and what kind of document a page is about, read from the page itself: the payer
 * field (or the accident boxes, or the banners, headings and logo text, or at last the address and title), the
 * procedure codes, and the words of its documentation and headings. Patterns are data (payers.json,
 * services.json, kinds.json) so adding a payer is an edit, not code.
 *
 * The payer is certain when a payer field names it, an accident box answered yes makes it the auto or workers'
 * comp carrier, or the headings (banner, card header, logo alt text) name exactly one payer. It is a guess when
 * only the page address or title names it, or when the headings name more than one (the first is taken).
 */
import * as z from 'zod/mini';
import type { ConceptKey } from '../concepts';
import type { Snapshot } from '../schema';
import { detectDocumentKind, type Reading } from './document-kind';
import { SnapshotFields, hasValue } from '../reading/snapshot-fields';
import payersData from './payers.json' with { type: 'json' };
import servicesData from './services.json' with { type: 'json' };

const payersSchema = z.object({
  payers: z.array(z.object({ id: z.string(), title: z.string(), patterns: z.array(z.string()) })),
});
const servicesSchema = z.object({
  services: z.array(z.object({
    id: z.string(), title: z.string(), codes: z.array(z.string()), patterns: z.array(z.string()),
    /** A service line billed at one of these places of service (24B) shows the service: telehealth at 02 or 10. */
    placesOfService: z.optional(z.array(z.string())),
    /** A service line carrying one of these modifiers shows the service: telehealth's 95 or 93. */
    modifiers: z.optional(z.array(z.string())),
  })),
});

const PAYERS = payersSchema.parse(payersData).payers.map((payer) => ({ ...payer, regexes: payer.patterns.map((p) => new RegExp(p, 'i')) }));
const SERVICES = servicesSchema.parse(servicesData).services.map((service) => ({
  ...service,
  regexes: service.patterns.map((p) => new RegExp(p, 'i')),
}));

export const KNOWN_PAYERS = PAYERS.map(({ id, title }) => ({ id, title }));
export const KNOWN_SERVICES = SERVICES.map(({ id, title }) => ({ id, title }));

export interface Detected {
  id: string;
  title: string;
  /** Where it was seen, for the popup: "Payer field: “Aetna Choice POS II”", "procedure code 97124". */
  evidence: string;
}

export interface PageContext {
  payer: Reading | null;
  services: Detected[];
  /** What kind of document it is (professional claim, plan of care, daily note, ...). */
  kind: Reading | null;
}

/** A payer field naming no payer ClaimLint knows: certain, but only the general checklists apply. */
export const OTHER_PAYER = { id: 'other', title: 'Another payer' } as const;

const YES = /^(y|yes|true|checked|x|on|1)\b/i;
const SERVICE_TEXT_CONCEPTS: ConceptKey[] = ['doc.treatmentPlan', 'doc.diagnosisText', 'doc.necessityStatement', 'provider.credentials'];

/** The payer, services and kind of document the page shows. */
export function detectPageContext(snapshot: Snapshot): PageContext {
  const fields = SnapshotFields.of(snapshot);
  const services = detectServices(snapshot, fields);
  const kind = detectDocumentKind(snapshot, services.map((service) => service.id));
  return { payer: detectPayer(snapshot, fields), services, kind };
}

/**
 * A payer field that holds a value but names no payer ClaimLint knows: the payer is read, and it is another one.
 * Kept apart from detectPageContext's payer (null there), so payer-specific checklists stay out as before.
 */
export function otherPayerField(snapshot: Snapshot): Reading | null {
  const field = SnapshotFields.of(snapshot).all('payer.name').find(hasValue);
  return field ? { ...OTHER_PAYER, evidence: `payer field “${field.value.slice(0, 60)}”`, certain: true } : null;
}

// CMS's MBI: 11 characters, digit 1–9 first, letters other than S, L, O, I, B, Z in fixed places ("1EG4-TE5-MK72").
const MBI_LETTER = '[AC-HJKMNP-RT-Y]';
const MBI = new RegExp(`^[1-9]${MBI_LETTER}[AC-HJKMNP-RT-Y0-9]\\d-?${MBI_LETTER}[AC-HJKMNP-RT-Y0-9]\\d-?${MBI_LETTER}{2}\\d{2}$`, 'i');

function detectPayer(snapshot: Snapshot, fields: SnapshotFields): Reading | null {
  for (const field of fields.all('payer.name').filter(hasValue)) {
    const payer = PAYERS.find((candidate) => candidate.regexes.some((re) => re.test(field.value)));
    if (payer) return { id: payer.id, title: payer.title, evidence: `payer field “${field.value.slice(0, 60)}”`, certain: true };
  }
  // An accident box answered yes makes the auto or workers' comp carrier the payer that reviews necessity.
  if (fields.all('claim.autoAccident').some((field) => YES.test(field.value.trim()))) return known('auto-pip', 'auto accident box answered yes');
  if (fields.all('claim.employmentRelated').some((field) => YES.test(field.value.trim()))) {
    return known('workers-comp', 'employment-related box answered yes');
  }
  const fromHeadings = payerOfHeadings(snapshot.headings ?? []);
  if (fromHeadings) return fromHeadings;
  // "Medicare ID:", "Aetna member #", or an ID in the shape of a Medicare Beneficiary Identifier: whose card it
  // is. A guess: a patient may carry several cards, and the one on this page need not be the one billed.
  for (const field of fields.all('patient.memberId').filter(hasValue)) {
    const payer = PAYERS.find((candidate) => candidate.regexes.some((re) => re.test(field.label)));
    if (payer) return { id: payer.id, title: payer.title, evidence: `member ID labelled “${field.label.slice(0, 60)}”`, certain: false };
    if (MBI.test(field.value.trim())) return { ...known('medicare', 'a member ID in the Medicare Beneficiary Identifier format'), certain: false };
  }
  const where = `${hostOf(snapshot.url)} ${snapshot.title}`;
  const payer = PAYERS.find((candidate) => candidate.regexes.some((re) => re.test(where)));
  return payer ? { id: payer.id, title: payer.title, evidence: 'only the page address or title', certain: false } : null;
}

/** The payer a banner, heading or logo names: the one named earliest in each ("Primary: Medicare · Secondary: …"). */
function payerOfHeadings(headings: readonly string[]): Reading | null {
  const named: { payer: (typeof PAYERS)[number]; heading: string }[] = [];
  for (const heading of headings) {
    const best = PAYERS.map((payer) => ({ payer, at: Math.min(...payer.regexes.map((re) => re.exec(heading)?.index ?? Infinity)) }))
      .filter((candidate) => candidate.at !== Infinity)
      .sort((a, b) => a.at - b.at)[0];
    if (best) named.push({ payer: best.payer, heading: heading.trim() });
  }
  const [first] = named;
  if (!first) return null;
  const others = [...new Set(named.map((hit) => hit.payer.title))].filter((title) => title !== first.payer.title);
  const quoted = `the heading or banner “${first.heading.slice(0, 80)}”`;
  return others.length === 0
    ? { id: first.payer.id, title: first.payer.title, evidence: quoted, certain: true }
    : { id: first.payer.id, title: first.payer.title, evidence: `${quoted}, though others name ${others.join(' and ')}`, certain: false };
}

function detectServices(snapshot: Snapshot, fields: SnapshotFields): Detected[] {
  const found = new Map<string, Detected>();
  const codes = fields.all('line.procedureCode').flatMap((field) => field.value.toUpperCase().match(/\b[0-9A-Z]\d{3}[0-9A-Z]\b/g) ?? []);
  for (const service of SERVICES) {
    const code = codes.find((candidate) => service.codes.includes(candidate));
    if (code) found.set(service.id, { id: service.id, title: service.title, evidence: `procedure code ${code}` });
  }
  for (const service of SERVICES) {
    const line = found.has(service.id) ? null : lineShowing(fields, service);
    if (line) found.set(service.id, { id: service.id, title: service.title, evidence: line });
  }
  const text = [snapshot.title, ...(snapshot.headings ?? []), ...SERVICE_TEXT_CONCEPTS.flatMap((concept) => fields.all(concept).map((field) => field.value))].join('\n');
  for (const service of SERVICES) {
    if (found.has(service.id)) continue;
    const match = service.regexes.map((re) => re.exec(text)).find((result) => result !== null);
    if (match) found.set(service.id, { id: service.id, title: service.title, evidence: `the words “${match[0]}”` });
  }
  return [...found.values()];
}

// Place of service "02 - Telehealth" and modifiers typed after the code ("90834 95") count as read.
function lineShowing(fields: SnapshotFields, service: (typeof SERVICES)[number]): string | null {
  const place = (service.placesOfService ?? []).length === 0 ? undefined : fields.all('line.placeOfService')
    .map((field) => field.value.trim().match(/^\d{2}\b/)?.[0]).find((code) => code !== undefined && service.placesOfService!.includes(code));
  if (place) return `place of service ${place}`;
  const wanted = service.modifiers ?? [];
  if (wanted.length === 0) return null;
  const tokens = [...fields.all('line.modifier'), ...fields.all('line.procedureCode')]
    .flatMap((field) => field.value.toUpperCase().split(/[\s,;:|/-]+/));
  const modifier = tokens.find((token) => wanted.includes(token));
  return modifier ? `modifier ${modifier}` : null;
}

function known(id: string, evidence: string): Reading {
  const payer = KNOWN_PAYERS.find((candidate) => candidate.id === id)!;
  return { ...payer, evidence, certain: true };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
