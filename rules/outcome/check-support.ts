/**
 * Pieces several checks share: the option schema for concept keys, how a field is named in a message, and
 * which service lines a claim has. Kept outside rules/checks so that folder holds only checks.
 */
import * as z from 'zod/mini';
import { CONCEPT_KEYS, CONCEPTS, type ConceptKey } from '../concepts';
import type { Field } from '../schema';
import type { CheckContext, CheckOutcome } from '../checks/types';
import { hasValue, type SnapshotFields } from '../reading/snapshot-fields';
import { withArticle } from './with-article';

/** "a box 23 number", "an auto accident box", "an NPI": re-exported so checks take their helpers from one place. */
export { withArticle };

/** A concept key option, typed as ConceptKey (the shared schema infers plain string). */
export const conceptKeyOption = z.enum(CONCEPT_KEYS as [ConceptKey, ...ConceptKey[]]);

/** The name a biller recognises: the page's own label when it has one, else the concept's title. */
export function fieldName(field: Field): string {
  const label = field.label.trim();
  return label ? `"${label}"` : conceptTitle(field.concept as ConceptKey);
}

export function conceptTitle(concept: ConceptKey): string {
  return CONCEPTS[concept].title;
}

/** A value shown back in a message, shortened so a pasted paragraph does not flood the popup. */
export function quoteValue(value: string): string {
  const trimmed = value.trim();
  return `'${trimmed.length > 40 ? `${trimmed.slice(0, 37)}...` : trimmed}'`;
}

// What a whole document says when it holds a component, as the end of "The letter does not …".
const DOCUMENT_SAYS: Partial<Record<ConceptKey, string>> = {
  'lmn.date': 'give its date',
  'doc.date': 'give its date',
  'visit.date': 'give the date of the visit',
  'payer.name': 'say which payer it is addressed to',
  'patient.name': 'name the patient',
  'patient.lastName': 'name the patient',
  'patient.firstName': 'name the patient',
  'patient.dob': "give the patient's date of birth",
  'patient.memberId': "give the patient's member ID",
  'claim.diagnosis': 'state a diagnosis with its ICD-10-CM code',
  'doc.diagnosisText': 'state a diagnosis',
  'doc.history': 'describe the history and symptoms',
  'doc.functionalLimitation': "say how the condition limits the patient's daily activities",
  'doc.alternativesTried': 'say which treatments were tried before',
  'doc.treatmentPlan': 'say which treatment is requested',
  'doc.frequencyDuration': 'say how often and for how long the treatment is given',
  'doc.frequency': 'say how often the treatment is given',
  'doc.duration': 'say for how long the treatment is given',
  'doc.goals': 'state treatment goals',
  'doc.shortTermGoals': 'state short-term goals',
  'doc.longTermGoals': 'state long-term goals',
  'doc.expectedOutcome': 'state the expected outcome or prognosis',
  'doc.necessityStatement': 'say why the treatment is medically necessary',
  'doc.progress': 'describe progress toward the goals',
  'provider.name': 'name the provider who wrote it',
  'provider.credentials': "give the provider's credentials",
  'provider.npi': "give the provider's NPI",
  'provider.license': "give the provider's license number",
  'provider.signature': 'carry the provider\'s signature',
  'provider.signatureDate': 'say when it was signed',
  'cert.startDate': 'give the start of care',
  'cert.period': 'give the certification period',
};

/**
 * The message for an empty field. A component a whole document does not contain (an empty field marked with
 * the document's word) reads "The letter does not say which treatments were tried before"; any other empty
 * field reads "<what> is empty (<name>)", the name being the field's own unless given ('' for none).
 */
export function emptyFieldMessage(field: Field, what: string, name = fieldName(field)): string {
  return documentGap(field) ?? (name ? `${what} is empty (${name})` : `${what} is empty`);
}

/** "The letter does not …" for an empty field of a whole document; null for any other field. */
export function documentGap(field: Field): string | null {
  if (field.document === undefined || field.value.trim() !== '') return null;
  const says = DOCUMENT_SAYS[field.concept as ConceptKey] ?? `give the ${conceptTitle(field.concept as ConceptKey).toLowerCase()}`;
  return `The ${field.document} does not ${says}`;
}

/** The outcome for "this concept is not in what was read": can't tell, never pass. */
export function notFound(context: CheckContext, concept: ConceptKey, what: string): CheckOutcome {
  return {
    status: 'cantTell',
    concept,
    index: null,
    fieldKey: null,
    message: `ClaimLint could not find ${withArticle(what)} field ${context.where.inIt}`,
  };
}

/**
 * Points an outcome at a field: its key and, on a page with frames, its frame; for a field of another wizard
 * step, that step.
 */
export function pointAt(field: Field | undefined): Pick<CheckOutcome, 'fieldKey' | 'frameId' | 'step'> {
  if (!field) return { fieldKey: null };
  return {
    fieldKey: field.key,
    ...(field.frameId !== undefined && { frameId: field.frameId }),
    ...(field.step !== undefined && { step: field.step }),
  };
}

/** An outcome about one field, taking concept, index, key and frame from it. */
export function outcomeFor(field: Field, status: CheckOutcome['status'], message: string): CheckOutcome {
  return { status, concept: field.concept as ConceptKey, index: field.index, ...pointAt(field), message };
}

const LINE_CONCEPTS = CONCEPT_KEYS.filter((key) => key.startsWith('line.'));

/** True when the page has any service-line field at all, filled or not. */
export function hasLineFields(fields: SnapshotFields): boolean {
  return LINE_CONCEPTS.some((concept) => fields.has(concept));
}

/**
 * Service line numbers in ascending order: a line counts when any of its line.* fields has a value, so an
 * empty sixth row on a portal's claim grid is not a service line.
 */
export function serviceLines(fields: SnapshotFields): readonly number[] {
  return fields.reading('service-lines', filledLines);
}

function filledLines(fields: SnapshotFields): number[] {
  const lines = new Set<number>();
  for (const concept of LINE_CONCEPTS) {
    for (const field of fields.all(concept)) {
      if (typeof field.index === 'number' && hasValue(field)) lines.add(field.index);
    }
  }
  return [...lines].sort((a, b) => a - b);
}

/** The field to point at for a service line: its procedure code, else its first filled field. */
export function lineAnchor(fields: SnapshotFields, line: number): Field | undefined {
  const code = fields.best('line.procedureCode', line);
  if (code) return code;
  for (const concept of LINE_CONCEPTS) {
    const filled = fields.all(concept, line).find(hasValue);
    if (filled) return filled;
  }
  return undefined;
}

