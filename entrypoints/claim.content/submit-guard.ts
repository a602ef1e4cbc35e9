import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Finding } from '../../rules/schema';
import { requestSubmitOf } from '../../utils/fields/dom-builtins';
import { clickedControl, isFormlessSubmitClick, isGuardedSubmission } from './submit-control';
import { SubmitDialog } from './submit-dialog';

export interface SubmitGuardOptions {
  /** Whether the user turned the guard on for this site (read from storage by the session). */
  isEnabled(): boolean;
  /** The latest findings for this frame, or null while none have arrived (or the last check failed). */
  latestFindings(): Finding[] | null;
  /** Takes the user to the field a gap points at (focus and flash); false when it is not in this frame. */
  reviewGap(gap: Finding): boolean;
}

/**
 * Holds a submit once while the latest check of this frame has open gaps, and asks: review them, or submit
 * anyway. It never holds for good: "Submit anyway" sends exactly what the user sent, and anything unexpected
 * (the guard off, no fresh check, an error inside the guard) lets the submit through untouched.
 */
export function startSubmitGuard(ctx: ContentScriptContext, options: SubmitGuardOptions): void {
  const dialog = new SubmitDialog(document);
  ctx.onInvalidated(() => dialog.close());
  // Set only while the guard re-sends the user's own submit, so it does not catch itself.
  let resending = false;
  // Set when "Submit anyway" could not re-send (the page replaced its button, say): the user's next submit goes
  // through untouched, so a failure of the guard never keeps them from sending.
  let stepAsideOnce = false;

  function openGaps(): Finding[] {
    if (stepAsideOnce) {
      stepAsideOnce = false;
      return [];
    }
    if (resending || !ctx.isValid || !options.isEnabled()) return [];
    return (options.latestFindings() ?? []).filter((finding) => finding.status === 'fail');
  }

  function ask(gaps: Finding[], returnFocusTo: Element | null, resend: () => void): void {
    dialog.show(gaps, {
      review: () => {
        const reviewed = gaps.some((gap) => gap.fieldKey !== null && options.reviewGap(gap));
        if (!reviewed && returnFocusTo instanceof HTMLElement) returnFocusTo.focus();
      },
      submitAnyway: () => {
        if (returnFocusTo instanceof HTMLElement) returnFocusTo.focus();
        resending = true;
        try {
          resend();
        } catch (error) {
          stepAsideOnce = true;
          reportGuardError(error);
        } finally {
          resending = false;
        }
      },
    });
  }

  ctx.addEventListener(document, 'submit', (event) => {
    try {
      const form = event.target;
      if (!(form instanceof HTMLFormElement)) return;
      const submitter = (event as SubmitEvent).submitter ?? null;
      if (!isGuardedSubmission(form, submitter)) return;
      const gaps = openGaps();
      if (gaps.length === 0) return;
      // requestSubmit runs the page's own submit handlers again and sends the submitter's name and value.
      ask(gaps, submitter ?? document.activeElement, () => requestSubmitOf(form, submitter));
      event.preventDefault();
      // The page's own handlers see the submit once, when it is really sent (a script-driven portal would
      // otherwise post it now and again on "Submit anyway").
      event.stopImmediatePropagation();
    } catch (error) {
      dialog.close();
      reportGuardError(error);
    }
  }, { capture: true });

  ctx.addEventListener(document, 'click', (event) => {
    try {
      if (!(event instanceof MouseEvent) || event.button !== 0) return;
      const control = clickedControl(event);
      if (!control || !isFormlessSubmitClick(control)) return;
      const gaps = openGaps();
      if (gaps.length === 0) return;
      ask(gaps, control, () => control.click());
      event.preventDefault();
      // The page's click handler is what sends a formless submit: it must not run until "Submit anyway".
      event.stopImmediatePropagation();
    } catch (error) {
      dialog.close();
      reportGuardError(error);
    }
  }, { capture: true });
}

function reportGuardError(error: unknown): void {
  console.debug('ClaimLint submit guard let a submit through:', error instanceof Error ? error.message : error);
}
