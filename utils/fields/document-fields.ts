/**
 * Read-only document text as fields of kind 'document': sections named by their heading, and label/value pairs
 * of a document header. A heading only ever names a documentation concept (a section called "Plan" is the
 * treatment plan, never a claim box); a pair may also name who and when (patient, provider, dates).
 */
import type { ConceptKey } from '../../rules/concepts';
import { classifyField, type Classification } from './classify-field';
import { findDocumentSectionsSteps, type DocumentPart } from './document-sections';
import { domProperty } from './dom-builtins';
import { YES_NO_CONCEPTS } from './field-patterns';
import type { FormSection } from './form-sections';
import { findLabelPairsSteps } from './label-pairs';
import { SIGNAL_WEIGHTS, type FieldClues } from './label-text';
import { runSteps, type Steps } from './steps';
import { cleanText, normalizeText } from './text';

/** Concepts a section heading may name. */
const isSectionConcept = (concept: ConceptKey) => concept.startsWith('doc.');

/** Claim boxes and service-line columns are form fields; a document mentioning them is not filling them in. */
const NOT_IN_DOCUMENTS = /^(line\.|claim\.(icdIndicator|diagnosis|accidentState|resubmissionCode|otherClaimNumber)$)/;
const isPairConcept = (concept: ConceptKey) =>
  !NOT_IN_DOCUMENTS.test(concept) && (!YES_NO_CONCEPTS.has(concept) || concept === 'provider.signature');

/**
 * Document sections, then label/value pairs, leaving out any part whose element is already a field (`claimed`)
 * and any pair whose label element already heads a section.
 */
export function findDocumentParts(doc: Document, claimed: ReadonlySet<Element>): DocumentPart[] {
  return runSteps(findDocumentPartsSteps(doc, claimed));
}

/** findDocumentParts as pausable steps, reading the document up to `end` (see scan-window.ts). */
export function* findDocumentPartsSteps(doc: Document, claimed: ReadonlySet<Element>, end: Element | null = null): Steps<DocumentPart[]> {
  const sections = (yield* findDocumentSectionsSteps(doc, end)).filter((part) => !claimed.has(part.element));
  const headed = new Set(sections.map((part) => part.element));
  const pairs = (yield* findLabelPairsSteps(doc, end)).filter((part) => !claimed.has(part.element) && (part.fact || !overlapsHeading(part.element, headed)));
  return [...sections, ...pairs];
}

/** A label that is, holds or sits in a section heading already belongs to that section. */
function overlapsHeading(element: Element, headed: ReadonlySet<Element>): boolean {
  for (let current: Element | null = element; current; current = domProperty(current, 'parentElement')) if (headed.has(current)) return true;
  return Array.from(element.querySelectorAll('*')).some((inner) => headed.has(inner));
}

/** The concept a document part is, from its heading or label and what the page is (`page`, normalized), or null. */
export function classifyDocumentPart(part: DocumentPart, page = ''): Classification | null {
  if (part.source === 'section') return classifyHeading(part.label, page, 'document');
  return classifyWords(part.label, page, 'document', 'label', isPairConcept);
}

function classifyHeading(label: string, page: string, kind: FieldClues['kind']): Classification | null {
  return classifyWords(label, page, kind, 'heading', isSectionConcept);
}

function classifyWords(
  label: string,
  page: string,
  fieldKind: FieldClues['kind'],
  kind: 'heading' | 'label',
  allow: (concept: ConceptKey) => boolean,
): Classification | null {
  const text = cleanText(label);
  const normalized = sectionName(normalizeText(text));
  if (!normalized) return null;
  const clues: FieldClues = {
    kind: fieldKind,
    signals: [{ kind, text, normalized, weight: SIGNAL_WEIGHTS[kind], target: 'label' }],
    context: '',
    page,
    gridRow: null,
    rowGroup: null,
    groupSize: 1,
  };
  const classification = classifyField(clues, allow);
  return classification ? { ...classification, label: text } : null;
}

/** Trust in a concept taken from a section header rather than the field's own words. */
const INHERITED_CONFIDENCE = 0.5;

/** The documentation concept a form section header's words name (as a heading over narrative fields), or null. */
export function classifySectionHeader(text: string, page = ''): Classification | null {
  return classifyHeading(text, page, 'textarea');
}

/**
 * A field that its own words do not place takes the documentation concept its section header names ("Decline
 * in mobility" under "PROBLEMS REQUIRING PT INTERVENTION"), with little confidence and the header as evidence.
 */
export function inheritFromSection(section: FormSection, ownLabel: string, page = ''): Classification | null {
  const classification = classifySectionHeader(section.text, page);
  if (!classification) return null;
  const confidence = Math.min(INHERITED_CONFIDENCE, classification.confidence);
  const evidence = [{ signal: 'section', text: section.text.slice(0, 500), weight: confidence }];
  return { ...classification, confidence, evidence, label: ownLabel || section.text };
}

/**
 * Heading words that name the form of a section rather than its content: "Goals Section", "1. Assessment",
 * "II. Plan of Care".
 */
function sectionName(heading: string): string {
  return heading
    .replace(/^(\d{1,2}|[ivx]{1,4}|[a-h])[.)]\s+/, '')
    .replace(/\s+(section|narrative|summary)$/, '')
    .trim();
}
