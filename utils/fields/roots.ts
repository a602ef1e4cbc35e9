/**
 * Fields can live in open shadow roots (web-component portals, editor widgets). These helpers find an element's
 * root and walk a document together with every open shadow root inside it, in document order. Closed shadow
 * roots stay closed: a page that closes them asked not to be read.
 */

/** A document or a shadow root: where ids, label[for] and selectors are scoped. */
export type FieldRoot = Document | ShadowRoot;

/** The document or shadow root the element lives in. */
export function rootOf(element: Element): FieldRoot {
  return element.getRootNode() as FieldRoot;
}

/** The host chain from the outermost shadow host down to the element's own host; empty in the light DOM. */
export function shadowHosts(element: Element): Element[] {
  const hosts: Element[] = [];
  for (let root = rootOf(element); isShadowRoot(root); root = rootOf(root.host)) hosts.unshift(root.host);
  return hosts;
}

/** getElementById scoped to the element's own root, so aria-labelledby inside a shadow root resolves there. */
export function elementByIdNear(element: Element, id: string): Element | null {
  const root = rootOf(element) as FieldRoot & { getElementById?: (id: string) => Element | null };
  return typeof root.getElementById === 'function' ? root.getElementById(id) : null;
}

/**
 * Calls `visit` for every element of `root` in document order; an element's open shadow root is visited right
 * after the element itself, so fields inside a widget keep their place among the page's fields.
 */
export function walkElements(root: FieldRoot | Element, visit: (element: Element) => void): void {
  for (const element of elementsIn(root)) visit(element);
}

/** NodeFilter.SHOW_ELEMENT; the CLI's DOM has no NodeFilter global. */
const SHOW_ELEMENT = 1;

/**
 * The elements of `root` and (unless `intoShadowRoots` is false) of the open shadow roots in it, in the order
 * walkElements visits them, stopping before `end` (an element of the light DOM): a scan of a huge page reads
 * only its first part. A tree walker rather than querySelectorAll('*'), which would list every element of a
 * 50,000-field page before the first.
 */
export function* elementsIn(
  root: FieldRoot | Element,
  end: Element | null = null,
  intoShadowRoots = true,
): Generator<Element, void, undefined> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node === end) return;
    const element = node as Element;
    // A form's named controls shadow its DOM members (<input name="getAttribute"> makes form.getAttribute that
    // input), in an extension's isolated world too; a form is never a field, label or header, so it is not
    // visited (the walker still goes through its children).
    if (Object.prototype.toString.call(element) === '[object HTMLFormElement]') continue;
    yield element;
    if (intoShadowRoots && element.shadowRoot) yield* elementsIn(element.shadowRoot);
  }
}

export function isShadowRoot(node: Node): node is ShadowRoot {
  // nodeType 11 is a DocumentFragment; only a shadow root has a host.
  return node.nodeType === 11 && (node as ShadowRoot).host !== undefined && (node as ShadowRoot).host !== null;
}
