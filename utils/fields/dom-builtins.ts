/**
 * DOM members read past a form's named controls. A form exposes each of its controls as a property of its own,
 * under the control's name or id (DOM clobbering): <input name="getAttribute"> makes form.getAttribute that
 * input. The browser does this, not the page's script, so an extension's isolated world sees it too. The member
 * on the element's prototype is the DOM's own. Realm-neutral (no Element global): happy-dom documents of any
 * window work.
 */

/** element.getAttribute(name), also on a form with a control named "getAttribute". */
export function attributeOf(element: Element, name: string): string | null {
  return prototypeOf(element).getAttribute.call(element, name);
}

/** element.hasAttribute(name), also on a form with a control named "hasAttribute". */
export function hasAttributeOf(element: Element, name: string): boolean {
  return prototypeOf(element).hasAttribute.call(element, name);
}

/** element.closest(selectors), also on a form with a control named "closest". */
export function closestOf(element: Element, selectors: string): Element | null {
  return prototypeOf(element).closest.call(element, selectors);
}

/** element.matches(selectors), also on a form with a control named "matches". */
export function matchesOf(element: Element, selectors: string): boolean {
  return prototypeOf(element).matches.call(element, selectors);
}

/**
 * node[member] for a DOM getter (localName, parentElement, parentNode, nextSibling, ...), also on a form with a
 * control of that name. Walks that climb or step through a form must use it: form.parentNode can be a control
 * inside the form, whose parentNode is the form again, and the walk would never end.
 */
export function domProperty<T extends Node, K extends keyof T>(node: T, member: K): T[K] {
  return Reflect.get(Object.getPrototypeOf(node) as object, member, node) as T[K];
}

/** node.contains(other), also on a form with a control named "contains". */
export function containsOf(node: Node, other: Node): boolean {
  return (Object.getPrototypeOf(node) as Node).contains.call(node, other);
}

/** element.querySelectorAll(selectors), also on a form with a control named "querySelectorAll". */
export function queryAllOf(element: Element, selectors: string): NodeListOf<Element> {
  return prototypeOf(element).querySelectorAll.call(element, selectors);
}

/**
 * Whether anything inside `element` matches `selectors`, also on a form with a control named "querySelector":
 * the browser stops at the first match instead of listing them all.
 */
export function holdsMatchOf(element: Element, selectors: string): boolean {
  return prototypeOf(element).querySelector.call(element, selectors) !== null;
}

/** form.elements, also on a form with a control named "elements". */
export function formElements(form: HTMLFormElement): HTMLFormControlsCollection {
  return Reflect.get(Object.getPrototypeOf(form) as object, 'elements', form) as HTMLFormControlsCollection;
}

/**
 * form.requestSubmit(submitter), also on a form with a control named "requestSubmit": the submit guard's
 * "Submit anyway" must reach the DOM's own method, or the user could not send the form past the guard.
 */
export function requestSubmitOf(form: HTMLFormElement, submitter: HTMLElement | null): void {
  (Object.getPrototypeOf(form) as HTMLFormElement).requestSubmit.call(form, submitter);
}

function prototypeOf(element: Element): Element {
  return Object.getPrototypeOf(element) as Element;
}
