/**
 * Marks for fields read from a whole document (a letter in an editor): where each field's words are, from the
 * spans the background's reader answered with, and the marks for a result — a highlight on the words a gap is
 * about, a badge at the place a missing part belongs, an outline for every other field.
 */
import type { TextSpan } from '../../rules/document/types';
import type { Finding } from '../../rules/schema';
import type { FoundDocument } from '../../utils/fields/collect-fields';
import type { TextPlace } from '../../utils/fields/document-regions';
import { rangeAtAnchor, rangeForSpan } from '../../utils/fields/region-text';
import type { FieldMark } from './mark-layer';
import { worstSeverity } from './mark-severity';
import type { GapText } from './text-marks';

/**
 * Where each document field's words are, from the spans the background's reader answered with; each field is
 * also located at its document's region (an outline falls back to it when its words cannot be marked).
 */
export function placesInText(documents: FoundDocument[], spans: Record<string, TextSpan> | undefined, elements: Map<string, Element>): Map<string, TextPlace> {
  const places = new Map<string, TextPlace>();
  for (const [key, span] of Object.entries(spans ?? {})) {
    const found = documents.find(({ page }) => key.startsWith(page.keyPrefix));
    if (!found) continue;
    // An empty span is where a missing component belongs.
    places.set(key, span.end > span.start ? { region: found.region, span, anchor: null } : { region: found.region, span: null, anchor: span.start });
    elements.set(key, found.region.element);
  }
  return places;
}

/** The text a document field is about, or the character after which its missing component belongs. */
export function textRange({ region, span, anchor }: TextPlace): Range | null {
  if (!region.mapped) return null;
  if (span) return rangeForSpan(region.mapped, span);
  return anchor === null ? null : rangeAtAnchor(region.mapped, anchor);
}

/** The marks for each field's failing findings, and the text ranges to highlight. */
export function marksForFindings(
  byField: Map<string, Finding[]>,
  elementsByKey: Map<string, Element>,
  textPlaces: Map<string, TextPlace>,
): { marks: FieldMark[]; gapText: GapText[] } {
  const marks: FieldMark[] = [];
  // Marks whose words are highlighted: their severity is known once every field sharing the words is added.
  const highlighted: (FieldMark & { range: Range })[] = [];
  // Fields read from the same words of a letter (a code and the request sentence it sits in) share one badge.
  const byWords = new Map<string, FieldMark>();
  const regionIds = new Map<object, number>();
  for (const [fieldKey, fieldFindings] of byField) {
    const element = elementsByKey.get(fieldKey);
    if (!element?.isConnected) continue;
    const place = textPlaces.get(fieldKey);
    const range = place && textRange(place);
    if (!range) {
      marks.push({ fieldKey, element, findings: fieldFindings });
      continue;
    }
    if (!regionIds.has(place.region)) regionIds.set(place.region, regionIds.size);
    const words = `${regionIds.get(place.region)}:${place.span ? `${place.span.start}-${place.span.end}` : `@${place.anchor}`}`;
    const shared = byWords.get(words);
    if (shared) {
      shared.findings.push(...fieldFindings);
      continue;
    }
    // A gap about a sentence of a letter marks that sentence; one about a missing part, the place it belongs.
    const mark = { fieldKey, element, findings: [...fieldFindings], range };
    if (place.span) highlighted.push(mark);
    byWords.set(words, mark);
    marks.push(mark);
  }
  const gapText = highlighted.map((mark) => ({ range: mark.range, severity: worstSeverity(mark.findings) }));
  return { marks, gapText };
}
