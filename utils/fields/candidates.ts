/**
 * Finds the elements that can hold a field value, in document order: text-like inputs, textareas, selects,
 * checkboxes, radio groups (one candidate per group) and contenteditable regions. Also notes the nearest
 * heading before each, which gives fields their section.
 */
import type { FieldKind } from '../../rules/schema';
import { attributeOf, closestOf, containsOf, domProperty, holdsMatchOf } from './dom-builtins';
import { findFormSectionsSteps, type FormSection } from './form-sections';
import { headingText } from './nearby-text';
import { elementsIn } from './roots';
import { runSteps, WALK_STEP, type Steps } from './steps';
import { cleanText, textWithoutControls } from './text';

export type { FieldKind };

export interface CandidateField {
  /** The element the field is located by; for a group its first member. */
  element: Element;
  kind: FieldKind;
  /** The elements that make up the field: the radios or same-name checkboxes of a group, else just `element`. */
  members: Element[];
  /** Text of the closest heading before the field (h1–h6 or role=heading), '' when none. */
  heading: string;
  /** The legacy-layout section (a bold header) the field lies in, when any; see form-sections.ts. */
  section?: FormSection | null;
}

const SKIPPED_INPUT_TYPES = new Set(['hidden', 'submit', 'button', 'image', 'reset', 'file', 'password']);

/** The elements kindOf makes a field of, as one CSS selector for the browser's own engine to count. */
export const CANDIDATE_CONTROLS = `input${[...SKIPPED_INPUT_TYPES].map((type) => `:not([type=${type}])`).join('')}, select, textarea, [contenteditable]`;
const SCANNED_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'input', 'textarea', 'select']);

/**
 * Every candidate field of the document and of the open shadow roots in it, skipping ClaimLint's own UI.
 * `namesSection` tells legacy-layout section headers from sub-labels (see findFormSections).
 */
export function findCandidates(doc: Document, namesSection?: (text: string) => boolean): CandidateField[] {
  return runSteps(findCandidatesSteps(doc, namesSection));
}

/** findCandidates as pausable steps, reading the document up to `end` (see scan-window.ts). */
export function* findCandidatesSteps(
  doc: Document,
  namesSection?: (text: string) => boolean,
  end: Element | null = null,
): Steps<CandidateField[]> {
  const candidates: CandidateField[] = [];
  // Per form (or per document / shadow root for controls outside a form): choice groups by kind and name.
  const choiceGroups = new Map<Node, Map<string, CandidateField>>();
  let heading = '';
  const sections = yield* findFormSectionsSteps(doc, namesSection, end);
  let section: FormSection | null = null;
  // A header that wraps controls starts its section after them: they belong to the section before.
  let pending: FormSection | null = null;
  let visited = 0;
  for (const element of elementsIn(doc, end)) {
    if (++visited % WALK_STEP === 0) yield;
    if (pending && !pending.header.contains(element)) [section, pending] = [pending, null];
    const starts = sections.get(element);
    if (starts === null) [section, pending] = [null, null];
    else if (starts?.startsAfterOwnControls) pending = starts;
    else if (starts) [section, pending] = [starts, null];
    if (!SCANNED_TAGS.has(element.localName) && !element.hasAttribute('contenteditable') && !element.hasAttribute('role') && !element.hasAttribute('tabindex') && !element.hasAttribute('aria-haspopup')) continue;
    if (element.closest('[data-claimlint-ui]')) continue;
    if (isHeading(element)) {
      // An accordion's heading holds its title in a button (<h2><button>Plan of Care</button></h2>).
      heading = cleanText(textWithoutControls(element)) || headingText(element);
      continue;
    }
    const kind = kindOf(element);
    if (!kind) continue;
    // A section's scope may be a form, whose controls can shadow contains() (see dom-builtins.ts).
    const within = section && containsOf(section.scope, element) ? section : null;
    const candidate: CandidateField = { element, kind, members: [element], heading, section: within };
    const name = element.getAttribute('name');
    if ((kind === 'radio' || kind === 'checkbox') && name) {
      const scope = element.closest('form') ?? element.getRootNode();
      const groups = choiceGroups.get(scope) ?? new Map<string, CandidateField>();
      choiceGroups.set(scope, groups);
      const group = groups.get(`${kind}\u0000${name}`);
      if (group) {
        group.members.push(element);
        continue;
      }
      groups.set(`${kind}\u0000${name}`, candidate);
    }
    candidates.push(candidate);
  }
  return candidates;
}

/** The schema kind of an element, or null when it is not a field ClaimLint reads. */
export function kindOf(element: Element): FieldKind | null {
  switch (element.localName) {
    case 'textarea':
      return 'textarea';
    case 'select':
      return 'select';
    case 'input': {
      const type = (element.getAttribute('type') ?? 'text').trim().toLowerCase();
      if (SKIPPED_INPUT_TYPES.has(type)) return null;
      if (type === 'checkbox' || type === 'radio') return type;
      return 'text';
    }
    default:
      if (isEditableRoot(element)) return 'contenteditable';
      return isOwnCombobox(element) || isDrawnDropdown(element) || isPopupSelect(element) ? 'select' : null;
  }
}

/**
 * A select a UI library draws without a native control (PrimeVue Select, Headless UI Listbox, many design
 * systems): an element with role=combobox whose wrapper holds no input (but a hidden one), select or textarea. Where the library
 * keeps a native control beside it (MUI Select's hidden input, Ant Design's search input), that control is the
 * field instead.
 */
export function isOwnCombobox(element: Element): boolean {
  if (attributeOf(element, 'role') !== 'combobox') return false;
  const wrapper = domProperty(element, 'parentElement');
  // A hidden input is no control to read (a form library's submitted copy beside a date-picker button, as
  // shadcn/ui draws one): the button showing the choice is the field.
  return !wrapper || !holdsMatchOf(wrapper, 'input:not([type=hidden]), select, textarea');
}

/** Wrappers too wide to be one select's: a control in them is another field's, not this button's own input. */
const POPUP_WRAPPER_STOP = new Set(['form', 'fieldset', 'body', 'table', 'tr', 'tbody']);
const POPUP_WRAPPER_CLIMB = 2;
const OTHER_CONTROLS = 'input:not([type=hidden]), select, textarea, [contenteditable], [role=combobox]';

/**
 * A select drawn as a button that opens its options: Headless UI's Listbox.Button (<button aria-haspopup="listbox">
 * showing the choice) or Ionic's ion-select (an empty <button aria-haspopup="dialog" aria-label="Frequency, 2x per
 * week"> beside the choice it draws). Not the opener of a control of its own (a combobox's or a date input's
 * button, PrimeReact's dropdown trigger): its wrapper, two levels up, holds no other control. A button that opens a
 * dialog and says what it does ("Add diagnosis") is an action, so a dialog opener counts only when a <label for>
 * names it (Mantine's DatePickerInput) or it shows no text of its own (Ionic).
 */
export function isPopupSelect(element: Element): boolean {
  if (element.localName !== 'button' || attributeOf(element, 'role') !== null) return false;
  const popup = (attributeOf(element, 'aria-haspopup') ?? '').trim().toLowerCase();
  if (popup === '' || popup === 'false') return false;
  // A <label for> naming the button makes it a field by the page's own word (Mantine's DatePickerInput: a button
  // showing "November 30, 2026" under its label "Date signed"); an action opening a dialog has no such label.
  const labelled = hasLabelFor(element);
  if (popup !== 'listbox' && !labelled && !(popup === 'dialog' && !cleanText(element.textContent ?? ''))) return false;
  let wrapper: Element | null = element;
  for (let level = 0; level < POPUP_WRAPPER_CLIMB; level++) {
    wrapper = wrapper && domProperty(wrapper, 'parentElement');
    if (!wrapper || POPUP_WRAPPER_STOP.has(domProperty(wrapper, 'localName'))) break;
    if (holdsMatchOf(wrapper, OTHER_CONTROLS)) return false;
  }
  return true;
}

/** Whether a <label for> in the element's own root names it. */
function hasLabelFor(element: Element): boolean {
  const id = attributeOf(element, 'id');
  if (!id) return false;
  const root = element.getRootNode() as Document | ShadowRoot;
  // Through the prototype: a page's <img name="querySelectorAll"> shadows the document's own method.
  const labels = (Object.getPrototypeOf(root) as ParentNode).querySelectorAll.call(root, 'label[for]');
  return Array.from(labels).some((label) => attributeOf(label, 'for') === id);
}

/** Class words of a drawn dropdown: Semantic UI's and Fomantic's "ui selection dropdown". */
const DROPDOWN_CLASS = /^(dropdown|select)$/i;

/**
 * A dropdown drawn without ARIA that submits its choice through a hidden input it holds (Semantic UI's
 * <div class="ui selection dropdown" tabindex="0"><input type="hidden" name="payer" value="mcr"><div
 * class="text">Medicare</div><div class="menu">…</div></div>): focusable, named a dropdown by its class, with no
 * control of its own to type in (a search dropdown's input is the field instead).
 */
export function isDrawnDropdown(element: Element): boolean {
  const tabindex = attributeOf(element, 'tabindex');
  if (tabindex === null || tabindex.trim() === '-1' || attributeOf(element, 'role') !== null) return false;
  if (!Array.from(element.classList).some((token) => DROPDOWN_CLASS.test(token))) return false;
  if (!Array.from(element.children).some((child) => child.localName === 'input' && (attributeOf(child, 'type') ?? '').toLowerCase() === 'hidden')) return false;
  return !holdsMatchOf(element, 'input:not([type=hidden]), select, textarea');
}

export function isHeading(element: Element): boolean {
  return /^h[1-6]$/.test(element.localName) || element.getAttribute('role') === 'heading';
}

/** Only the outermost editable element is a field; nested ones are part of its text. */
function isEditableRoot(element: Element): boolean {
  if (!isEditable(element)) return false;
  const above = element.parentElement;
  const parent = above && closestOf(above, '[contenteditable]');
  return !parent || !isEditable(parent);
}

function isEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && ['', 'true', 'plaintext-only'].includes(value.trim().toLowerCase());
}
