/**
 * Patterns as data, per concept (like Chromium autofill's form_parsing regex tables): which label words and
 * name/id tokens mean which concept, with weights, negatives and section context. The tables live in
 * patterns/; this file puts them together with the autocomplete tokens.
 */
import type { ConceptKey } from '../../rules/concepts';
import { CLAIM_PATTERNS } from './patterns/claim';
import { DOCUMENTATION_PATTERNS } from './patterns/documentation';
import { LINE_PATTERNS } from './patterns/lines';
import { PEOPLE_PATTERNS } from './patterns/people';
import type { ConceptPatterns } from './patterns/types';

export type { ConceptPatterns, Matcher, MatchTarget } from './patterns/types';

/** Every concept's patterns, in the order ties are broken (earlier wins). */
export const FIELD_PATTERNS: readonly ConceptPatterns[] = [
  ...PEOPLE_PATTERNS,
  ...CLAIM_PATTERNS,
  ...LINE_PATTERNS,
  ...DOCUMENTATION_PATTERNS,
];

/**
 * A lone checkbox says only yes or no, so it can only be a concept whose answer is yes or no: a checkbox
 * labelled "Physician" or "Goals met" is not the prescriber or the goals.
 */
export const YES_NO_CONCEPTS: ReadonlySet<ConceptKey> = new Set<ConceptKey>([
  'claim.employmentRelated',
  'claim.autoAccident',
  'claim.otherAccident',
  'provider.signature',
]);

/**
 * HTML autocomplete tokens that name one of our concepts. Only tokens that mean the same on a claim page as
 * anywhere else: "name" or "given-name" could be the clinician's, so they are left to the labels.
 */
export const AUTOCOMPLETE_CONCEPTS: Readonly<Record<string, ConceptKey>> = {
  bday: 'patient.dob',
  sex: 'patient.sex',
};
