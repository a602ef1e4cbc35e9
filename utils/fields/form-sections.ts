/**
 * Sections of legacy form layouts (EHR forms built from tables): a bold run such as
 * <td><strong>PROBLEMS REQUIRING PT INTERVENTION</strong></td> heads the checkboxes and blanks below it, which
 * carry no label of their own that names a concept ("Decline in mobility", "Other"). A field that the
 * heuristics cannot place takes its section's documentation concept instead (see collect-fields).
 *
 * A bold run heads a section when it is in capitals or stands alone in its cell or line, is not a cell of a
 * table's header row, and is not the label of a control right beside it. Its section runs from it up to the next
 * heading, within the outermost block that holds no other heading; when that block holds nothing below the
 * heading's own row, the section goes on through the blocks that follow (a header table above a content table).
 */
import { domProperty, queryAllOf } from './dom-builtins';
import { isFormControl } from './document-text';
import { elementsIn } from './roots';
import { runSteps, WALK_STEP, type Steps } from './steps';
import { cleanText, textWithoutControls } from './text';

/** One section header and the part of the page it covers. */
export interface FormSection {
  header: Element;
  /** The header's own words (its first run of text between controls). */
  text: string;
  /** The element the section's fields lie within. */
  scope: Element;
  /** Controls come before the header's words inside it, so they still belong to the section before. */
  startsAfterOwnControls: boolean;
}

const MAX_HEADER = 80;
const CONTROLS = 'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=image]):not([type=reset]), select, textarea';

/**
 * Headers of the document (and its open shadow roots) in document order, h1–h6 included as section breaks.
 * `namesSection` says whether header words name a section concept: a bold line in capitals always starts a
 * new section (possibly one without a concept), one in ordinary case only when it names one, since such a line
 * is as often a sub-label ("Comments", "Assistance") inside the section.
 */
export function findFormSections(doc: Document, namesSection: (text: string) => boolean = () => false): Map<Element, FormSection | null> {
  return runSteps(findFormSectionsSteps(doc, namesSection));
}

/** findFormSections as pausable steps, reading the document up to `end` (see scan-window.ts). */
export function* findFormSectionsSteps(
  doc: Document,
  namesSection: (text: string) => boolean = () => false,
  end: Element | null = null,
): Steps<Map<Element, FormSection | null>> {
  const headers: Array<{ header: Element; text: string }> = [];
  const breaks: Element[] = [];
  let visited = 0;
  for (const element of elementsIn(doc, end)) {
    if (/^h[1-6]$/.test(element.localName) || element.getAttribute('role') === 'heading') breaks.push(element);
    else {
      const header = headerText(element, namesSection);
      if (header === BREAK) breaks.push(element);
      else if (header) headers.push({ header: element, text: header });
    }
    if (++visited % WALK_STEP === 0) yield;
  }
  const inside = countHeadersInside([...breaks, ...headers.map((entry) => entry.header)]);
  const sections = new Map<Element, FormSection | null>();
  for (const element of breaks) sections.set(element, null);
  for (const { header, text } of headers) {
    sections.set(header, { header, text, scope: scopeOf(header, inside), startsAfterOwnControls: controlFirst(header) });
  }
  return sections;
}

/** A bold run in capitals that labels the control after it: not a section of its own, but the end of the last. */
const BREAK = '\u0000break';

/** The header's words when the element heads a section, BREAK when it only ends one, else ''. */
function headerText(element: Element, namesSection: (text: string) => boolean): string {
  const bold = ['b', 'strong'].includes(element.localName) || /(^|\s)bold(\s|$)/i.test(element.getAttribute('class') ?? '');
  if (!bold || element.parentElement?.closest('b, strong, label, a, button, h1, h2, h3, h4, h5, h6')) return '';
  const text = firstTextRun(element);
  if (text.length < 3 || text.length > MAX_HEADER || !/\p{L}{2}/u.test(text)) return '';
  const capitals = isCapitals(text);
  if (!capitals && !(standsAlone(element) && namesSection(text))) return '';
  if (inHeaderRow(element)) return '';
  if (labelsNextControl(element) || labelsFollowingControl(element)) return capitals ? BREAK : '';
  return text;
}

/** The first run of text between the element's controls: "GAIT SKILLS" of "GAIT SKILLS [x] Not applicable". */
function firstTextRun(element: Element): string {
  let run = '';
  for (let node: Node | null = element.firstChild; node; node = nextIn(node, element)) {
    if (node.nodeType === 1 && isFormControl(node as Element)) {
      if (cleanText(run)) break;
      run = '';
    } else if (node.nodeType === 3) run += node.textContent ?? '';
  }
  return cleanText(run);
}

function nextIn(node: Node, root: Node): Node | null {
  if (node.nodeType === 1 && !isFormControl(node as Element) && node.firstChild) return domProperty(node, 'firstChild');
  return nextAfter(node, root);
}

/** Mostly capital letters, not counting an aside in parentheses ("(Check all that apply)"). */
function isCapitals(text: string): boolean {
  const letters = text.replace(/\([^)]*\)/g, '').replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  return letters.length >= 4 && upper.length / letters.length >= 0.7;
}

/** The bold run is all the text of its cell or block, or the first line of it (a title line ending in a break). */
function standsAlone(element: Element): boolean {
  const block = element.closest('td, th, p, div, li');
  if (!block) return false;
  const own = cleanText(element.textContent ?? '');
  const all = cleanText(textWithoutControls(block));
  if (all === own) return true;
  let next = element.nextSibling;
  while (next && next.nodeType === 3 && !(next.textContent ?? '').trim()) next = next.nextSibling;
  return all.startsWith(own) && next !== null && next.nodeType === 1 && (next as Element).localName === 'br';
}

/** A cell of a row whose cells are all bold or empty: a grid's column headers. */
function inHeaderRow(element: Element): boolean {
  const row = element.closest('tr');
  if (!row || row.querySelector(CONTROLS)) return false;
  const cells = Array.from(row.children).filter((cell) => textWithoutControls(cell));
  // One bold cell alone in its row is a title over what follows, not a grid's column headers.
  return cells.length > 1 && cells.every((cell) => {
    const text = cleanText(cell.textContent ?? '');
    if (!text) return true;
    const bold = Array.from(cell.querySelectorAll('b, strong')).map((b) => cleanText(b.textContent ?? '')).join(' ');
    return !cell.querySelector(CONTROLS) && cleanText(bold) === text;
  });
}

/** "Start of Care Date" in the cell before an input is that input's label, not a section. */
function labelsNextControl(element: Element): boolean {
  const cell = element.closest('td, th');
  if (!cell || cell.querySelector(CONTROLS)) return false;
  const next = cell.nextElementSibling;
  return next !== null && next.querySelector(CONTROLS) !== null && !textWithoutControls(next);
}

/**
 * "<strong>Diagnosis</strong> <input>": bold words with a single control right after them on the line label it.
 * Checkboxes or radios after them are the options of a question, which the words head.
 */
function labelsFollowingControl(element: Element): boolean {
  let next = element.nextSibling;
  while (next && next.nodeType === 3 && !(next.textContent ?? '').trim()) next = next.nextSibling;
  if (!next || next.nodeType !== 1 || !isFormControl(next as Element)) return false;
  const type = ((next as Element).getAttribute('type') ?? '').toLowerCase();
  return type !== 'checkbox' && type !== 'radio';
}

/** The control follows the header in the same cell or block with no line break or block in between. */
function onLineAfter(header: Element, control: Element): boolean {
  const block = header.closest('td, th, p, div, li');
  if (!block?.contains(control)) return false;
  for (let node: Node | null = nextAfter(header, block); node && node !== control; node = nextNode(node, block)) {
    if (node.nodeType === 1 && /^(br|p|div|table|tr|ul|ol|li|hr|h[1-6])$/.test((node as Element).localName)) return false;
  }
  return true;
}

function nextNode(node: Node, root: Node): Node | null {
  return domProperty(node, 'firstChild') ?? nextAfter(node, root);
}

/** Through the DOM's own getters: walks pass forms, whose controls can shadow them (see dom-builtins.ts). */
function nextAfter(node: Node, root: Node): Node | null {
  for (let current: Node | null = node; current && current !== root; current = domProperty(current, 'parentNode')) {
    const next = domProperty(current, 'nextSibling');
    if (next) return next;
  }
  return null;
}

function controlFirst(header: Element): boolean {
  for (let node: Node | null = header.firstChild; node; node = nextIn(node, header)) {
    if (node.nodeType === 1 && isFormControl(node as Element)) return true;
    if (node.nodeType === 3 && (node.textContent ?? '').trim()) return false;
  }
  return false;
}

function scopeOf(header: Element, inside: ReadonlyMap<Element, number>): Element {
  let container: Element = header;
  // Each ancestor holds this header; more than one means it holds another too.
  for (let parent = header.parentElement; parent && (inside.get(parent) ?? 0) <= 1; parent = domProperty(parent, 'parentElement')) container = parent;
  // Controls below the header are its body; those on its own line (its question's options, or a label pair in
  // another cell of its row) are not.
  const row = header.closest('tr');
  const cell = header.closest('td, th');
  // The container may be a form, whose controls can shadow these members (see dom-builtins.ts).
  const holdsBody = Array.from(queryAllOf(container, CONTROLS)).some(
    (control) =>
      !header.contains(control) &&
      (header.compareDocumentPosition(control) & 4) !== 0 &&
      !(row?.contains(control) && !cell?.contains(control)) &&
      !onLineAfter(header, control),
  );
  return holdsBody ? container : (domProperty(container, 'parentElement') ?? container);
}

/** For every ancestor of a header or heading: how many of them it holds. */
function countHeadersInside(headers: readonly Element[]): Map<Element, number> {
  const counts = new Map<Element, number>();
  for (const header of headers) {
    for (let parent = header.parentElement; parent; parent = domProperty(parent, 'parentElement')) counts.set(parent, (counts.get(parent) ?? 0) + 1);
  }
  return counts;
}
