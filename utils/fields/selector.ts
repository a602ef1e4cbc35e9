/**
 * A CSS selector that finds a field again later (marks, "jump to field") without keeping DOM nodes in the
 * snapshot: #id when the id is unique, else [name] when unique, else an nth-of-type path. Only selector forms
 * that both Chromium and happy-dom parse: plain identifiers after '#', and quoted attribute values without
 * escapes (happy-dom rejects CSS escapes).
 */

/** How many elements carry an id or a name; a scan counts once instead of querying per field. */
export interface AttributeCounts {
  idCount(id: string): number;
  nameCount(name: string): number;
}

const PLAIN_IDENTIFIER = /^-?[A-Za-z_][A-Za-z0-9_-]*$/;
const QUOTABLE = /^[^"\\\n\r\f]+$/;

/** Builds the shortest unique selector this module knows for `element`. */
export function selectorFor(element: Element, counts: AttributeCounts = queryCounts(element.ownerDocument)): string {
  const id = element.getAttribute('id');
  const byId = id ? idSelector(id) : null;
  if (byId && counts.idCount(id!) === 1) return byId;
  const name = element.getAttribute('name');
  if (name && QUOTABLE.test(name) && counts.nameCount(name) === 1) return `${element.localName}[name="${name}"]`;
  return nthOfTypePath(element, counts);
}

/** The element a selector from selectorFor names, or null when it is gone, ambiguous or not valid CSS. */
export function findByLocator(root: ParentNode, selector: string): Element | null {
  try {
    const matches = root.querySelectorAll(selector);
    return matches.length === 1 ? matches[0]! : null;
  } catch {
    return null;
  }
}

function idSelector(id: string): string | null {
  if (PLAIN_IDENTIFIER.test(id)) return `#${id}`;
  return QUOTABLE.test(id) ? `[id="${id}"]` : null;
}

function queryCounts(doc: Document): AttributeCounts {
  const count = (attribute: string, value: string) =>
    QUOTABLE.test(value) ? doc.querySelectorAll(`[${attribute}="${value}"]`).length : 0;
  return { idCount: (id) => count('id', id), nameCount: (name) => count('name', name) };
}

function nthOfTypePath(element: Element, counts: AttributeCounts): string {
  const steps: string[] = [];
  let current: Element | null = element;
  while (current && current.localName !== 'html') {
    const id = current !== element ? current.getAttribute('id') : null;
    const byId = id ? idSelector(id) : null;
    if (byId && counts.idCount(id!) === 1) {
      steps.unshift(byId);
      break;
    }
    const parent: Element | null = current.parentElement;
    const tag = current.localName;
    const sameType = parent ? Array.from(parent.children).filter((child) => child.localName === tag) : [current];
    steps.unshift(sameType.length > 1 ? `${tag}:nth-of-type(${sameType.indexOf(current) + 1})` : tag);
    current = parent;
  }
  if (current?.localName === 'html') steps.unshift('html');
  return steps.join(' > ');
}
