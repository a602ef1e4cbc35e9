/**
 * Box 21 (diagnoses) and box 24 (service lines) of a FHIR Claim. Diagnoses are placed by their sequence
 * (1 → A … 12 → L) because item.diagnosisSequence points at sequences, so letters and pointers stay in step.
 * Each code carries the system the file names for it (a SNOMED CT diagnosis is not judged as ICD-10-CM).
 */
import { DIAGNOSIS_LETTERS, type ConceptKey, type DiagnosisLetter } from '../../rules/concepts';
import { MAX_LINE_INDEX } from '../../rules/schema';
import { codeSystemOf } from './fhir-code-systems';
import type { ReferenceIndex } from './fhir-references';
import { readParty } from './fhir-parties';
import type { Slots } from './fhir-slots';
import {
  codings, dateOnly, firstCode, hasCode, isObject, money, num, objects, positiveInt, text, type Coding, type FhirResource, type JsonObject,
} from './fhir-values';

/** The code a biller would see for a diagnosis: the ICD-10-CM coding if there is one, else the first. */
function diagnosisCoding(concept: unknown): Coding | undefined {
  const all = codings(concept).filter((coding) => coding.code);
  return all.find((coding) => codeSystemOf(coding) === 'icd-10-cm') ?? all[0];
}

/**
 * Records claim.diagnosis per letter and the ICD indicator. Returns whether any diagnosis code was read.
 * The indicator is the coding system (FHIR has no box for it): a code without a known ICD system leaves it
 * unrecorded rather than guessed.
 */
export function putDiagnoses(slots: Slots, claim: FhirResource, index: ReferenceIndex): boolean {
  const list = objects(claim.diagnosis);
  const systems: string[] = [];
  let coded = false;
  list.forEach((diagnosis, position) => {
    const letter = letterOf(diagnosis, position);
    if (!letter) return;
    const reading = readDiagnosis(diagnosis, claim, index);
    const system = codeSystemOf(reading.coding);
    if (system) systems.push(system);
    if (reading.coding?.code) coded = true;
    const value = reading.kind === 'outside' ? undefined : reading.coding?.code ?? '';
    slots.put('claim.diagnosis', value, `Diagnosis ${letter} (Claim.diagnosis)`, `diagnosis[${position}].${reading.path}`, letter, value ? system : undefined);
  });
  // A claim without diagnoses still has box 21, so A is an empty box; diagnoses that only point at a server
  // (diagnosisReference "Condition/1") leave box 21 unknown instead.
  if (list.length === 0) {
    slots.put('claim.diagnosis', '', 'Diagnosis A (Claim.diagnosis)', 'diagnosis', 'A');
  }
  const indicator = systems.includes('icd-10-cm') ? '0' : systems.includes('icd-9-cm') ? '9' : undefined;
  slots.put('claim.icdIndicator', indicator, 'ICD version (Claim.diagnosis coding system)', 'diagnosis[].coding.system');
  return coded;
}

/** Sequence 1–12 names the letter; a diagnosis without a usable sequence takes its position. */
function letterOf(diagnosis: JsonObject, position: number): DiagnosisLetter | undefined {
  const sequence = positiveInt(diagnosis.sequence) ?? position + 1;
  return DIAGNOSIS_LETTERS[sequence - 1];
}

function readDiagnosis(diagnosis: JsonObject, claim: FhirResource, index: ReferenceIndex):
{ kind: 'found' | 'missing' | 'outside'; coding?: Coding; path: string } {
  if (isObject(diagnosis.diagnosisCodeableConcept)) {
    return { kind: 'found', coding: diagnosisCoding(diagnosis.diagnosisCodeableConcept), path: 'diagnosisCodeableConcept' };
  }
  if (diagnosis.diagnosisReference === undefined) return { kind: 'missing', path: 'diagnosisCodeableConcept' };
  const resolved = index.resolve(diagnosis.diagnosisReference, claim);
  const path = 'diagnosisReference → Condition.code';
  if (resolved.kind !== 'found') return { kind: resolved.kind, path };
  return { kind: 'found', coding: diagnosisCoding(resolved.resource.code), path };
}

/**
 * Lines are numbered by item.sequence when those are unique and in range; otherwise by position, so two items
 * that share a sequence (a real PAS example does) stay two lines instead of merging.
 */
function lineNumbers(items: readonly JsonObject[]): number[] {
  const sequences = items.map((item) => positiveInt(item.sequence));
  const usable = sequences.every((sequence) => sequence !== undefined && sequence <= MAX_LINE_INDEX)
    && new Set(sequences).size === sequences.length;
  return usable ? sequences as number[] : items.map((_, position) => position + 1);
}

const PAS_ITEM_CANCELLED = /\/extension-itemCancelled$/;

/**
 * A Da Vinci PAS item the requester has cancelled (the itemCancelled modifier extension, or the same extension
 * sent as a plain one): it stays in the request only to say so, and is no longer asked for.
 */
export function isCancelledItem(item: JsonObject): boolean {
  return [...objects(item.modifierExtension), ...objects(item.extension)]
    .some((extension) => PAS_ITEM_CANCELLED.test(text(extension.url) ?? '') && extension.valueBoolean === true);
}

/**
 * Records every service line's boxes; a box the item leaves empty is a gap, and a claim with no item has an
 * empty line 1 (nothing billed or requested). Cancelled PAS items are skipped. An item without its own
 * serviced[x] takes the claim's billablePeriod, as the claim's dates of service.
 */
export function putLines(slots: Slots, claim: FhirResource, index: ReferenceIndex): void {
  const all = objects(claim.item);
  const kept = all.map((item, position) => ({ item, position })).filter(({ item }) => !isCancelledItem(item)).slice(0, MAX_LINE_INDEX);
  if (all.length === 0) {
    slots.put('line.procedureCode', '', 'Procedure code (Claim.item.productOrService)', 'item (none)', 1);
    return;
  }
  const numbers = lineNumbers(kept.map(({ item }) => item));
  kept.forEach(({ item, position }, n) => putLine(slots, item, position, numbers[n]!, claim, index));
}

function putLine(slots: Slots, item: JsonObject, position: number, line: number, claim: FhirResource, index: ReferenceIndex): void {
  const at = (path: string) => `item[${position}].${path}`;
  const put = (concept: ConceptKey, value: string | undefined, label: string, path: string) =>
    slots.put(concept, value, `${label} (Claim.item.${path})`, at(path), line);
  const procedure = procedureCoding(item.productOrService);
  slots.put('line.procedureCode', procedure?.code ?? '', 'Procedure code (Claim.item.productOrService)', at('productOrService'), line, codeSystemOf(procedure));
  const modifiers = objects(item.modifier).map(firstCode).filter(Boolean);
  if (modifiers.length > 0) put('line.modifier', modifiers.join(' '), 'Modifiers', 'modifier');
  putLineDates(slots, item, claim, line, at);
  putPlace(slots, item, line, at);
  const units = num(isObject(item.quantity) ? item.quantity.value : undefined);
  put('line.units', units === undefined ? '' : String(units), 'Units', 'quantity');
  put('line.charges', charges(item, units), 'Charges', 'net');
  put('line.diagnosisPointer', sequenceList(item.diagnosisSequence).join(' '), 'Diagnosis pointers', 'diagnosisSequence');
  put('line.renderingNpi', renderingNpi(item, claim, index), 'Rendering NPI via Claim.careTeam', 'careTeamSequence');
}

/** Box 24D takes CPT/HCPCS: an item coded in several systems gives that coding, else its first code. */
function procedureCoding(concept: unknown): Coding | undefined {
  const all = codings(concept).filter((coding) => coding.code);
  return all.find((coding) => codeSystemOf(coding) === 'cpt-hcpcs') ?? all[0];
}

/** The positive integers of a sequence list (diagnosisSequence, careTeamSequence); junk entries are dropped. */
function sequenceList(value: unknown): number[] {
  return (Array.isArray(value) ? value : []).map(positiveInt).filter((sequence) => sequence !== undefined);
}

/** An item's own dates of service, else the claim's billablePeriod; '' when neither gives one. */
export function itemDates(item: JsonObject, claim: FhirResource): { from: string; to: string; path: string; toPath: string } {
  const period = isObject(item.servicedPeriod) ? item.servicedPeriod : undefined;
  const single = dateOnly(item.servicedDate);
  if (single) return { from: single, to: single, path: 'servicedDate', toPath: 'servicedDate' };
  // An open-ended period (start only) is one day as far as box 24A goes.
  const start = dateOnly(period?.start);
  const end = dateOnly(period?.end);
  if (start || end) return { from: start ?? '', to: end ?? start!, path: 'servicedPeriod.start', toPath: 'servicedPeriod.end' };
  const billable = isObject(claim.billablePeriod) ? claim.billablePeriod : undefined;
  const claimStart = dateOnly(billable?.start);
  const claimEnd = dateOnly(billable?.end);
  if (claimStart || claimEnd) {
    return { from: claimStart ?? claimEnd!, to: claimEnd ?? claimStart!, path: 'Claim.billablePeriod.start', toPath: 'Claim.billablePeriod.end' };
  }
  return { from: '', to: '', path: 'servicedDate', toPath: 'servicedDate' };
}

function putLineDates(slots: Slots, item: JsonObject, claim: FhirResource, line: number, at: (path: string) => string): void {
  const dates = itemDates(item, claim);
  const where = (path: string) => (path.startsWith('Claim.') ? path.slice('Claim.'.length) : at(path));
  const element = dates.path.startsWith('Claim.') ? 'Claim.billablePeriod' : 'Claim.item.serviced[x]';
  slots.put('line.dateFrom', dates.from, `Service date from (${element})`, where(dates.path), line);
  slots.put('line.dateTo', dates.to, `Service date to (${element})`, where(dates.toPath), line);
}

/** Place of service is a code; an item located by address or Location resource names no code, so can't tell. */
function putPlace(slots: Slots, item: JsonObject, line: number, at: (path: string) => string): void {
  const code = firstCode(item.locationCodeableConcept);
  const elsewhere = item.locationAddress !== undefined || item.locationReference !== undefined;
  slots.put('line.placeOfService', code ?? (elsewhere ? undefined : ''), 'Place of service (Claim.item.locationCodeableConcept)', at('locationCodeableConcept'), line);
}

/** net, else unitPrice × quantity (× factor) as FHIR defines net; '' when the item states no amount. */
function charges(item: JsonObject, units: number | undefined): string {
  const net = num(isObject(item.net) ? item.net.value : undefined);
  if (net !== undefined) return money(net);
  const unitPrice = num(isObject(item.unitPrice) ? item.unitPrice.value : undefined);
  if (unitPrice === undefined) return '';
  return money(unitPrice * (units ?? 1) * (num(item.factor) ?? 1));
}

/**
 * The NPI of the care-team member who rendered the line: among the item's careTeamSequence entries, the one
 * whose role is primary (rendering), else the first. No careTeamSequence, or one that names no member: 24J is
 * empty (the rule treats that as the billing provider having rendered it).
 */
function renderingNpi(item: JsonObject, claim: FhirResource, index: ReferenceIndex): string | undefined {
  const wanted = sequenceList(item.careTeamSequence);
  const team = objects(claim.careTeam).filter((member) => {
    const sequence = positiveInt(member.sequence);
    return sequence !== undefined && wanted.includes(sequence);
  });
  const member = team.find((candidate) => hasCode(candidate.role, 'primary', 'rendering')) ?? team[0];
  if (!member) return '';
  return readParty(member.provider, claim, index).npi;
}
