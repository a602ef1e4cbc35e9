/**
 * X12 tokenizing: an interchange names its own separators in the fixed-width ISA segment, so they are read from
 * there rather than assumed. Segments are produced one at a time with indexOf, so a 50 MB file is read in one
 * linear pass and never copied into a big array of strings first.
 */

/** ISA is fixed width: 106 characters up to and including the segment terminator. */
const ISA_LENGTH = 106;
const ELEMENT_AT = 3;
const COMPONENT_AT = 104;
const TERMINATOR_AT = 105;

export interface X12Separators {
  element: string;
  component: string;
  terminator: string;
}

/** One segment: elements[0] is the segment id ("CLM"), elements[n] is element n ("CLM01" = elements[1]). */
export type X12Segment = readonly string[];

// A byte-order mark and the blank lines some editors add must not hide the ISA.
const LEADING = /^[\uFEFF\s]*/;

/** True when the text starts (after an optional BOM and whitespace) with an ISA segment. */
export function looksLikeX12(text: string): boolean {
  return text.slice(0, 4096).replace(LEADING, '').startsWith('ISA');
}

/** Where the ISA starts and which separators it declares; throws a one-line Error when it cannot say. */
export function readSeparators(text: string): { start: number; separators: X12Separators } {
  const start = LEADING.exec(text.slice(0, 4096))?.[0].length ?? 0;
  if (!text.startsWith('ISA', start)) {
    throw new Error('Not an X12 file: it does not start with an ISA interchange header');
  }
  if (text.length - start < ISA_LENGTH) {
    throw new Error('X12 ISA header is cut short: it needs 106 characters to declare its separators');
  }
  const element = text.charAt(start + ELEMENT_AT);
  const component = text.charAt(start + COMPONENT_AT);
  const terminator = text.charAt(start + TERMINATOR_AT);
  // ISA16 sits right after the 16th element separator; anything else means the fixed widths were not kept.
  if (text.charAt(start + COMPONENT_AT - 1) !== element || /[A-Za-z0-9]/.test(element + terminator) || element === terminator) {
    throw new Error('X12 ISA header is not the fixed 106-character layout, so its separators cannot be read');
  }
  return { start, separators: { element, component, terminator } };
}

/**
 * The segments after the ISA's start, split on the declared terminator. Line breaks and indentation between
 * segments are layout, not data, so they are trimmed; empty segments (e.g. a trailing newline) are skipped.
 */
export function* x12Segments(text: string, start: number, separators: X12Separators): Generator<X12Segment> {
  let at = start;
  while (at < text.length) {
    const end = text.indexOf(separators.terminator, at);
    const raw = text.slice(at, end === -1 ? text.length : end);
    at = end === -1 ? text.length : end + separators.terminator.length;
    const segment = raw.replace(/^\s+/, '').replace(/[\r\n]+$/, '');
    if (segment) yield segment.split(separators.element);
  }
}

/** Element n of a segment, '' when the segment is shorter (X12 drops trailing empty elements). */
export function element(segment: X12Segment, n: number): string {
  return (segment[n] ?? '').trim();
}

/** The components of a composite element ("HC:97110:GP" -> ["HC", "97110", "GP"]). */
export function components(segment: X12Segment, n: number, separators: X12Separators): string[] {
  const value = element(segment, n);
  return value ? value.split(separators.component).map((part) => part.trim()) : [];
}
