/**
 * How a scan reads one control: its clues, whether it holds a whole document, and its concept. The full scan
 * (collect-fields.ts) reads every control through it, and the re-read after an edit (control-edits.ts) reads the
 * edited one through it again, so the two cannot drift apart.
 */
import type { CandidateField } from './candidates';
import { classifyField, dictatedClassification, type Classification } from './classify-field';
import { inheritFromSection } from './document-fields';
import { documentRegionSteps, type DocumentRegion } from './document-regions';
import type { FieldClues } from './label-text';
import { readFieldClues } from './label-text';
import type { AppliedOverride } from './overrides';
import type { ScanCache } from './scan-cache';
import type { Steps } from './steps';

export interface ReadField {
  candidate: CandidateField;
  clues: FieldClues;
  overridden: boolean;
  classification: Classification | null;
}

/** One control as read: a document region (its text is read whole elsewhere), or a field reading. */
export interface ControlReading {
  region: DocumentRegion | null;
  field: ReadField;
}

/**
 * Reads one candidate control. `mayBeDocument` is false when a mapping names it or the page already holds as
 * many documents as are read: then it is a field whatever its text.
 */
export function* readControlSteps(
  candidate: CandidateField,
  cache: ScanCache,
  overrides: ReadonlyMap<Element, AppliedOverride>,
  page: string,
  mayBeDocument: boolean,
): Steps<ControlReading> {
  yield* cache.prepareFor(candidate.element);
  const override = overrideFor(candidate, overrides);
  const clues = readFieldClues(candidate, cache);
  const region = override || !mayBeDocument ? null : yield* documentRegionSteps(candidate, clues);
  if (region) return { region, field: { candidate, clues, overridden: true, classification: null } };
  const classification = override ? dictated(override, clues) : (classifyField(clues) ?? inherited(candidate, clues, page));
  return { region: null, field: { candidate, clues, overridden: Boolean(override), classification } };
}

/** A date is never narrative: a date field under a documentation section keeps no concept. */
const DATE_FIELD = /\bdates?\b|\b(dob|mm\s*\/\s*dd)\b/;

export function inherited(candidate: CandidateField, clues: FieldClues, page: string): Classification | null {
  if (!candidate.section || clues.isSearch) return null;
  if (candidate.element.getAttribute('type') === 'date' || clues.signals.some((signal) => DATE_FIELD.test(signal.normalized))) return null;
  return inheritFromSection(candidate.section, clues.signals.find((signal) => signal.target === 'label')?.text ?? '', page);
}

export function overrideFor(candidate: CandidateField, overrides: ReadonlyMap<Element, AppliedOverride>): AppliedOverride | undefined {
  for (const member of candidate.members) {
    const override = overrides.get(member);
    if (override) return override;
  }
  return undefined;
}

export function dictated({ override, source }: AppliedOverride, clues: FieldClues): Classification {
  return dictatedClassification(override.concept, override.index, clues, { signal: source, text: override.selector.slice(0, 500), weight: 1 });
}
