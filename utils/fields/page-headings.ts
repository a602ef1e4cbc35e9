/**
 * The page's headings and logo text, which name the payer ("Primary: Medicare Part B") and the kind of document
 * ("Plan of Care") when no field does. Read-only and bounded: at most MAX_HEADINGS texts of MAX_HEADING_LENGTH,
 * read through the DOM's own members so a hostile page's clobbering controls cannot stand in for them.
 */
import { MAX_HEADING_LENGTH, MAX_HEADINGS } from '../../rules/schema';
import { attributeOf, domProperty, queryAllOf } from './dom-builtins';

/** Headings, ARIA headings, and logo alt text in a header, banner or navigation bar. */
const HEADING_SELECTOR = 'h1, h2, h3, [role="heading"], header img[alt], [role="banner"] img[alt], nav img[alt]';
/** How much of one heading's text is read before it is cut: a "heading" wrapping a whole page is not read whole. */
const MAX_READ = 2_000;

/** The page's headings in document order, flattened, de-duplicated and capped. */
export function collectHeadings(doc: Document): string[] {
  const root = domProperty(doc, 'documentElement');
  if (!root) return [];
  const headings: string[] = [];
  for (const element of Array.from(queryAllOf(root, HEADING_SELECTOR))) {
    const raw = domProperty(element, 'localName') === 'img' ? attributeOf(element, 'alt') : domProperty(element, 'textContent');
    const text = (raw ?? '').slice(0, MAX_READ).replace(/\s+/g, ' ').trim().slice(0, MAX_HEADING_LENGTH);
    if (text && !headings.includes(text)) headings.push(text);
    if (headings.length >= MAX_HEADINGS) break;
  }
  return headings;
}
