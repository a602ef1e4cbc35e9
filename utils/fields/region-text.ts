/**
 * A document region's text (an editor's letter, a rendered note) with a map from each character back to the DOM
 * text node and offset it came from, so the document reader's offsets (an evidence sentence's span, the place a
 * missing component belongs) become Ranges for highlights and "Go to field". Reading never changes the DOM.
 */
import type { TextSpan } from '../../rules/document/types';
import { attributeOf, closestOf, domProperty, queryAllOf } from './dom-builtins';
import { isSkippedForText, nextInside, nextOutside } from './document-text';
import { WALK_STEP, type Steps } from './steps';
import { cleanText } from './text';

/** A whole letter is read up to this many characters (about 15,000 words); the rest is left unread. */
export const MAX_REGION_TEXT = 100_000;

export interface RegionText {
  text: string;
  /** What the markup shows as headings: h1–h6, role=heading, and a bold line alone on its line. */
  headings: TextSpan[];
  /** The text nodes the characters came from. */
  nodes: Text[];
  /** Per character: index into `nodes`, or -1 for a line break the markup made (a block's edge, a <br>). */
  nodeOfChar: Int32Array;
  /** Per character: its offset in that text node. */
  offsetOfChar: Int32Array;
}

/** Blocks an editor makes a paragraph of (each Enter in Quill, Lexical, TinyMCE, CKEditor is a new <p>). */
const PARAGRAPHS = new Set([
  'p', 'div', 'ul', 'ol', 'table', 'hr', 'dl', 'section', 'article', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'caption', 'header', 'footer', 'aside', 'main', 'body', 'figure', 'address',
]);
/** Blocks that are lines of one list or table: a line break, not a paragraph gap. */
const LINES = new Set(['li', 'tr', 'dt', 'dd', 'thead', 'tbody']);
const BOLD = new Set(['b', 'strong']);
/** A bold run longer than this is emphasis, not a heading. */
const MAX_BOLD_HEADING = 80;
/** A bold run-in heading that opens a paragraph ("Diagnosis. Mr. …") is at most this long. */
const MAX_RUN_IN_HEADING = 60;
/** A page's furniture, not its document: navigation, toolbars and menus, buttons. */
const FURNITURE_TAGS = new Set(['nav', 'button', 'dialog']);
const FURNITURE_ROLES = new Set(['toolbar', 'navigation', 'menubar', 'menu']);

/** The text of `root`'s content, read as pausable steps (an editor may hold a long document). */
export function* readRegionTextSteps(root: Element): Steps<RegionText> {
  const out = new MappedText();
  const headings: TextSpan[] = [];
  const bold: TextSpan[] = [];
  // Elements still open, with where their text began: a block ends a line when the walk leaves it.
  const open: Array<{ element: Element; start: number; heading: boolean; bold: boolean; block: Break | null }> = [];
  const closeUpTo = (node: Node | null) => {
    while (open.length > 0 && !(node && containsNode(open.at(-1)!.element, node))) {
      const closing = open.pop()!;
      const span = { start: closing.start, end: out.trimmedEnd() };
      if (span.end > span.start && closing.heading) headings.push(span);
      if (span.end > span.start && closing.bold) bold.push(span);
      if (closing.block) out.lineBreak(closing.block);
    }
  };
  let node: Node | null = domProperty(root, 'firstChild');
  let visited = 0;
  // Each table's column headers, found once per reading (the text may have changed since the last one).
  const headerRows = new Map<Element, string[] | null>();
  while (node && out.length < MAX_REGION_TEXT) {
    if (++visited % WALK_STEP === 0) yield;
    closeUpTo(node);
    // Through the DOM's own getter: a form with a control named "nodeType" would hide what the form is.
    const type = domProperty(node, 'nodeType');
    if (type === 1) {
      const element = node as Element;
      const tag = domProperty(element, 'localName');
      if (isSkippedForText(element) || isFurniture(element, tag) || (tag === 'tr' && isColumnHeaderRow(element))) {
        node = nextOutside(element, root);
        continue;
      }
      if (tag === 'br') out.lineBreak('br');
      const block: Break | null = PARAGRAPHS.has(tag) ? 'paragraph' : LINES.has(tag) ? 'line' : null;
      if (block) out.lineBreak(block);
      if (tag === 'li') out.insert(listMarker(element));
      if (tag === 'td' || tag === 'th') {
        const words = cellWords(element, headerRows);
        if (words === null) {
          node = nextOutside(element, root);
          continue;
        }
        out.insert(words);
      }
      const heading = /^h[1-6]$/.test(tag) || attributeOf(element, 'role') === 'heading';
      open.push({ element, start: out.length, heading, bold: BOLD.has(tag), block });
    } else if (type === 3) {
      out.add(node as Text);
    }
    node = nextInside(node, root);
  }
  closeUpTo(null);
  out.trimEnd();
  const text = out.text();
  headings.push(...bold.filter((span) => isWholeLine(text, span) || isRunIn(text, span)));
  headings.sort((a, b) => a.start - b.start);
  return { text, headings, ...out.map() };
}

/**
 * A Range over `span` of the region's text, or null when the text nodes changed since they were read (the next
 * scan reads them again) or the span holds only line breaks the markup made.
 */
export function rangeForSpan(region: RegionText, span: TextSpan): Range | null {
  let first = Math.max(0, span.start);
  let last = Math.min(region.text.length, span.end) - 1;
  while (first <= last && region.nodeOfChar[first]! < 0) first++;
  while (last >= first && region.nodeOfChar[last]! < 0) last--;
  if (first > last) return null;
  const startNode = region.nodes[region.nodeOfChar[first]!]!;
  const endNode = region.nodes[region.nodeOfChar[last]!]!;
  const startOffset = region.offsetOfChar[first]!;
  const endOffset = region.offsetOfChar[last]! + 1;
  if (!startNode.isConnected || !endNode.isConnected || startOffset > startNode.length || endOffset > endNode.length) return null;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range;
}

/**
 * A Range over the last character before `anchor` (where a missing component belongs): the place a badge is
 * drawn. A collapsed range has no box in some layouts; one character always has.
 */
export function rangeAtAnchor(region: RegionText, anchor: number): Range | null {
  let at = Math.min(region.text.length, Math.max(0, anchor)) - 1;
  while (at >= 0 && (region.nodeOfChar[at]! < 0 || /\s/.test(region.text[at]!))) at--;
  if (at < 0) return rangeForSpan(region, { start: 0, end: Math.min(1, region.text.length) });
  return rangeForSpan(region, { start: at, end: at + 1 });
}

function containsNode(element: Element, node: Node): boolean {
  return (Object.getPrototypeOf(element) as Node).contains.call(element, node);
}

/** A bold run that is its line's whole text ("Alternatives tried:") names the part below it. */
function isWholeLine(text: string, span: TextSpan): boolean {
  if (span.end - span.start > MAX_BOLD_HEADING || !/\p{L}/u.test(text.slice(span.start, span.end))) return false;
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const lineEnd = text.indexOf('\n', span.end);
  return text.slice(lineStart, span.start).trim() === '' && text.slice(span.end, lineEnd < 0 ? undefined : lineEnd).trim() === '';
}

/**
 * A bold run that opens its line, ends in a full stop and is followed by the paragraph ("<b>Diagnosis.</b> Mr. …")
 * names the part it opens. A bold label ending in a colon ("<b>Patient:</b> …") is a label the reader reads with
 * its value.
 */
function isRunIn(text: string, span: TextSpan): boolean {
  const words = text.slice(span.start, span.end);
  // A word of three letters at least: a bold "Dr." or "Mr." opening a sentence is a title, not a heading.
  if (span.end - span.start > MAX_RUN_IN_HEADING || !words.endsWith('.') || !/\p{L}{3}/u.test(words)) return false;
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const lineEnd = text.indexOf('\n', span.end);
  return text.slice(lineStart, span.start).trim() === '' && text.slice(span.end, lineEnd < 0 ? undefined : lineEnd).trim() !== '';
}

function isFurniture(element: Element, tag: string): boolean {
  return FURNITURE_TAGS.has(tag) || FURNITURE_ROLES.has(attributeOf(element, 'role') ?? '');
}

/** How the reader tells list items: "- " for a bullet, "3. " for the third item of a numbered list. */
function listMarker(item: Element): string {
  const list = domProperty(item, 'parentElement');
  // Quill keeps bullets in an <ol> too, each item saying what it is.
  if (!list || domProperty(list, 'localName') !== 'ol' || attributeOf(item, 'data-list') === 'bullet') return '- ';
  return `${cellsOf(list, 'li').indexOf(item) + 1}. `;
}

/**
 * What goes before a table cell's own words, so each row reads as one line the reader understands: a row under a
 * header row "Header: cell; Header: cell" (a services table keeps which number is the units and which the
 * minutes), a two-cell row "Label: value", any other row its cells parted by " | " (but a cell after a "Label:" cell
 * joined to it by a space). Null for an empty cell under
 * a header row, which says nothing.
 */
function cellWords(cell: Element, headerRows: Map<Element, string[] | null>): string | null {
  const row = domProperty(cell, 'parentElement');
  if (!row || domProperty(row, 'localName') !== 'tr') return '';
  const cells = cellsOf(row, 'td, th');
  const index = cells.indexOf(cell);
  const filled = cells.map((each) => cellText(each) !== '');
  const before = filled.slice(0, index).some(Boolean);
  const header = columnHeaders(row, headerRows);
  if (header && header.length === cells.length) {
    if (!filled[index]) return null;
    return `${before ? '; ' : ''}${header[index]}: `;
  }
  if (index === 0 || !before || !filled[index]) return '';
  if (cells.length === 2) return cellText(cells[0]!).endsWith(':') ? ' ' : ': ';
  // "Patient Name: | Okonkwo, Adaeze | MRN: | E4471029", a chart export's demographics row of label and value
  // pairs, reads "Patient Name: Okonkwo, Adaeze | MRN: E4471029": a cell after a "Label:" cell is that label's value.
  const previous = cells.slice(0, index).findLast((_, i) => filled[i]);
  return previous && cellText(previous).endsWith(':') ? ' ' : ' | ';
}

/** The words of the header row a row sits under (its table's first row, all header cells, three or more). */
function columnHeaders(row: Element, headerRows: Map<Element, string[] | null>): string[] | null {
  const table = closestOf(row, 'table');
  if (!table || isHeaderCells(row) || domProperty(domProperty(row, 'parentElement')!, 'localName') === 'thead') return null;
  if (!headerRows.has(table)) {
    const first = queryAllOf(table, 'tr')[0];
    headerRows.set(table, first && isColumnHeaderRow(first) ? cellsOf(first, 'td, th').map((cell) => cleanText(cellText(cell))) : null);
  }
  return headerRows.get(table)!;
}

/** A row of three or more header cells names the columns below it; it is read with each cell, not on its own. */
function isColumnHeaderRow(row: Element): boolean {
  return isHeaderCells(row) && cellsOf(row, 'td, th').length > 2;
}

function isHeaderCells(row: Element): boolean {
  const cells = cellsOf(row, 'td, th');
  return cells.length > 0 && cells.every((cell) => domProperty(cell, 'localName') === 'th');
}

function cellsOf(parent: Element, selector: string): Element[] {
  return Array.from(domProperty(parent, 'children')).filter((child) => prototypeMatches(child, selector));
}

function prototypeMatches(element: Element, selector: string): boolean {
  return (Object.getPrototypeOf(element) as Element).matches.call(element, selector);
}

function cellText(cell: Element): string {
  return (domProperty(cell, 'textContent') ?? '').replace(/\s+/g, ' ').trim();
}

/** A paragraph's edge (a blank line, as the reader splits paragraphs), a list item's or row's, or a <br>. */
type Break = 'paragraph' | 'line' | 'br';

/**
 * Text built character by character with each character's source: runs of white space collapse to one space,
 * a paragraph's edge becomes a blank line (at most one), a list item's edge or a <br> one line break.
 */
class MappedText {
  private readonly chars: string[] = [];
  private readonly nodeIndex: number[] = [];
  private readonly offsets: number[] = [];
  private readonly nodes: Text[] = [];

  get length(): number {
    return this.chars.length;
  }

  add(node: Text): void {
    const data = domProperty(node, 'data');
    let index = -1;
    for (let offset = 0; offset < data.length && this.chars.length < MAX_REGION_TEXT; offset++) {
      const char = data[offset]!;
      const space = /\s/.test(char);
      if (space && (this.chars.length === 0 || /\s/.test(this.chars.at(-1)!))) continue;
      if (index < 0) index = this.nodes.push(node) - 1;
      this.push(space ? ' ' : char, index, offset);
    }
  }

  /** Words the markup implies but no text node holds (a list marker, a column's header): mapped to no node. */
  insert(words: string): void {
    if (words === '') return;
    if (this.chars.at(-1) === ' ') this.pop();
    for (const char of words) this.push(char, -1, 0);
  }

  /** Ends the line: a paragraph with a blank line; a <br> on an empty line also makes one, never two. */
  lineBreak(kind: Break): void {
    if (this.chars.at(-1) === ' ') this.pop();
    if (this.chars.length === 0) return;
    const breaks = this.chars.at(-1) === '\n' ? (this.chars.at(-2) === '\n' ? 2 : 1) : 0;
    const wanted = kind === 'paragraph' ? 2 : kind === 'br' ? Math.min(2, breaks + 1) : Math.max(1, breaks);
    for (let count = breaks; count < wanted; count++) this.push('\n', -1, 0);
  }

  trimEnd(): void {
    while (this.chars.length > 0 && /\s/.test(this.chars.at(-1)!)) this.pop();
  }

  /** Where the text ends now, not counting a trailing space. */
  trimmedEnd(): number {
    let end = this.chars.length;
    while (end > 0 && /\s/.test(this.chars[end - 1]!)) end--;
    return end;
  }

  text(): string {
    return this.chars.join('');
  }

  map(): Pick<RegionText, 'nodes' | 'nodeOfChar' | 'offsetOfChar'> {
    return { nodes: this.nodes, nodeOfChar: Int32Array.from(this.nodeIndex), offsetOfChar: Int32Array.from(this.offsets) };
  }

  private push(char: string, node: number, offset: number): void {
    this.chars.push(char);
    this.nodeIndex.push(node);
    this.offsets.push(offset);
  }

  private pop(): void {
    this.chars.pop();
    this.nodeIndex.pop();
    this.offsets.pop();
  }
}
