/**
 * Which components a whole document of each kind is expected to hold, and where a missing one belongs: after the
 * block of the component it usually follows (alternatives tried after the history, goals after the plan), in the
 * header for the date and the patient, at the end for the signature.
 */
import type { ConceptKey } from '../concepts';
import { blockAt } from './text-spans';
import type { AbsentComponent, DocumentBlock, DocumentComponent, DocumentLayout, DocumentWord } from './types';

interface Placement {
  /** Any of these found means the component is there ("goals" may be written as short- and long-term goals). */
  satisfiedBy: ConceptKey[];
  /** It belongs after the last block holding any of these; else at `fallback`. */
  after: ConceptKey[];
  fallback: 'header' | 'body' | 'end';
}

const PLACEMENTS: Partial<Record<ConceptKey, Placement>> = {
  // A letter dated only at its signature is dated, and so is one whose head date was read as the document's date.
  'lmn.date': { satisfiedBy: ['lmn.date', 'doc.date', 'provider.signatureDate'], after: [], fallback: 'header' },
  // A note dated at its head ("Date:", "Note date:") dates its visit.
  'visit.date': { satisfiedBy: ['visit.date', 'lmn.date', 'doc.date'], after: [], fallback: 'header' },
  'payer.name': { satisfiedBy: ['payer.name'], after: ['lmn.date', 'doc.date'], fallback: 'header' },
  'patient.name': { satisfiedBy: ['patient.name', 'patient.lastName'], after: ['payer.name', 'lmn.date', 'doc.date'], fallback: 'header' },
  'patient.dob': { satisfiedBy: ['patient.dob'], after: ['patient.name'], fallback: 'header' },
  'patient.memberId': { satisfiedBy: ['patient.memberId'], after: ['patient.dob', 'patient.name'], fallback: 'header' },
  'claim.diagnosis': { satisfiedBy: ['claim.diagnosis', 'doc.diagnosisText'], after: ['doc.history'], fallback: 'body' },
  'doc.history': { satisfiedBy: ['doc.history'], after: ['claim.diagnosis', 'doc.diagnosisText'], fallback: 'body' },
  'doc.functionalLimitation': { satisfiedBy: ['doc.functionalLimitation'], after: ['doc.history', 'claim.diagnosis'], fallback: 'body' },
  'doc.alternativesTried': { satisfiedBy: ['doc.alternativesTried'], after: ['doc.history', 'doc.functionalLimitation', 'claim.diagnosis'], fallback: 'body' },
  'doc.treatmentPlan': { satisfiedBy: ['doc.treatmentPlan', 'line.procedureCode'], after: ['doc.alternativesTried', 'doc.functionalLimitation', 'doc.history'], fallback: 'body' },
  'doc.frequencyDuration': { satisfiedBy: ['doc.frequencyDuration', 'doc.frequency', 'doc.duration'], after: ['doc.treatmentPlan', 'line.procedureCode'], fallback: 'body' },
  'doc.goals': { satisfiedBy: ['doc.goals', 'doc.shortTermGoals', 'doc.longTermGoals'], after: ['doc.frequencyDuration', 'doc.treatmentPlan'], fallback: 'body' },
  // A plan that states its goals without calling them long-term has goals to judge.
  'doc.longTermGoals': { satisfiedBy: ['doc.longTermGoals', 'doc.goals'], after: ['doc.shortTermGoals', 'doc.frequencyDuration', 'doc.treatmentPlan'], fallback: 'body' },
  'doc.expectedOutcome': { satisfiedBy: ['doc.expectedOutcome'], after: ['doc.goals', 'doc.longTermGoals', 'doc.frequencyDuration', 'doc.treatmentPlan'], fallback: 'body' },
  'doc.necessityStatement': { satisfiedBy: ['doc.necessityStatement'], after: [], fallback: 'body' },
  'doc.progress': { satisfiedBy: ['doc.progress'], after: ['doc.history'], fallback: 'body' },
  'provider.name': { satisfiedBy: ['provider.name'], after: [], fallback: 'end' },
  'provider.credentials': { satisfiedBy: ['provider.credentials'], after: ['provider.name'], fallback: 'end' },
  'provider.signature': { satisfiedBy: ['provider.signature'], after: [], fallback: 'end' },
  'provider.npi': { satisfiedBy: ['provider.npi'], after: ['provider.name'], fallback: 'end' },
  'provider.license': { satisfiedBy: ['provider.license'], after: ['provider.npi', 'provider.name'], fallback: 'end' },
};

const SHARED: ConceptKey[] = ['patient.name', 'patient.dob', 'claim.diagnosis', 'doc.treatmentPlan', 'provider.name', 'provider.credentials', 'provider.signature'];

/** What a whole document of each kind is expected to say (the letter list is lmn-core's components). */
export const COMPONENTS_SOUGHT: Record<DocumentWord, readonly ConceptKey[]> = {
  letter: ['lmn.date', ...SHARED, 'patient.memberId', 'doc.history', 'doc.functionalLimitation', 'doc.alternativesTried',
    'doc.frequencyDuration', 'doc.goals', 'doc.expectedOutcome', 'doc.necessityStatement', 'provider.npi', 'provider.license'],
  plan: [...SHARED, 'doc.functionalLimitation', 'doc.frequencyDuration', 'doc.goals', 'doc.longTermGoals', 'doc.expectedOutcome', 'provider.npi'],
  note: ['visit.date', ...SHARED, 'doc.progress'],
  document: SHARED,
};


/** Every sought component not found, each with the offset after which it belongs. */
export function absentComponents(
  sought: readonly ConceptKey[],
  components: readonly DocumentComponent[],
  blocks: readonly DocumentBlock[],
  layout: DocumentLayout,
): AbsentComponent[] {
  const found = new Set<ConceptKey>(components.map((component) => component.concept));
  return sought.filter((concept) => !(PLACEMENTS[concept]?.satisfiedBy ?? [concept]).some((key) => found.has(key)))
    .map((concept) => ({ concept, anchor: anchorOf(concept, components, blocks, layout) }));
}

function anchorOf(concept: ConceptKey, components: readonly DocumentComponent[], blocks: readonly DocumentBlock[], layout: DocumentLayout): number {
  const placement = PLACEMENTS[concept];
  const after = new Set<ConceptKey>(placement?.after ?? []);
  const ends = components.filter((component) => after.has(component.concept))
    .map((component) => blockAt(blocks, Math.max(component.span.start, component.span.end - 1))?.end ?? component.span.end);
  if (ends.length > 0) return Math.max(...ends);
  const fallback = placement?.fallback ?? 'body';
  return fallback === 'header' ? layout.headerEnd : fallback === 'end' ? layout.textEnd : layout.bodyEnd;
}
