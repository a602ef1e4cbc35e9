/**
 * Read-only document text as fields of kind 'document': sections named by their heading, and label/value pairs
 * of a document header. A heading only ever names a documentation concept (a section called "Plan" is the
 * treatment plan, never a claim box); a pair may also name who and when (patient, provider, dates).
 */
import type { ConceptKey } from '../../rules/concepts';
import { classifyField, type Classification } from './classify-field';
import { findDocumentSections, type DocumentPart } from './document-sections';
import { YES_NO_CONCEPTS } from './field-patterns';
import { findLabelPairs } from './label-pairs';
import { SIGNAL_WEIGHTS, type FieldClues } from './label-text';
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
  const sections = findDocumentSections(doc).filter((part) => !claimed.has(part.element));
  const headed = new Set(sections.map((part) => part.element));
  const pairs = findLabelPairs(doc).filter((part) => !claimed.has(part.element) && !overlapsHeading(part.element, headed));
  return [...sections, ...pairs];
}

/** A label that is, holds or sits in a section heading already belongs to that section. */
function overlapsHeading(element: Element, headed: ReadonlySet<Element>): boolean {
  for (let current: Element | null = element; current; current = current.parentElement) if (headed.has(current)) return true;
  return Array.from(element.querySelectorAll('*')).some((inner) => headed.has(inner));
}

/** The concept a document part is, from its heading or label alone, or null. */
export function classifyDocumentPart(part: DocumentPart): Classification | null {
  const text = cleanText(part.label);
  const normalized = sectionName(normalizeText(text));
  if (!normalized) return null;
  const kind = part.source === 'section' ? 'heading' : 'label';
  const clues: FieldClues = {
    kind: 'document',
    signals: [{ kind, text, normalized, weight: SIGNAL_WEIGHTS[kind], target: 'label' }],
    context: '',
    gridRow: null,
    groupSize: 1,
  };
  const classification = classifyField(clues, part.source === 'section' ? isSectionConcept : isPairConcept);
  return classification ? { ...classification, label: text } : null;
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
