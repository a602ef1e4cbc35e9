import { domProperty } from '../../utils/fields/dom-builtins';
import { MAX_CLAIM_FILE_TEXT, type ClaimFileMessage } from '../../utils/messages';

/** A claim file the tab shows as text: its format, its size, and its text when it is small enough to send. */
export type ClaimFileText = Pick<ClaimFileMessage, 'format' | 'characters' | 'text'>;

// Types the browser shows as text rather than downloading: JSON (application/fhir+json too) and plain text.
const TEXT_TYPES = /^(?:application\/(?:[\w.-]+\+)?json|text\/(?:plain|json))$/i;
// A byte-order mark and blank lines some tools write before the content.
const LEADING = /^[\uFEFF\s]*/;
/** How far into the text its first characters are looked for, past a byte-order mark and blank lines. */
const HEAD = 4096;

/**
 * The claim file this document is, when it is one: the browser's text or JSON viewer (a served .txt or .json, a
 * file:// URL) or a page that is nothing but one <pre> (a raw file view). Cheap on any other page: it looks at the
 * content type and the body's children only, and reads no text unless one of them is a <pre>. An X12 file starts
 * with its ISA header; a FHIR file is a JSON object naming a resourceType. Anything else (a letter saved as
 * .txt, another JSON) is left to the page reader.
 */
export function claimFileText(doc: Document, cap = MAX_CLAIM_FILE_TEXT): ClaimFileText | null {
  const pre = rawTextElement(doc);
  if (!pre) return null;
  const text = domProperty(pre, 'textContent') ?? '';
  const head = text.slice(0, HEAD).replace(LEADING, '');
  const format = head.startsWith('ISA') ? 'x12' : head.startsWith('{') && text.includes('"resourceType"') ? 'fhir' : null;
  if (!format) return null;
  return text.length > cap ? { format, characters: text.length } : { format, characters: text.length, text };
}

function rawTextElement(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  // Read through the prototypes: a page's <form> can shadow an element's members with its controls (dom-builtins.ts).
  const first = domProperty(body, 'firstElementChild');
  if (!first || domProperty(first, 'localName') !== 'pre') return null;
  // Chromium's JSON viewer puts its pretty-printing container after the raw <pre>.
  if (TEXT_TYPES.test(doc.contentType)) return first;
  return domProperty(body, 'childElementCount') === 1 ? first : null;
}
