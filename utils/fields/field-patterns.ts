/**
 * Patterns as data, per concept (like Chromium autofill's form_parsing regex tables): which label words and
 * name/id tokens mean which concept, with weights, negatives and section context. The tables are the JSON files
 * in patterns/, validated and compiled once at load (patterns/schema.ts); this file also holds the autocomplete
 * tokens and the yes/no concepts.
 */
import type { ConceptKey } from '../../rules/concepts';
import claim from './patterns/claim.json';
import clinical from './patterns/clinical.json';
import lines from './patterns/lines.json';
import orders from './patterns/orders.json';
import people from './patterns/people.json';
import visit from './patterns/visit.json';
import { compilePatternFile } from './patterns/schema';
import type { ConceptPatterns } from './patterns/types';

export type { ConceptPatterns, Matcher, MatchTarget, SignalKind } from './patterns/types';
export { compilePatternFile, patternFileSchema } from './patterns/schema';
export type { PatternData, PatternFile } from './patterns/schema';

/** The pattern files by name, in the order ties are broken (earlier wins). */
export const PATTERN_FILES: Readonly<Record<string, unknown>> = { people, claim, lines, visit, clinical, orders };

/** Every concept's patterns, compiled, in the order ties are broken (earlier wins). */
export const FIELD_PATTERNS: readonly ConceptPatterns[] = Object.entries(PATTERN_FILES).flatMap(([name, data]) =>
  compilePatternFile(data, `patterns/${name}.json`),
);

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
