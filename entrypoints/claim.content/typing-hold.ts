import type { Finding } from '../../rules/schema';
import { containsOf } from '../../utils/fields/dom-builtins';

/** How long typing pauses before the field's mark may show a new problem. */
export const TYPING_PAUSE_MS = 1000;

const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'tel', 'email', 'url', 'number', 'password', 'date', 'time', 'datetime-local', 'month', 'week']);

/**
 * Keeps a field's mark as it was while the user types in it: a half-typed value ("3:", "M54.") is not a mistake
 * yet, and a mark that appears or changes under the caret at every keystroke is noise. A problem that went away
 * (the field is now right) goes at once; a new one shows when typing pauses or the user leaves the field.
 * Only the user's own typing holds marks: a value a script or a chosen suggestion set is shown checked at once.
 */
export class TypingHold {
  private typing: Element | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    doc: Document, signal: AbortSignal, private readonly onRelease: () => void,
    { pauseMs = TYPING_PAUSE_MS, byUser = (event: Event) => event.isTrusted }: { pauseMs?: number; byUser?: (event: Event) => boolean } = {},
  ) {
    const options = { capture: true, passive: true, signal } as const;
    doc.addEventListener('input', (event) => {
      const target = event.composedPath()[0];
      if (!byUser(event) || !(target instanceof Element) || !isTypedInto(target)) return;
      this.typing = target;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.release(), pauseMs);
    }, options);
    doc.addEventListener('focusout', (event) => {
      const target = event.composedPath()[0];
      if (this.typing && target instanceof Node && (target === this.typing || containsOf(target, this.typing))) this.release();
    }, options);
    signal.addEventListener('abort', () => clearTimeout(this.timer));
  }

  /** The element the user is typing in now, if any. */
  get typingIn(): Element | null {
    return this.typing;
  }

  /**
   * The findings to mark, by field: for the field being typed in, only what its mark already showed and is still
   * failing (same rule, same line); everything else as checked.
   */
  hold(byField: Map<string, Finding[]>, elementsByKey: Map<string, Element>, shown: Map<string, Finding[]>): Map<string, Finding[]> {
    const typing = this.typing;
    if (!typing) return byField;
    const held = new Map(byField);
    for (const [fieldKey, now] of byField) {
      const element = elementsByKey.get(fieldKey);
      if (!element || !(element === typing || containsOf(element, typing))) continue;
      const before = (shown.get(fieldKey) ?? []).filter((old) => now.some((finding) => sameProblem(old, finding)));
      if (before.length > 0) held.set(fieldKey, before);
      else held.delete(fieldKey);
    }
    return held;
  }

  private release(): void {
    clearTimeout(this.timer);
    if (!this.typing) return;
    this.typing = null;
    this.onRelease();
  }
}

function sameProblem(a: Finding, b: Finding): boolean {
  return a.checklistId === b.checklistId && a.ruleId === b.ruleId && a.index === b.index;
}

/** A control the user types text into (a select or checkbox is chosen, not typed: its mark updates at once). */
function isTypedInto(element: Element): boolean {
  const name = element.localName;
  if (name === 'textarea') return true;
  if (name === 'input') return TEXT_INPUT_TYPES.has((element.getAttribute('type') ?? '').toLowerCase());
  return (element as HTMLElement).isContentEditable === true;
}
