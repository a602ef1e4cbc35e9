/**
 * Filling a blank third-party form the way a careful clinician or biller would, and blanking parts of it again,
 * for the planted-gap measure (real-gaps.ts). Controls are found by the truth files' keys (an id, which several
 * boxes of one group may share, or "name=<name>"); document parts by the fields the reader placed.
 */
import type { CompiledRule } from '../../rules/compile-checklist';
import type { Snapshot } from '../../rules/schema';
import { findByLocator } from '../../utils/fields/selector';
import { normalizeKey, type keyedFields } from './fixture-keys';
import { needsOf } from './rule-needs';
import { CARRIES, EVIDENCE_TEXT, syntheticText } from './synthetic-values';

type Fields = Readonly<Record<string, { concept: string }>>;

export interface FilledForm {
  filled: number;
  /** Truth keys left blank: no value for their concept, no option to choose, or no control found. */
  unfilled: string[];
  /** Per filled truth key (normalized): the payer evidence (rules/text detector names) its value states. */
  carried: Map<string, Set<string>>;
}

/** Fills every truth-labelled control with a value for its concept, as of `asOf`. */
export function fillForm(doc: Document, fields: Fields, asOf: string): FilledForm {
  const form: FilledForm = { filled: 0, unfilled: [], carried: new Map() };
  for (const [key, { concept }] of Object.entries(fields)) {
    const controls = controlsFor(doc, key);
    if (controls.length > 0 && fill(controls, concept, asOf)) {
      form.filled++;
      form.carried.set(normalizeKey(key), new Set(CARRIES[concept] ?? []));
    } else form.unfilled.push(key);
  }
  return form;
}

/**
 * Where a rule reads its evidence from a fallback concept because the form has no box of its own for it (no
 * frequency box, so the orders' text must say "2x/week for 6 weeks"), the clinician writes it in the first text
 * box the rule reads. Returns what was added where.
 */
export function stateInFallbackBoxes(doc: Document, fields: Fields, form: FilledForm, rules: readonly CompiledRule[]): string[] {
  const stated: string[] = [];
  for (const need of rules.flatMap(needsOf)) {
    const detector = need.detector;
    if (detector === null || !(detector in EVIDENCE_TEXT)) continue;
    const read = Object.entries(fields).filter(([, want]) => need.concepts.includes(want.concept));
    if (read.some(([key]) => form.carried.get(normalizeKey(key))?.has(detector))) continue;
    const box = read
      .filter(([key]) => form.carried.has(normalizeKey(key)) && controlsFor(doc, key).some(isTextBox))
      .sort(([, a], [, b]) => need.concepts.indexOf(a.concept) - need.concepts.indexOf(b.concept))[0];
    if (!box) continue;
    for (const control of controlsFor(doc, box[0]).filter(isTextBox)) {
      const input = control as HTMLInputElement | HTMLTextAreaElement;
      input.value = `${input.value} ${EVIDENCE_TEXT[detector]}`.trim();
    }
    form.carried.get(normalizeKey(box[0]))!.add(detector);
    stated.push(`${box[0]} (${box[1].concept}) also states ${detector}: the form has no box of its own for it`);
  }
  return stated;
}

/** One checkbox and nothing else: unchecked, it answers its question "no". */
export function isLoneCheckbox(doc: Document, keys: readonly string[]): boolean {
  const controls = keys.flatMap((key) => controlsFor(doc, key));
  return controls.length === 1 && controls[0]!.getAttribute('type')?.toLowerCase() === 'checkbox';
}

/** Empties the controls the keys name (unchecks boxes, chooses the empty option); returns the undo. */
export function blankControls(doc: Document, keys: readonly string[]): () => void {
  const undo: Array<() => void> = [];
  for (const control of keys.flatMap((key) => controlsFor(doc, key))) {
    if (isChoice(control)) {
      const input = control as HTMLInputElement;
      const was = input.checked;
      input.checked = false;
      undo.push(() => { input.checked = was; });
    } else if (control.localName === 'select') {
      const select = control as HTMLSelectElement;
      const was = select.selectedIndex;
      select.selectedIndex = Array.from(select.options).findIndex((option) => option.value.trim() === '');
      undo.push(() => { select.selectedIndex = was; });
    } else {
      const input = control as HTMLInputElement | HTMLTextAreaElement;
      const was = input.value;
      input.value = '';
      undo.push(() => { input.value = was; });
    }
  }
  return () => { for (const step of undo.reverse()) step(); };
}

/** What a C-CDA section with no entries shows: its narrative must say so rather than be empty. */
const NO_INFORMATION = 'No information';

/** Replaces the text of the document parts the keys name (a section's body, a label's value) with "No information"; returns the undo. */
export function writeNoInformation(doc: Document, keys: readonly string[], snapshot: Snapshot, keyed: ReturnType<typeof keyedFields>): () => void {
  const undo: Array<() => void> = [];
  for (const { field, keys: fieldKeys } of keyed) {
    if (!fieldKeys.some((key) => keys.includes(key))) continue;
    const selector = snapshot.places?.[field.key]?.selector;
    const element = selector === undefined ? null : findByLocator(doc, selector);
    if (!element) continue;
    documentTextOf(element).forEach((text, at) => {
      const was = text.data;
      text.data = at === 0 ? NO_INFORMATION : '';
      undo.push(() => { text.data = was; });
    });
  }
  return () => { for (const step of undo.reverse()) step(); };
}

/** The form controls a truth key names, with the rest of their radio or checkbox group. */
function controlsFor(doc: Document, key: string): Element[] {
  const name = /^name=(.*)$/s.exec(key)?.[1];
  const named = Array.from(doc.querySelectorAll('input, select, textarea')).filter((control) =>
    name === undefined ? control.getAttribute('id') === key.trim() : control.getAttribute('name') === name);
  const members = new Set<Element>();
  for (const control of named) {
    members.add(control);
    const type = control.getAttribute('type')?.toLowerCase();
    const group = control.getAttribute('name');
    if ((type === 'radio' || type === 'checkbox') && group) {
      const scope: ParentNode = control.closest('form') ?? doc;
      for (const other of Array.from(scope.querySelectorAll(`input[type="${type}"]`))) if (other.getAttribute('name') === group) members.add(other);
    }
  }
  return [...members];
}

function isChoice(control: Element): boolean {
  const type = control.getAttribute('type')?.toLowerCase();
  return control.localName === 'input' && (type === 'checkbox' || type === 'radio');
}

const NOT_TEXT = new Set(['checkbox', 'radio', 'hidden', 'submit', 'button', 'reset', 'image', 'file', 'date', 'time', 'number']);

function isTextBox(control: Element): boolean {
  if (control.localName === 'textarea') return true;
  return control.localName === 'input' && !NOT_TEXT.has(control.getAttribute('type')?.toLowerCase() ?? 'text');
}

/** Fills one truth key's controls: a box is checked (the first of a group), an option chosen, a value typed. */
function fill(controls: Element[], concept: string, asOf: string): boolean {
  const first = controls[0]!;
  if (isChoice(first)) {
    (first as HTMLInputElement).checked = true;
    return true;
  }
  if (first.localName === 'select') {
    const select = first as HTMLSelectElement;
    const option = Array.from(select.options).find((candidate) => candidate.value.trim() !== '' && !/^\s*(-+|select|choose)/i.test(candidate.text));
    if (!option) return false;
    select.value = option.value;
    return true;
  }
  const text = syntheticText(concept, first, asOf);
  if (text === null) return false;
  for (const control of controls) (control as HTMLInputElement | HTMLTextAreaElement).value = text;
  return true;
}

const HEADING = /^h([1-6])$/;

/**
 * The text a document part holds: for a heading, every text node after it up to the next heading of the same
 * or a higher level; for a label, the text of the element after it (the value cell or span).
 */
function documentTextOf(element: Element): Text[] {
  const doc = element.ownerDocument;
  const texts: Text[] = [];
  const level = HEADING.exec(element.localName)?.[1];
  if (level === undefined) {
    const value = element.nextElementSibling;
    if (!value) return texts;
    const walker = doc.createTreeWalker(value, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
    return texts;
  }
  const walker = doc.createTreeWalker(doc.body, 1 | 4 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
  // Start after the heading's own text, then go on until the next heading at its level or above.
  let node = nextAfter(walker, element);
  for (; node; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      const other = HEADING.exec((node as Element).localName)?.[1];
      if (other !== undefined && Number(other) <= Number(level)) break;
    } else texts.push(node as Text);
  }
  return texts;
}

/** The first node after `element` and its subtree, in document order (the walker is left there). */
function nextAfter(walker: TreeWalker, element: Element): Node | null {
  for (let ancestor: Node | null = element; ancestor; ancestor = ancestor.parentNode) {
    walker.currentNode = ancestor;
    const next = walker.nextSibling();
    if (next) return next;
  }
  return null;
}
