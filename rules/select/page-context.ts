/**
 * Which payer and which service a page is about, read from the page itself: the payer field (or the accident
 * boxes, or the address and title), the procedure codes, and the words of its documentation. Patterns are data
 * (payers.json, services.json) so adding a payer is an edit, not code.
 */
import * as z from 'zod/mini';
import type { ConceptKey } from '../concepts';
import type { Snapshot } from '../schema';
import { SnapshotFields, hasValue } from '../reading/snapshot-fields';
import payersData from './payers.json' with { type: 'json' };
import servicesData from './services.json' with { type: 'json' };

const payersSchema = z.object({
  payers: z.array(z.object({ id: z.string(), title: z.string(), patterns: z.array(z.string()) })),
});
const servicesSchema = z.object({
  services: z.array(z.object({ id: z.string(), title: z.string(), codes: z.array(z.string()), patterns: z.array(z.string()) })),
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
  payer: Detected | null;
  services: Detected[];
}

const YES = /^(y|yes|true|checked|x|on|1)\b/i;
const SERVICE_TEXT_CONCEPTS: ConceptKey[] = ['doc.treatmentPlan', 'doc.diagnosisText', 'doc.necessityStatement', 'provider.credentials'];

/** The payer and services the page shows. */
export function detectPageContext(snapshot: Snapshot): PageContext {
  const fields = new SnapshotFields(snapshot);
  return { payer: detectPayer(snapshot, fields), services: detectServices(snapshot, fields) };
}

function detectPayer(snapshot: Snapshot, fields: SnapshotFields): Detected | null {
  for (const field of fields.all('payer.name').filter(hasValue)) {
    const payer = PAYERS.find((candidate) => candidate.regexes.some((re) => re.test(field.value)));
    if (payer) return { id: payer.id, title: payer.title, evidence: `payer field “${field.value.slice(0, 60)}”` };
  }
  // An accident box answered yes makes the auto or workers' comp carrier the payer that reviews necessity.
  if (fields.all('claim.autoAccident').some((field) => YES.test(field.value.trim()))) return known('auto-pip', 'auto accident box answered yes');
  if (fields.all('claim.employmentRelated').some((field) => YES.test(field.value.trim()))) {
    return known('workers-comp', 'employment-related box answered yes');
  }
  const where = `${hostOf(snapshot.url)} ${snapshot.title}`;
  const payer = PAYERS.find((candidate) => candidate.regexes.some((re) => re.test(where)));
  return payer ? { id: payer.id, title: payer.title, evidence: 'page address or title' } : null;
}

function detectServices(snapshot: Snapshot, fields: SnapshotFields): Detected[] {
  const found = new Map<string, Detected>();
  const codes = fields.all('line.procedureCode').flatMap((field) => field.value.toUpperCase().match(/\b[0-9A-Z]\d{3}[0-9A-Z]\b/g) ?? []);
  for (const service of SERVICES) {
    const code = codes.find((candidate) => service.codes.includes(candidate));
    if (code) found.set(service.id, { id: service.id, title: service.title, evidence: `procedure code ${code}` });
  }
  const text = [snapshot.title, ...SERVICE_TEXT_CONCEPTS.flatMap((concept) => fields.all(concept).map((field) => field.value))].join('\n');
  for (const service of SERVICES) {
    if (found.has(service.id)) continue;
    const match = service.regexes.map((re) => re.exec(text)).find((result) => result !== null);
    if (match) found.set(service.id, { id: service.id, title: service.title, evidence: `the words “${match[0]}”` });
  }
  return [...found.values()];
}

function known(id: string, evidence: string): Detected {
  const payer = KNOWN_PAYERS.find((candidate) => candidate.id === id)!;
  return { ...payer, evidence };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
