/**
 * X12 tokenizing: an interchange names its own separators in its ISA segment, so they are read from there rather
 * than assumed. The element separator is the character after "ISA"; ISA16 (the component separator) follows the
 * 16th element separator, and the segment terminator is the first character after it. Counting separators
 * rather than trusting the fixed 106-character width reads an ISA whose fields were not padded, as some
 * generators write it. Segments are produced one at a time, from a whole text or from chunks of a stream, so a
 * big batch is never copied into one array of strings.
 */

/** The ISA has 16 elements; its 16th (ISA16) is the component separator itself. */
const ISA_ELEMENTS = 16;
/** A padded ISA is 106 characters; an unpadded one is shorter. Beyond this, the header is not an ISA. */
const ISA_MAX_LENGTH = 512;

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
  const found = tryReadSeparators(text, true);
  if (!found) throw new Error('Not an X12 file: it does not start with an ISA interchange header');
  return found;
}

/**
 * The ISA's separators when the text holds enough of it; null when more text is needed (`final` false) — a
 * stream's first chunk may end inside the ISA. Throws a one-line Error when the header cannot be an ISA.
 */
export function tryReadSeparators(text: string, final: boolean): { start: number; separators: X12Separators } | null {
  const start = LEADING.exec(text.slice(0, 4096))?.[0].length ?? 0;
  if (text.length - start < 4) {
    if (!final) return null;
    throw new Error('Not an X12 file: it does not start with an ISA interchange header');
  }
  if (!text.startsWith('ISA', start)) throw new Error('Not an X12 file: it does not start with an ISA interchange header');
  const element = text.charAt(start + 3);
  let at = start + 3;
  for (let seen = 1; seen < ISA_ELEMENTS; seen += 1) {
    at = text.indexOf(element, at + 1);
    if (at === -1 || at - start > ISA_MAX_LENGTH) return cutShort(text, start, final);
  }
  // ISA16 is one character, and the terminator is the character right after it.
  if (text.length < at + 3) return cutShort(text, start, final);
  const component = text.charAt(at + 1);
  const terminator = text.charAt(at + 2);
  if (/[A-Za-z0-9 ]/.test(element + terminator) || element === terminator || component === element || component === terminator) {
    throw new Error('X12 ISA header does not declare usable separators (element, ISA16 component, segment terminator)');
  }
  return { start, separators: { element, component, terminator } };
}

function cutShort(text: string, start: number, final: boolean): null {
  if (!final && text.length - start <= ISA_MAX_LENGTH) return null;
  if (text.length - start <= ISA_MAX_LENGTH) {
    throw new Error('X12 ISA header is cut short: it needs its 16 elements to declare its separators');
  }
  throw new Error('X12 ISA header does not have its 16 elements, so its separators cannot be read');
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
    const segment = toSegment(raw, separators);
    if (segment) yield segment;
  }
}

/**
 * Segments from a stream's chunks, in order: `push` each chunk, then `finish`. Only the text after the last
 * complete segment is kept between chunks, so memory follows the chunk size, not the file's.
 */
export class X12SegmentSplitter {
  separators: X12Separators | null = null;
  private pending = '';

  /** The complete segments this chunk ends (possibly none). Throws a one-line Error for a header that is no ISA. */
  *push(chunk: string): Generator<X12Segment> {
    this.pending += chunk;
    if (!this.separators) {
      const found = tryReadSeparators(this.pending, false);
      if (!found) return;
      this.separators = found.separators;
      this.pending = this.pending.slice(found.start);
    }
    const { terminator } = this.separators;
    let at = 0;
    for (let end = this.pending.indexOf(terminator); end !== -1; end = this.pending.indexOf(terminator, at)) {
      const segment = toSegment(this.pending.slice(at, end), this.separators);
      at = end + terminator.length;
      if (segment) yield segment;
    }
    this.pending = this.pending.slice(at);
  }

  /** The last segment, when the file does not end with a terminator. */
  *finish(): Generator<X12Segment> {
    if (!this.separators) {
      const found = readSeparators(this.pending);
      this.separators = found.separators;
      this.pending = this.pending.slice(found.start);
      yield* this.push('');
    }
    const segment = toSegment(this.pending, this.separators);
    this.pending = '';
    if (segment) yield segment;
  }
}

function toSegment(raw: string, separators: X12Separators): X12Segment | null {
  // trimStart removes exactly what /^\s+/ matches; the trailing line breaks are cut by index. No regex per segment.
  const start = raw.trimStart();
  let end = start.length;
  while (end > 0 && (start.charCodeAt(end - 1) === 10 || start.charCodeAt(end - 1) === 13)) end -= 1;
  const segment = end === start.length ? start : start.slice(0, end);
  return segment ? segment.split(separators.element) : null;
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
