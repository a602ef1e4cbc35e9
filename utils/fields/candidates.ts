/**
 * Finds the elements that can hold a field value, in document order: text-like inputs, textareas, selects,
 * checkboxes, radio groups (one candidate per group) and contenteditable regions. Also notes the nearest
 * heading before each, which gives fields their section.
 */
import type { Field } from '../../rules/schema';
import { cleanText, textWithoutControls } from './text';

export type FieldKind = Field['kind'];

export interface CandidateField {
  /** The element the field is located by; for a group its first member. */
  element: Element;
  kind: FieldKind;
  /** The elements that make up the field: the radios or same-name checkboxes of a group, else just `element`. */
  members: Element[];
  /** Text of the closest heading before the field (h1–h6 or role=heading), '' when none. */
  heading: string;
}

const SKIPPED_INPUT_TYPES = new Set(['hidden', 'submit', 'button', 'image', 'reset', 'file', 'password']);
const SCAN_SELECTOR = 'h1, h2, h3, h4, h5, h6, [role=heading], input, textarea, select, [contenteditable]';

/** Every candidate field of the document, skipping ClaimLint's own UI. */
export function findCandidates(doc: Document): CandidateField[] {
  const candidates: CandidateField[] = [];
  const choiceGroups = new Map<string, CandidateField>();
  let heading = '';
  for (const element of Array.from(doc.querySelectorAll(SCAN_SELECTOR))) {
    if (element.closest('[data-claimlint-ui]')) continue;
    if (isHeading(element)) {
      heading = cleanText(textWithoutControls(element));
      continue;
    }
    const kind = kindOf(element);
    if (!kind) continue;
    if (kind === 'radio' || kind === 'checkbox') {
      const groupKey = choiceGroupKey(element, kind);
      const group = groupKey ? choiceGroups.get(groupKey) : undefined;
      if (group) {
        group.members.push(element);
        continue;
      }
      const candidate: CandidateField = { element, kind, members: [element], heading };
      if (groupKey) choiceGroups.set(groupKey, candidate);
      candidates.push(candidate);
      continue;
    }
    candidates.push({ element, kind, members: [element], heading });
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
      return isEditableRoot(element) ? 'contenteditable' : null;
  }
}

function isHeading(element: Element): boolean {
  return /^h[1-6]$/.test(element.localName) || element.getAttribute('role') === 'heading';
}

/** Only the outermost editable element is a field; nested ones are part of its text. */
function isEditableRoot(element: Element): boolean {
  if (!isEditable(element)) return false;
  const parent = element.parentElement?.closest('[contenteditable]');
  return !parent || !isEditable(parent);
}

function isEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && ['', 'true', 'plaintext-only'].includes(value.trim().toLowerCase());
}

/**
 * Radios, and checkboxes that share a name (a multiple-choice question), group by name within their form
 * (or the document when they have no form).
 */
function choiceGroupKey(input: Element, kind: 'radio' | 'checkbox'): string | null {
  const name = input.getAttribute('name');
  if (!name) return null;
  const form = input.closest('form');
  const formIndex = form ? Array.from(input.ownerDocument.forms).indexOf(form as HTMLFormElement) : -1;
  return `${kind}\u0000${formIndex}\u0000${name}`;
}
