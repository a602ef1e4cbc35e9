/**
 * Service lines as the code checks read them: the procedure code, its modifiers (from the modifier boxes or
 * typed after the code) and the date of service. Malformed codes and modifiers are left to procedure-codes.
 */
import { hasLineFields, lineAnchor, outcomeFor, pointAt, serviceLines } from '../outcome/check-support';
import type { CheckContext, CheckOutcome } from '../checks/types';
import { readModifiers, readProcedureCode, splitProcedureText } from '../codes/procedure-format';
import type { ConceptKey } from '../concepts';
import { parseDate } from './dates';
import type { Field } from '../schema';
import { hasValue, type SnapshotFields } from './snapshot-fields';

export interface ServiceLineCode {
  line: number;
  /** Upper case; null when the line has no well-formed code. */
  code: string | null;
  /** Well-formed modifiers in the order written, upper case. */
  modifiers: string[];
  /** The line's "from" date as YYYY-MM-DD, or null when missing or unreadable. */
  date: string | null;
  /** The field an outcome about the line points at. */
  anchor: Field | undefined;
  /** Set when the code was read from a letter, note or plan: a code it names or asks for, not a billed line. */
  document?: Field['document'];
}

/** Every filled service line, in line order (read once per snapshot's lines: several checks and conditions ask). */
export function readServiceLineCodes(fields: SnapshotFields): readonly ServiceLineCode[] {
  return fields.reading('service-line-codes', readLines);
}

function readLines(fields: SnapshotFields): ServiceLineCode[] {
  return serviceLines(fields).map((line) => {
    const codeField = fields.best('line.procedureCode', line);
    const split = splitProcedureText(codeField?.value ?? '');
    const read = readProcedureCode(split.code);
    const texts = [split.rest, ...fields.all('line.modifier', line).map((field) => field.value)];
    // One bad token must not hide the good ones from the checks that look for 59, GP or KX.
    const modifiers = texts.join(' ').split(/\s+/).flatMap((token) => {
      const reading = readModifiers([token]);
      return reading.ok ? reading.modifiers : [];
    });
    const dateField = fields.all('line.dateFrom', line).find(hasValue);
    return {
      line,
      code: read.ok ? read.code : null,
      modifiers,
      date: dateField ? parseDate(dateField.value) : null,
      anchor: lineAnchor(fields, line),
      ...(codeField?.document !== undefined && { document: codeField.document }),
    };
  });
}

/**
 * The lines a service was given on: a letter or plan names the codes it asks for, and no minutes or units of a
 * visit belong to them (a note's codes are the visit's own). `requested` is the first line left out, if any.
 */
export function renderedLines(entries: readonly ServiceLineCode[]): { rendered: ServiceLineCode[]; requested: ServiceLineCode | undefined } {
  const isRequest = (entry: ServiceLineCode) => entry.document === 'letter' || entry.document === 'plan';
  return { rendered: entries.filter((entry) => !isRequest(entry)), requested: entries.find(isRequest) };
}

/** The outcome for codes a letter or plan only asks for: the visit's time is documented in its note. */
export function requestedOnly(entry: ServiceLineCode): CheckOutcome {
  return lineOutcome(entry, 'notApplicable', `The ${entry.document} asks for these codes; the time and units of each visit belong in that visit's note`);
}

/** "Service line 2 (97140)". */
export function lineName(entry: ServiceLineCode): string {
  return `Service line ${entry.line}${entry.code ? ` (${entry.code})` : ''}`;
}

/** An outcome about a service line, pointing at its procedure code (or another of its fields). */
export function lineOutcome(entry: ServiceLineCode, status: CheckOutcome['status'], message: string): CheckOutcome {
  return {
    status,
    concept: (entry.anchor?.concept as ConceptKey | undefined) ?? 'line.procedureCode',
    index: entry.line,
    ...pointAt(entry.anchor),
    message,
  };
}

/** Which of a line's boxes the change is made in: the one holding a modifier, an empty one (to add), a filled one (to change). */
export type BoxToChange = { holding: string } | 'empty' | 'filled';

/**
 * An outcome about a service line whose fix is made in another of its boxes (a modifier, the units, the place of
 * service): it points at that box, so the mark sits on the control the user changes, and at the line's anchor
 * (its code box) when the page has no such box or the value to change was typed in the code box ("97110 GP").
 */
export function lineOutcomeIn(
  fields: SnapshotFields, entry: ServiceLineCode, concept: ConceptKey, box: BoxToChange, status: CheckOutcome['status'], message: string,
): CheckOutcome {
  const target = entry.document === undefined ? boxToChange(fields, entry.line, concept, box) : undefined;
  return target ? { ...outcomeFor(target, status, message), index: entry.line } : lineOutcome(entry, status, message);
}

function boxToChange(fields: SnapshotFields, line: number, concept: ConceptKey, box: BoxToChange): Field | undefined {
  // A claim-wide box (one place of service for every line) stands for the line's when the line's own is empty or absent.
  const own = fields.all(concept, line);
  const boxes = [...own, ...fields.all(concept, null)];
  if (typeof box === 'object') {
    const wanted = box.holding.toUpperCase();
    return boxes.find((field) => field.value.toUpperCase().split(/[\s,;/|+-]+/).includes(wanted));
  }
  if (box === 'empty') return own.find((field) => !hasValue(field)) ?? own[0] ?? boxes[0];
  return boxes.find(hasValue) ?? boxes[0];
}

/** Two lines count as the same day unless both have readable dates that differ (one claim, one visit). */
export function sameDay(a: ServiceLineCode, b: ServiceLineCode): boolean {
  return a.date === null || b.date === null || a.date === b.date;
}

/** A number read from a field: not on the page, on it but empty, unreadable, or read. */
export type FieldNumber =
  | { state: 'absent' }
  | { state: 'empty'; field: Field }
  | { state: 'unreadable'; field: Field }
  | { state: 'read'; field: Field; value: number };

/** Reads a count (minutes, units) from the first filled field of a concept, for one service line or none. */
export function readFieldNumber(
  fields: SnapshotFields, concept: ConceptKey, line: number | null, read: (text: string) => number | null,
): FieldNumber {
  const all = line === null ? fields.all(concept) : fields.all(concept, line);
  const filled = all.find(hasValue);
  if (!filled) return all[0] ? { state: 'empty', field: all[0] } : { state: 'absent' };
  const value = read(filled.value);
  return value === null ? { state: 'unreadable', field: filled } : { state: 'read', field: filled, value };
}

/** The outcome when a page has no filled service line: not applicable on an empty grid, else can't tell. */
export function noServiceLines({ fields, where }: CheckContext): CheckOutcome {
  return hasLineFields(fields)
    ? { status: 'notApplicable', concept: 'line.procedureCode', index: null, fieldKey: null,
      message: 'No service lines are filled in yet' }
    : { status: 'cantTell', concept: 'line.procedureCode', index: null, fieldKey: null,
      message: `ClaimLint could not find any service lines (box 24) ${where.inIt}` };
}

/** "1 unit", "3 units". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
