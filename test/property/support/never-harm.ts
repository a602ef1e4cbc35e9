/**
 * What "reading the page and drawing marks never harms it" means, shared by the property tests: the state a
 * user could notice (values, checked states, selections, focus, the HTML), and the sequence the content script
 * runs on a page (takeSnapshot, buildFieldIndex, MarkLayer render / hide / show / re-render / destroy) with those
 * invariants asserted around it. Works on any happy-dom document: the test's own or one loadHtmlFile opened.
 */
import { expect } from 'vitest';
import { MarkLayer, type FieldMark } from '../../../entrypoints/claim.content/mark-layer';
import type { Finding } from '../../../rules/schema';
import { buildFieldIndex } from '../../../utils/fields/collect-fields';
import { takeSnapshot } from '../../../utils/fields/read-page';
import { domProperty, hasAttributeOf } from '../../../utils/fields/dom-builtins';

export type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | HTMLElement;

/** A page under test: its document, the controls whose state must not change, its open shadow roots. */
export interface PageUnderTest {
  doc: Document;
  controls: Control[];
  shadowRoots: ShadowRoot[];
}

/** Events ClaimLint must never cause; a listener for each watches the document while it runs. */
export const WATCHED_EVENTS = ['focus', 'focusin', 'blur', 'focusout', 'input', 'change', 'click', 'select', 'selectionchange'];

const isTextControl = (control: Control): control is HTMLInputElement | HTMLTextAreaElement =>
  control.localName === 'input' || control.localName === 'textarea';

function selectionOf(control: Control): [number | null, number | null, string | null] | 'n/a' {
  if (!isTextControl(control)) return 'n/a';
  try {
    return [control.selectionStart, control.selectionEnd, control.selectionDirection];
  } catch {
    return 'n/a'; // types without a text selection throw, as in browsers
  }
}

/** The focused element, inside open shadow roots too. */
export function deepActive(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Everything a user could notice ClaimLint changed. */
export function pageState({ doc, controls, shadowRoots }: PageUnderTest) {
  return {
    controls: controls.map((control) => ({
      value: 'value' in control ? (control as HTMLInputElement).value : control.textContent,
      checked: control.localName === 'input' ? (control as HTMLInputElement).checked : null,
      selectedIndex: control.localName === 'select' ? (control as HTMLSelectElement).selectedIndex : null,
      selectedOptions: control.localName === 'select' ? Array.from((control as HTMLSelectElement).options, (option) => option.selected) : null,
      selection: selectionOf(control),
      connected: control.isConnected,
    })),
    active: doc.activeElement,
    deepActive: deepActive(doc),
    html: doc.documentElement.outerHTML,
    shadowHtml: shadowRoots.map((root) => root.innerHTML),
  };
}

/** ClaimLint nodes anywhere in the document, open shadow roots included; forms may have clobbered members. */
export function claimLintNodes(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (domProperty(element, 'localName').startsWith('claimlint') || hasAttributeOf(element, 'data-claimlint-ui') || hasAttributeOf(element, 'data-claimlint')) {
      found.push(element);
    }
    const shadow = domProperty(element, 'shadowRoot');
    if (shadow) found.push(...claimLintNodes(shadow));
  }
  return found;
}

/** A failing finding for one field, carrying `message` (page-like text) in every text slot. */
export function fakeFinding(fieldKey: string, message: string): Finding {
  return {
    ruleId: `fuzz-${fieldKey}`,
    checklistId: 'fuzz',
    title: message,
    status: 'fail',
    severity: 'serious',
    concept: null,
    index: null,
    fieldKey,
    message,
    why: message,
    fix: message,
    source: 'fuzz',
    citation: { title: 'fuzz', url: 'https://example.invalid/', date: '2026-01-01' },
  } as unknown as Finding;
}

/**
 * Reads the page and marks every field it found (one finding each, text `message`), hides, shows, re-renders
 * and destroys the marks, and asserts: no exception, marks in the page while shown and none after hiding or
 * destroying, no watched event fired, and the page's state exactly as before, focus the very same element.
 * Returns how many fields were read and marked.
 */
export function readAndMarkWithoutHarm(page: PageUnderTest, message: string): { fields: number; marks: number } {
  const { doc } = page;
  const before = pageState(page);
  const events: string[] = [];
  const listener = (event: Event) => events.push(event.type);
  for (const type of WATCHED_EVENTS) doc.addEventListener(type, listener, true);
  try {
    const snapshot = takeSnapshot(doc);
    const index = buildFieldIndex(doc, snapshot.places ?? {});
    const marks: FieldMark[] = [];
    for (const field of snapshot.fields) {
      const element = index.get(field.key);
      if (element) marks.push({ fieldKey: field.key, element, findings: [fakeFinding(field.key, message)] });
    }
    const layer = new MarkLayer(doc);
    layer.render(marks);
    if (marks.length > 0) expect(claimLintNodes(doc).length).toBeGreaterThan(0);
    layer.setVisible(false);
    expect(claimLintNodes(doc)).toEqual([]);
    layer.setVisible(true);
    layer.scheduleReposition();
    layer.render(marks);
    layer.destroy();

    expect(claimLintNodes(doc)).toEqual([]);
    expect(events).toEqual([]);
    expect(pageState(page)).toEqual(before);
    // toEqual on elements compares structure; focus must be the very same element.
    expect(doc.activeElement).toBe(before.active);
    expect(deepActive(doc)).toBe(before.deepActive);
    return { fields: snapshot.fields.length, marks: marks.length };
  } finally {
    for (const type of WATCHED_EVENTS) doc.removeEventListener(type, listener, true);
  }
}
