/**
 * Which of the page's controls send a claim off. Names are read the way a user reads them (text, value,
 * aria-label); "Save draft", "Cancel" or "Search" never count, even when they are form submit buttons.
 */
import { closestOf, formElements, hasAttributeOf } from '../../utils/fields/dom-builtins';

const NOT_SUBMIT = /\b(draft|cancel|search|reset|clear|back|close|preview)\b/;
const SUBMIT = /\b(submit|send|transmit)\b|\bfile (the |this )?claim\b/;
const CLICKABLE = 'button, input[type="submit"], input[type="button"], input[type="image"], a[href], [role="button"]';

/** The words a user sees on (or hears for) a control, lower-cased, whitespace collapsed. */
export function controlName(element: Element): string {
  const parts = [element.getAttribute('aria-label'), element.textContent];
  if (element instanceof HTMLInputElement) {
    // An <input type=submit> without a value shows the browser's own "Submit".
    parts.push(element.value || (element.type === 'submit' ? 'submit' : ''), element.alt);
  }
  return parts.filter(Boolean).join(' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** True when the control's name says it submits or sends (and does not say draft, cancel, search, ...). */
export function isSubmitControl(element: Element): boolean {
  const name = controlName(element);
  return name !== '' && !NOT_SUBMIT.test(name) && SUBMIT.test(name);
}

/** The page's clickable control an event started on, looking through open shadow roots; never ClaimLint's own. */
export function clickedControl(event: Event): HTMLElement | null {
  const path = event.composedPath();
  // The path passes through forms, whose controls can shadow these methods (see dom-builtins.ts).
  if (path.some((node) => node instanceof Element && hasAttributeOf(node, 'data-claimlint-ui'))) return null;
  const origin = path[0];
  const control = origin instanceof Element ? closestOf(origin, CLICKABLE) : null;
  return control instanceof HTMLElement ? control : null;
}

/**
 * A click the guard should hold: on a submit-named control that has no form to submit (those are held at
 * their form's submit event instead, so a click and its submit are not held twice).
 */
export function isFormlessSubmitClick(control: Element): boolean {
  const form = 'form' in control ? (control as HTMLButtonElement).form : null;
  return !form && !control.closest('form') && isSubmitControl(control);
}

/**
 * A form submission the guard should hold: sent by a submit-named button, or (Enter in a field, a script's
 * requestSubmit()) without a submitter from a form that has one.
 */
export function isGuardedSubmission(form: HTMLFormElement, submitter: HTMLElement | null): boolean {
  if (submitter) return isSubmitControl(submitter);
  return [...formElements(form)].some((control) => isSubmitControlType(control) && isSubmitControl(control));
}

function isSubmitControlType(control: Element): boolean {
  return (control instanceof HTMLButtonElement && control.type === 'submit') ||
    (control instanceof HTMLInputElement && (control.type === 'submit' || control.type === 'image'));
}
