/**
 * A CSS selector that finds a field again later (marks, "jump to field", taught mappings) without keeping DOM
 * nodes in the snapshot: #id when the id is unique, else [name] when unique, else an nth-of-type path. Inside
 * open shadow roots the selector is a chain "<host selector> >>> <inner selector>", each part scoped to its
 * own root. Only selector forms that both Chromium and happy-dom parse: plain identifiers after '#', and quoted
 * attribute values without escapes (happy-dom rejects CSS escapes).
 */
import { attributeOf, domProperty } from './dom-builtins';
import { isShadowRoot, rootOf, shadowHosts, type FieldRoot } from './roots';

/** How many elements carry an id or a name; a scan counts once instead of querying per field. */
export interface AttributeCounts {
  idCount(id: string): number;
  nameCount(name: string): number;
}

/** Separates the parts of a selector that crosses into open shadow roots. */
export const SHADOW_SEPARATOR = ' >>> ';

const PLAIN_IDENTIFIER = /^-?[A-Za-z_][A-Za-z0-9_-]*$/;
const QUOTABLE = /^(?!.*>>>)[^"\\\n\r\f]+$/;

/** Builds the shortest unique selector this module knows for `element` within its own root. */
export function selectorFor(element: Element, counts: AttributeCounts = queryCounts(rootOf(element))): string {
  const id = element.getAttribute('id');
  const byId = id ? idSelector(id) : null;
  if (byId && counts.idCount(id!) === 1) return byId;
  const name = element.getAttribute('name');
  if (name && QUOTABLE.test(name) && counts.nameCount(name) === 1) return `${element.localName}[name="${name}"]`;
  return nthOfTypePath(element, counts);
}

/**
 * The full locator selector for an element anywhere in the document, crossing open shadow roots with " >>> ".
 * `countsFor` supplies per-root counts (a scan's cache); by default each root is counted on the spot.
 */
export function locatorSelectorFor(element: Element, countsFor: (root: FieldRoot) => AttributeCounts = queryCounts): string {
  return [...shadowHosts(element), element].map((part) => selectorFor(part, countsFor(rootOf(part)))).join(SHADOW_SEPARATOR);
}

/** The element a locator selector names, or null when it is gone, ambiguous or not valid CSS. */
export function findByLocator(root: ParentNode, selector: string): Element | null {
  const matches = findAllByLocator(root, selector);
  return matches.length === 1 ? matches[0]! : null;
}

/** Every element a locator selector (or a hand-written one, " >>> " allowed) matches; [] when it is not valid. */
export function findAllByLocator(root: ParentNode, selector: string): Element[] {
  let scopes: ParentNode[] = [root];
  const parts = selector.split(SHADOW_SEPARATOR);
  for (const [position, part] of parts.entries()) {
    const found: Element[] = [];
    for (const scope of scopes) {
      try {
        found.push(...Array.from(scope.querySelectorAll(part)));
      } catch {
        return [];
      }
    }
    if (position === parts.length - 1) return found;
    scopes = found.map((host) => host.shadowRoot).filter((shadow): shadow is ShadowRoot => shadow !== null);
  }
  return [];
}

function idSelector(id: string): string | null {
  if (PLAIN_IDENTIFIER.test(id)) return `#${id}`;
  return QUOTABLE.test(id) ? `[id="${id}"]` : null;
}

function queryCounts(root: FieldRoot): AttributeCounts {
  const count = (attribute: string, value: string) =>
    QUOTABLE.test(value) ? root.querySelectorAll(`[${attribute}="${value}"]`).length : 0;
  return { idCount: (id) => count('id', id), nameCount: (name) => count('name', name) };
}

/** Climbs to the root (or a uniquely identified ancestor); in a shadow root the path starts at its top level. */
function nthOfTypePath(element: Element, counts: AttributeCounts): string {
  const steps: string[] = [];
  let current: Element | null = element;
  // Ancestors may be forms, whose controls can shadow these members (see dom-builtins.ts).
  while (current && domProperty(current, 'localName') !== 'html') {
    const id = current !== element ? attributeOf(current, 'id') : null;
    const byId = id ? idSelector(id) : null;
    if (byId && counts.idCount(id!) === 1) {
      steps.unshift(byId);
      break;
    }
    const parent: Element | null = domProperty(current, 'parentElement');
    const siblings = parent ? Array.from(domProperty(parent, 'children')) : topLevelSiblings(current);
    const localName = domProperty(current, 'localName');
    const sameType = siblings.filter((child) => domProperty(child, 'localName') === localName);
    steps.unshift(sameType.length > 1 ? `${localName}:nth-of-type(${sameType.indexOf(current) + 1})` : localName);
    current = parent;
  }
  if (current && domProperty(current, 'localName') === 'html') steps.unshift('html');
  return steps.join(' > ');
}

function topLevelSiblings(element: Element): Element[] {
  const root = element.getRootNode();
  return isShadowRoot(root) ? Array.from(root.children) : [element];
}
