/**
 * Dates as date checks read them from fields: a single date or a period ("01/05/2026 - 04/04/2026", as a
 * certification period is often written), from the first of several concepts that is filled in.
 */
import { fieldName } from '../outcome/check-support';
import type { ConceptKey } from '../concepts';
import { parseDate } from './dates';
import type { Field } from '../schema';
import { hasValue, type SnapshotFields } from './snapshot-fields';

export interface DateSpan { from: string; to: string; isRange: boolean }

const SEPARATORS = /\s*(?:–|—|-|\bto\b|\bthrough\b|\bthru\b)\s*/gi;

/** "2026-01-05" -> a one-day span; "01/05/2026 - 04/04/2026" or "1/5/26 to 4/4/26" -> a period; else null. */
export function readDateSpan(text: string): DateSpan | null {
  const single = parseDate(text);
  if (single) return { from: single, to: single, isRange: false };
  // A hyphen may sit inside a date (2026-01-05) or between two, so try each separator until both halves read.
  for (const match of text.matchAll(SEPARATORS)) {
    const from = parseDate(text.slice(0, match.index));
    const to = parseDate(text.slice(match.index + match[0].length));
    if (from && to) return { from, to, isRange: true };
  }
  return null;
}

export type FieldDate =
  | { state: 'absent' }
  | { state: 'empty'; field: Field }
  | { state: 'unreadable'; field: Field }
  | { state: 'read'; field: Field; span: DateSpan };

/**
 * The first (or last) filled field among the concepts, read as a date or period. "Last" reads the end of a
 * period a page splits into two boxes of the same concept (Certification period [from] through [to]).
 */
export function readConceptDate(fields: SnapshotFields, concepts: readonly ConceptKey[], pick: 'first' | 'last' = 'first'): FieldDate {
  const found = concepts.flatMap((concept) => fields.all(concept));
  const filled = pick === 'first' ? found.find(hasValue) : found.findLast(hasValue);
  if (!filled) return found[0] ? { state: 'empty', field: found[0] } : { state: 'absent' };
  const span = readDateSpan(filled.value);
  return span ? { state: 'read', field: filled, span } : { state: 'unreadable', field: filled };
}

/** A field's name for a message, with its service line when it has one: '"DOS From" on service line 2'. */
export function dateFieldName(field: Field): string {
  return `${fieldName(field)}${typeof field.index === 'number' ? ` on service line ${field.index}` : ''}`;
}
