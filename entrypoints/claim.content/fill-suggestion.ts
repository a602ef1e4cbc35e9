/**
 * THE ONLY PLACE CLAIMLINT WRITES A VALUE INTO THE PAGE. It runs when the user clicks one of a card's
 * suggestions (mark-card.ts calls it from a trusted click, nothing else imports it: test/meta/layers.test.ts),
 * never on a check's answer, a timer or a message.
 *
 * The value goes in through the page's own input events, so a framework (React, Vue, Angular) sees the edit as
 * a user's: a text box is focused, its text selected and replaced with `execCommand('insertText')`, which fires
 * beforeinput and input and puts the edit on the browser's undo stack (Ctrl+Z restores the old value natively).
 * Where that is not supported, and for a select, the value is set through the element's native setter (React
 * wraps the instance's setter to track values) with bubbling input and change events, and Ctrl+Z in that field
 * restores the old value once.
 */

const TEXT_TYPES = new Set(['', 'text', 'search', 'tel', 'url', 'email', 'number']);

/** Whether a suggestion of this value can be filled into this element (a select needs an option for it). */
export function canFillSuggestion(element: Element, value: string): boolean {
  if (element instanceof HTMLSelectElement) return !element.disabled && optionFor(element, value) !== null;
  return isTextBox(element) && !element.disabled && !element.readOnly;
}

/**
 * Fills `value` into the element on the user's explicit choice; `signal` ends the one-step undo it may keep.
 * Returns false (and writes nothing) when the element cannot take it.
 */
export function fillSuggestionOnUserClick(element: Element, value: string, signal: AbortSignal): boolean {
  if (!canFillSuggestion(element, value)) return false;
  if (element instanceof HTMLSelectElement) {
    const previous = element.value;
    element.focus({ preventScroll: true });
    setNativeValue(element, optionFor(element, value)!.value);
    keepOneStepUndo(element, previous, signal);
    return true;
  }
  const box = element as HTMLInputElement | HTMLTextAreaElement;
  const previous = box.value;
  box.focus({ preventScroll: true });
  box.select();
  if (typeText(box, value)) return true;
  setNativeValue(box, value);
  keepOneStepUndo(box, previous, signal);
  return true;
}

function isTextBox(element: Element): element is HTMLInputElement | HTMLTextAreaElement {
  return element instanceof HTMLTextAreaElement || (element instanceof HTMLInputElement && TEXT_TYPES.has(element.type.toLowerCase()));
}

/** The option that holds this value: its value, else its text or the code its text starts with ("90834 - …"). */
function optionFor(select: HTMLSelectElement, value: string): HTMLOptionElement | null {
  const wanted = value.trim().toUpperCase();
  const options = [...select.options].filter((option) => !option.disabled);
  return options.find((option) => option.value.trim().toUpperCase() === wanted)
    ?? options.find((option) => option.text.trim().toUpperCase() === wanted)
    ?? options.find((option) => new RegExp(`^${escapeRegExp(wanted)}(?![\\p{L}\\p{N}.])`, 'u').test(option.text.trim().toUpperCase()))
    ?? null;
}

/** The browser's own typing: true when it replaced the selected text with exactly this value. */
function typeText(box: HTMLInputElement | HTMLTextAreaElement, value: string): boolean {
  const doc = box.ownerDocument;
  try {
    if (typeof doc.execCommand !== 'function' || !doc.execCommand('insertText', false, value)) return false;
  } catch {
    return false;
  }
  return box.value === value;
}

/** Sets the value through the element type's own setter and fires the events a user's edit fires. */
function setNativeValue(element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  const prototype = element instanceof HTMLSelectElement ? HTMLSelectElement.prototype
    : element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(element, value);
  element.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText' }));
  element.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Ctrl+Z (Cmd+Z) in this field, while it still holds what ClaimLint filled, puts the old value back once. Any
 * other edit of the field ends it, as does the session's end.
 */
function keepOneStepUndo(element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, previous: string, signal: AbortSignal): void {
  const filled = element.value;
  const controller = new AbortController();
  const stop = () => controller.abort();
  signal.addEventListener('abort', stop, { once: true });
  const options = { capture: true, signal: controller.signal };
  (element as HTMLElement).addEventListener('keydown', (event: KeyboardEvent) => {
    const undo = (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'z';
    if (!undo) return;
    stop();
    if (element.value !== filled) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    setNativeValue(element, previous);
  }, options);
  element.addEventListener('input', () => {
    if (element.value !== filled) stop();
  }, options);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
