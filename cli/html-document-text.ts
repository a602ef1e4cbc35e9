/**
 * The document a saved page shows, as the text the document reader reads: a letter in one contenteditable (or
 * textarea), or a rendered page (a print view, a rendered record) read block by block, with its headings
 * marked. Form controls, their labels, navigation, toolbars and buttons are the page's furniture, not the
 * document: they are left out, so a claim form's labels never read as a letter.
 */
import type { TextSpan } from '../rules/document/types';
import type { PlainDocument } from './markdown-text';

/** Fewer words than this outside form controls is a form with some instructions, not a document. */
export const MIN_DOCUMENT_WORDS = 60;

export interface PageDocument extends PlainDocument {
  /** The editor or textarea that holds the whole document; null when it is the page's own text. */
  region: Element | null;
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'OPTION', 'LABEL', 'LEGEND', 'IFRAME', 'SVG', 'CANVAS', 'DIALOG', 'HEAD']);
const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'ADDRESS', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'FIGURE', 'FIGCAPTION', 'HR', 'FORM', 'FIELDSET', 'BODY', 'CENTER']);
const HEADINGS = /^H[1-6]$/;

/**
 * The page's document, or null when the page is a form (or too short to be a letter or note). A contenteditable
 * or textarea holding at least MIN_DOCUMENT_WORDS is the document; else the page's own text outside its
 * controls, when that is long enough and the page has no more than a few form controls.
 */
export function pageDocument(document: Document): PageDocument | null {
  const editor = wholeDocumentEditor(document);
  if (editor) {
    if (editor.tagName === 'TEXTAREA') {
      const text = (editor as HTMLTextAreaElement).value.replace(/\r\n?/g, '\n');
      return { text, headings: [], region: editor };
    }
    return { ...blockText(editor), region: editor };
  }
  const body = document.body;
  if (!body || formControls(body) > 3) return null;
  const read = blockText(body);
  return wordCount(read.text) >= MIN_DOCUMENT_WORDS ? { ...read, region: null } : null;
}

function wholeDocumentEditor(document: Document): Element | null {
  const candidates = Array.from(document.querySelectorAll('[contenteditable], textarea')).filter((element) => {
    if (element.tagName !== 'TEXTAREA' && element.getAttribute('contenteditable')?.toLowerCase() === 'false') return false;
    // The outermost editable only: an editor's inner paragraphs inherit contenteditable.
    return element.tagName === 'TEXTAREA' || !element.parentElement?.closest('[contenteditable]:not([contenteditable="false"])');
  });
  const sized = candidates
    .map((element) => ({ element, words: wordCount(element.tagName === 'TEXTAREA' ? (element as HTMLTextAreaElement).value : element.textContent ?? '') }))
    .filter((candidate) => candidate.words >= MIN_DOCUMENT_WORDS)
    .sort((a, b) => b.words - a.words);
  return sized[0]?.element ?? null;
}

function formControls(root: Element): number {
  return root.querySelectorAll('input:not([type="hidden"]):not([type="submit"]):not([type="button"]), select, textarea').length;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /\w/.test(word)).length;
}

/** The element's text, one line per block, table rows as "Label: value" lines, headings marked. */
export function blockText(root: Element): PlainDocument {
  // heading: the whole line is one, or where a run-in heading at its start is ("Diagnosis. Mr. …").
  const lines: { text: string; heading: boolean | TextSpan }[] = [];
  let current = '';
  let runIn: TextSpan | null = null;
  const flush = (heading = false) => {
    const line = current.replace(/[ \t\u00a0]+/g, ' ').trim();
    if (line) lines.push({ text: line, heading: heading || (runIn ?? false) });
    current = '';
    runIn = null;
  };
  const blank = () => {
    flush();
    if (lines.length > 0 && lines.at(-1)!.text !== '') lines.push({ text: '', heading: false });
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED.has(tag) || isFurniture(element)) return;
    if (tag === 'BR') {
      flush();
      return;
    }
    if (tag === 'TR') {
      flush();
      current = tableRowText(element);
      flush();
      return;
    }
    if (HEADINGS.test(tag) || element.getAttribute('role') === 'heading') {
      blank();
      current = element.textContent ?? '';
      flush(true);
      return;
    }
    if (!BLOCKS.has(tag)) {
      for (const child of Array.from(element.childNodes)) walk(child);
      return;
    }
    if (tag === 'P' || tag === 'DIV') {
      const bold = boldHeading(element);
      if (bold !== null) {
        blank();
        current = bold;
        flush(true);
        return;
      }
    }
    if (tag === 'P' || tag === 'SECTION' || tag === 'ARTICLE' || tag === 'TABLE' || tag === 'UL' || tag === 'OL' || tag === 'ADDRESS') blank();
    else flush();
    if (tag === 'LI') current = listMarker(element);
    const lead = runInHeading(element);
    if (lead !== null) runIn = { start: current.length, end: current.length + lead };
    for (const child of Array.from(element.childNodes)) walk(child);
    if (tag === 'P' || tag === 'TABLE' || tag === 'UL' || tag === 'OL' || tag === 'ADDRESS') blank();
    else flush();
  };
  walk(root);
  flush();
  const headings: TextSpan[] = [];
  let offset = 0;
  const texts: string[] = [];
  for (const line of lines) {
    if (line.heading === true) headings.push({ start: offset, end: offset + line.text.length });
    else if (line.heading) headings.push({ start: offset + line.heading.start, end: offset + line.heading.end });
    texts.push(line.text);
    offset += line.text.length + 1;
  }
  while (texts.at(-1) === '') texts.pop();
  return { text: texts.join('\n'), headings };
}

function isFurniture(element: Element): boolean {
  const role = element.getAttribute('role');
  return role === 'toolbar' || role === 'navigation' || role === 'menubar' || role === 'menu'
    || element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true';
}

/** A paragraph that is nothing but bold text ("<p><strong>Goals</strong></p>") is a heading in an editor. */
function boldHeading(element: Element): string | null {
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text || text.length > 80) return null;
  const bold = Array.from(element.querySelectorAll('strong, b')).map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim()).join(' ').trim();
  return bold === text ? text : null;
}

/**
 * The length of a bold run-in heading that opens a paragraph and ends in a full stop ("<b>Diagnosis.</b> Mr. …"),
 * or null. A bold label ending in a colon ("<b>Patient:</b> …") is a label the reader reads with its value.
 */
function runInHeading(element: Element): number | null {
  const first = Array.from(element.childNodes).find((node) => node.nodeType !== 3 || (node.textContent ?? '').trim() !== '');
  if (!first || first.nodeType !== 1 || !/^(?:STRONG|B)$/i.test((first as Element).tagName)) return null;
  const bold = (first.textContent ?? '').replace(/\s+/g, ' ').trim();
  const whole = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  return bold.length <= 60 && bold.endsWith('.') && whole.length > bold.length ? bold.length : null;
}

function listMarker(item: Element): string {
  if (item.parentElement?.tagName.toUpperCase() !== 'OL') return '- ';
  return `${Array.from(item.parentElement.children).filter((child) => child.tagName.toUpperCase() === 'LI').indexOf(item) + 1}. `;
}

/**
 * A table row as one line. Two cells read "Label: value"; a row under a header row reads "Header: cell; …" so
 * a services table keeps which number is the units and which the minutes.
 */
function tableRowText(row: Element): string {
  const cells = Array.from(row.children).filter((cell) => /^T[DH]$/i.test(cell.tagName)).map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim());
  const header = headerCells(row);
  if (header && header.length === cells.length && row.parentElement?.tagName.toUpperCase() !== 'THEAD' && !isHeaderRow(row)) {
    return cells.map((cell, i) => (cell ? `${header[i]}: ${cell}` : '')).filter(Boolean).join('; ');
  }
  if (isHeaderRow(row) && cells.length > 2) return '';
  const filled = cells.filter(Boolean);
  if (filled.length === 2 && cells.length === 2) return `${filled[0]!.replace(/\s*:$/, '')}: ${filled[1]}`;
  return filled.join(' | ');
}

function isHeaderRow(row: Element): boolean {
  const cells = Array.from(row.children);
  return cells.length > 0 && cells.every((cell) => cell.tagName.toUpperCase() === 'TH');
}

function headerCells(row: Element): string[] | null {
  const table = row.closest('table');
  if (!table) return null;
  const first = table.querySelector('tr');
  if (!first || first === row || !isHeaderRow(first) || first.children.length < 3) return null;
  return Array.from(first.children).map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim());
}
