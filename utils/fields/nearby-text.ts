/**
 * Text written next to a field when the page has no <label>: "Patient DOB: [____]", a label cell left of an
 * input cell, "Additional notes:<br>[textarea]". The weakest signal, because neighbours leak labels: the walk
 * stops at the first other form control, takes only the closest piece of text, and ignores paragraphs.
 */
import { attributeOf, domProperty, hasAttributeOf, holdsMatchOf, queryAllOf } from './dom-builtins';
import { cleanText, isElementNode, isTextNode, textWithoutControls } from './text';

export const CONTROL_SELECTOR = 'input:not([type=hidden]), select, textarea, button, [contenteditable]';
const MAX_LABEL_LENGTH = 150;
const MAX_CLIMB = 4;
const LINE_BREAKS = new Set(['br', 'hr', 'wbr']);
const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript']);
/** Climbing out of these would reach the next form or section. */
const STOP_AT = new Set(['body', 'html', 'form', 'fieldset', 'table', 'tbody', 'thead', 'ul', 'ol', 'dl', 'section', 'main']);

/**
 * The closest text before `element` on its line or in the cell before it, or null. `own` holds the elements
 * that make up the field (the radios of a group), which do not stop the walk.
 */
export function precedingText(element: Element, own: ReadonlySet<Element> = new Set([element])): string | null {
  return precedingLabel(element, own)?.text ?? null;
}

/** The text precedingText finds, and whether it is a heading (h1–h6, role=heading, a card or panel header). */
export interface PrecedingLabel {
  text: string;
  heading: boolean;
}

/** precedingText, also saying whether the text was written as a heading: a heading over an editor labels it. */
export function precedingLabel(element: Element, own: ReadonlySet<Element> = new Set([element])): PrecedingLabel | null {
  let node: Element = element;
  for (let level = 0; level < MAX_CLIMB; level++) {
    const found = scanSiblings(node, own, 'previous');
    if (found !== undefined) return found;
    const parent = node.parentElement;
    if (!parent || STOP_AT.has(parent.localName) || holdsOtherControls(parent, own)) return null;
    node = parent;
  }
  return null;
}

/** The text right after a checkbox or radio ("[x] Signature on file"), on the same line only. */
export function followingText(element: Element): string | null {
  const found = scanSiblings(element, new Set([element]), 'next');
  return found?.text ?? null;
}

/** undefined: nothing at this level, keep climbing; null: stop, no label; else the label. */
function scanSiblings(node: Element, own: ReadonlySet<Element>, direction: 'previous' | 'next'): PrecedingLabel | null | undefined {
  for (let sibling = step(node, direction); sibling; sibling = step(sibling, direction)) {
    if (isTextNode(sibling)) {
      const text = usableText(sibling.textContent ?? '');
      if (text === null) return null;
      if (text) return { text, heading: false };
      continue;
    }
    if (!isElementNode(sibling)) continue;
    if (LINE_BREAKS.has(sibling.localName)) {
      if (direction === 'next') return null;
      continue;
    }
    if (NOT_TEXT.has(sibling.localName) || isOurs(sibling) || sibling.hasAttribute('hidden')) continue;
    // An editor's toolbar ("B I U •"), a button, a menu or an icon is the page's chrome, never a label; help text
    // describes a field, it does not name it.
    const disclosure = disclosureTitle(sibling, own);
    if (disclosure) return { text: disclosure, heading: true };
    if (isChrome(sibling) || isHelpText(sibling, own)) continue;
    if (isOtherControl(sibling, own)) return null;
    const heading = isHeadingLike(sibling);
    const text = heading ? usableText(headingText(sibling)) : usableText(textWithoutControls(sibling), sibling.textContent ?? '');
    if (text === null) return null;
    if (text) return { text, heading };
  }
  return undefined;
}

/**
 * An accordion's summary (MUI AccordionSummary, a Bootstrap .accordion-button, any button with aria-controls)
 * whose region holds the field: its text titles the field's section as a heading does.
 */
function disclosureTitle(element: Element, own: ReadonlySet<Element>): string | null {
  const role = attributeOf(element, 'role');
  const leaf = domProperty(element, 'childElementCount') === 0;
  const trigger = domProperty(element, 'localName') === 'button' || role === 'button' ? element : leaf ? undefined : queryAllOf(element, 'button[aria-controls], [role=button][aria-controls]')[0];
  const controls = trigger && attributeOf(trigger, 'aria-controls');
  if (!trigger || !controls) return null;
  const root = element.getRootNode() as Document | ShadowRoot;
  const holds = controls.split(/\s+/).some((id) => {
    const region = typeof root.getElementById === 'function' ? root.getElementById(id) : null;
    return region !== null && [...own].some((member) => region.contains(member));
  });
  if (!holds) return null;
  const text = usableText(textWithoutChrome(trigger) || textWithoutControls(trigger));
  return text || null;
}

/** Class words of a field's hint (Bootstrap .form-text, MUI FormHelperText, Ant Design extra, Mantine description). */
const HELP_CLASS = /(^|[\s_-])(form-text|help-block|help-text|helptext|hint|helper-text|FormHelperText-root|form-item-extra|InputWrapper-description|field-description)($|\s)/i;

/** Text a field is described by (aria-describedby) or that is written as a hint: not its label. */
function isHelpText(element: Element, own: ReadonlySet<Element>): boolean {
  if (HELP_CLASS.test(attributeOf(element, 'class') ?? '')) return true;
  const id = attributeOf(element, 'id');
  if (!id) return false;
  for (const member of own) if ((member.getAttribute('aria-describedby') ?? '').split(/\s+/).includes(id)) return true;
  return false;
}

/** Roles and class words of toolbars, menus and buttons; their text is a command, not a label. */
const CHROME_ROLES = new Set(['toolbar', 'menu', 'menubar', 'menuitem', 'button', 'tablist', 'tooltip', 'img']);
const CHROME_TAGS = new Set(['button', 'svg', 'img', 'menu']);
const CHROME_CLASS = /(^|[\s_-])(toolbar|tool-bar|menubar|btn-group|button-group)($|[\s_-])/i;
/** An icon font's glyph (<i class="fa fa-bold">, <span class="material-icons">format_bold</span>): a leaf only. */
const ICON_CLASS = /(^|[\s_-])(icon|icons|material-icons|material-symbols(-\w+)?|glyphicon|fa|fas|far|bi|anticon)($|[\s_-])/i;
/** Form controls a toolbar may hold without being part of the form (a heading-level select, a font size). */
const CONTROL_IN_CHROME = 'input:not([type=hidden]):not([type=button]):not([type=submit]):not([type=reset]), textarea, [contenteditable]';

/**
 * A toolbar, menu, button or icon: an element marked so (role, tag, class), aria-hidden, or a group of buttons
 * with no text of its own (a rich-text editor's "B I U" written as <button>s). Never one holding a text control.
 */
export function isChrome(element: Element): boolean {
  const role = (attributeOf(element, 'role') ?? '').trim().toLowerCase();
  const tag = domProperty(element, 'localName');
  const className = attributeOf(element, 'class') ?? '';
  const leaf = domProperty(element, 'childElementCount') === 0;
  const marked = CHROME_ROLES.has(role) || CHROME_TAGS.has(tag) || attributeOf(element, 'aria-hidden') === 'true'
    || CHROME_CLASS.test(className) || ((leaf || tag === 'i') && ICON_CLASS.test(className));
  // A leaf holds no control and no button: its descendant queries are skipped.
  const holdsTextControl = !leaf && holdsMatchOf(element, CONTROL_IN_CHROME);
  if (marked) return !holdsTextControl && !isHeadingLike(element);
  if (leaf || holdsTextControl || isHeadingLike(element) || !holdsMatchOf(element, 'button, [role=button]')) return false;
  return !/[\p{L}\p{N}]/u.test(textWithoutChrome(element));
}

/** Classes UI libraries give a card's or panel's header (Bootstrap, MUI, Ant Design, Mantine, PrimeNG, Vuetify). */
const HEADER_CLASS = /(^|\s)([\w-]*(card|panel|section|box|widget|portlet)[_-]*(header|heading|head|title)(-title)?|MuiCardHeader-(root|title)|MuiTypography-h[1-6]|v-card-title|p-panel-header|p-card-title)(\s|$)/i;

/** h1–h6, role=heading, or a card or panel header written as a div. */
export function isHeadingLike(element: Element): boolean {
  const tag = domProperty(element, 'localName');
  if (/^h[1-6]$/.test(tag) || attributeOf(element, 'role') === 'heading') return true;
  if (tag === 'legend' || tag === 'caption') return false;
  return HEADER_CLASS.test(attributeOf(element, 'class') ?? '');
}

/**
 * A heading's text, including a button inside it (an accordion's <h3><button>Plan</button></h3>) but without its
 * icons and its action buttons beside the title (a card header's "Edit" is a <button> next to a title element).
 */
export function headingText(heading: Element): string {
  const own = textWithoutChrome(heading);
  if (own) return own;
  const button = queryAllOf(heading, 'button, [role=button]')[0];
  return button ? textWithoutControls(button) : '';
}

/** An element's text without its buttons, toolbars, menus and icons. */
export function textWithoutChrome(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let child = domProperty(node, 'firstChild'); child; child = domProperty(child, 'nextSibling')) {
      if (isTextNode(child)) parts.push(child.textContent ?? '');
      else if (isElementNode(child) && !NOT_TEXT.has(child.localName) && !isOurs(child) && !hasAttributeOf(child, 'hidden')) {
        if (isChrome(child) || ['input', 'select', 'textarea', 'option'].includes(domProperty(child, 'localName'))) continue;
        walk(child);
      }
    }
  };
  walk(element);
  return cleanText(parts.join(' '));
}

function step(node: Node, direction: 'previous' | 'next'): Node | null {
  return direction === 'previous' ? node.previousSibling : node.nextSibling;
}

/**
 * '' = nothing useful here, keep looking; null = a paragraph, not a label: stop. A trailing colon is kept: it
 * marks the text as a label ("Frequency & Duration:"), which the signal reader trusts more.
 */
function usableText(raw: string, written = raw): string | null {
  const text = cleanText(raw);
  if (!/[\p{L}\p{N}$#]/u.test(text)) return '';
  if (text.length > MAX_LABEL_LENGTH) return null;
  return written.trim().endsWith(':') ? `${text}:` : text;
}

function isOtherControl(element: Element, own: ReadonlySet<Element>): boolean {
  if (own.has(element)) return false;
  if (element.matches(CONTROL_SELECTOR)) return true;
  return holdsOtherControls(element, own);
}

/** Buttons and the controls of a toolbar or menu (an editor's font-size select) are no other field. */
function holdsOtherControls(container: Element, own: ReadonlySet<Element>): boolean {
  const isOther = (control: Element) => !own.has(control) && !isInsideOwn(control, own) && !isButtonLike(control) && !control.closest('[role=toolbar], [role=menu], [role=menubar]');
  // The first control usually answers; listing every control of a large container for each field would not.
  const first = container.querySelector(CONTROL_SELECTOR);
  if (first === null) return false;
  return isOther(first) || Array.from(container.querySelectorAll(CONTROL_SELECTOR)).some(isOther);
}

function isButtonLike(control: Element): boolean {
  if (control.localName === 'button') return true;
  return control.localName === 'input' && ['button', 'submit', 'reset', 'image'].includes((control.getAttribute('type') ?? '').toLowerCase());
}

/** A rich-text editor's nested contenteditable parts are the editor's own. */
function isInsideOwn(control: Element, own: ReadonlySet<Element>): boolean {
  for (const member of own) if (member !== control && member.contains(control)) return true;
  return false;
}

function isOurs(element: Element): boolean {
  return element.hasAttribute('data-claimlint-ui');
}
