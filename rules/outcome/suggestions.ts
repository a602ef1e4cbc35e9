/**
 * Suggestions are values a failing field should hold, offered on the page as one-click fills. A check adds them
 * only when the data settles the answer (a header code's billable children, the code documented minutes give);
 * a guess is never offered. Kept within the finding schema's bounds here, so no check can send an oversized one.
 */
import { MAX_SUGGESTION_LABEL_LENGTH, MAX_SUGGESTION_VALUE_LENGTH, MAX_SUGGESTIONS, type Field, type Suggestion } from '../schema';
import type { CheckOutcome } from '../checks/types';

/** The outcome with these suggestions, those that fit the bounds and are not the field's own value; none: as it was. */
export function withSuggestions(outcome: CheckOutcome, suggestions: readonly Suggestion[], current?: string): CheckOutcome {
  const seen = new Set<string>();
  const kept = suggestions.filter((suggestion) => {
    if (suggestion.value.length > MAX_SUGGESTION_VALUE_LENGTH || suggestion.label.length === 0) return false;
    if (suggestion.fieldKey === undefined && current !== undefined && suggestion.value === current) return false;
    const key = `${suggestion.fieldKey ?? ''}\u0000${suggestion.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).slice(0, MAX_SUGGESTIONS).map((suggestion) => ({ ...suggestion, label: shorten(suggestion.label) }));
  return kept.length > 0 ? { ...outcome, suggestions: kept } : outcome;
}

/**
 * A suggestion for another field than the one the outcome points at, or null when that field is in another frame
 * (a page fills only the fields of the frame whose mark was clicked).
 */
export function suggestionFor(target: Field, pointedAt: Field | undefined, value: string, label: string): Suggestion | null {
  if (pointedAt && pointedAt.key === target.key && pointedAt.frameId === target.frameId) return { value, label };
  if (pointedAt && pointedAt.frameId !== target.frameId) return null;
  return { value, label, fieldKey: target.key };
}

/**
 * The value with one code, as written, replaced by another: "M54.5 Low back pain" -> "M54.50 Low back pain", so
 * the description a picker wrote stays. Null when the code is not in the value exactly once (a guess at which).
 */
export function replaceCodeIn(value: string, written: string, replacement: string): string | null {
  const escaped = written.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (!escaped) return null;
  // Not part of a longer code: "M54.5" is not in "M54.50", nor "90834" in "908345".
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}.])${escaped}(?![\p{L}\p{N}]|\.[\p{L}\p{N}])`, 'giu');
  const found = [...value.matchAll(pattern)];
  if (found.length !== 1) return null;
  const at = found[0]!.index;
  const replaced = `${value.slice(0, at)}${replacement}${value.slice(at + found[0]![0].length)}`;
  return replaced.trim() === replacement ? replacement : replaced;
}

function shorten(label: string): string {
  return label.length <= MAX_SUGGESTION_LABEL_LENGTH ? label : `${label.slice(0, MAX_SUGGESTION_LABEL_LENGTH - 1)}…`;
}
