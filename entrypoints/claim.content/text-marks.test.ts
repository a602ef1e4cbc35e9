// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FOCUS_HIGHLIGHT, GAP_HIGHLIGHT, HIGHLIGHT_STYLES, severityHighlight, TextMarks } from './text-marks';

/** happy-dom has no Custom Highlight API: a registry and a Highlight that keep what they are given. */
class FakeHighlight extends Set<Range> {
  priority = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}
const scope = globalThis as unknown as { Highlight?: unknown; CSS?: { highlights?: Map<string, FakeHighlight> } };

function rangeOver(text: string): Range {
  document.body.innerHTML = `<div contenteditable="true"><p>${text}</p></div>`;
  const range = document.createRange();
  range.selectNodeContents(document.querySelector('p')!.firstChild!);
  return range;
}

beforeEach(() => {
  scope.Highlight = FakeHighlight;
  scope.CSS = { highlights: new Map() };
  document.adoptedStyleSheets = [];
});

afterEach(() => {
  delete scope.Highlight;
  delete scope.CSS;
});

describe('marks on a document\'s text', () => {
  it('registers the gap ranges as one highlight and adopts its styles into the page\'s document once', () => {
    const marks = new TextMarks(document);
    const range = rangeOver('Goals: reduce pain.');
    const html = document.body.innerHTML;
    marks.render([{ range, severity: 'serious' }]);
    marks.render([{ range, severity: 'serious' }]);
    expect([...scope.CSS!.highlights!.get(GAP_HIGHLIGHT)!].map(String)).toEqual(['Goals: reduce pain.']);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    // Nothing is written into the page's own nodes.
    expect(document.body.innerHTML).toBe(html);
  });

  it('hides and shows the highlight with the marks setting, and drops it when no gap is left', () => {
    const marks = new TextMarks(document);
    const range = rangeOver('Goals: reduce pain.');
    marks.render([{ range, severity: 'serious' }]);
    marks.setVisible(false);
    expect(scope.CSS!.highlights!.has(GAP_HIGHLIGHT)).toBe(false);
    marks.setVisible(true);
    expect(scope.CSS!.highlights!.has(GAP_HIGHLIGHT)).toBe(true);
    marks.render([]);
    expect(scope.CSS!.highlights!.has(GAP_HIGHLIGHT)).toBe(false);
  });

  it('leaves nothing behind when the content script is retired: no highlight, no style sheet', () => {
    const marks = new TextMarks(document);
    const range = rangeOver('Goals: reduce pain.');
    const pageSheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [pageSheet];
    marks.render([{ range, severity: 'serious' }]);
    marks.flash(range);
    marks.destroy();
    expect(scope.CSS!.highlights!.size).toBe(0);
    expect(document.adoptedStyleSheets).toEqual([pageSheet]);
  });

  it('adopts its styles again after the page replaced its adopted sheets', () => {
    const marks = new TextMarks(document);
    const range = rangeOver('Goals: reduce pain.');
    marks.render([{ range, severity: 'serious' }]);
    document.adoptedStyleSheets = [];
    marks.flash(range);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    expect(scope.CSS!.highlights!.get(FOCUS_HIGHLIGHT)!.priority).toBe(1);
  });
});

describe('a gap\'s severity on a document\'s text', () => {
  it('paints each gap in its severity\'s highlight, the worse one on top, and names every gap in the plain one', () => {
    document.body.innerHTML = '<div contenteditable="true"><p>Goals: reduce pain.</p><p>Frequency: as needed.</p></div>';
    const [goals, frequency] = [...document.querySelectorAll('p')].map((p) => {
      const range = document.createRange();
      range.selectNodeContents(p.firstChild!);
      return range;
    });
    const marks = new TextMarks(document);
    marks.render([{ range: goals!, severity: 'critical' }, { range: frequency!, severity: 'minor' }]);
    const registry = scope.CSS!.highlights!;
    expect([...registry.get(GAP_HIGHLIGHT)!].map(String)).toEqual(['Goals: reduce pain.', 'Frequency: as needed.']);
    expect([...registry.get(severityHighlight('critical'))!].map(String)).toEqual(['Goals: reduce pain.']);
    expect([...registry.get(severityHighlight('minor'))!].map(String)).toEqual(['Frequency: as needed.']);
    expect(registry.has(severityHighlight('serious'))).toBe(false);
    expect(registry.get(severityHighlight('critical'))!.priority).toBeGreaterThan(registry.get(severityHighlight('minor'))!.priority);
    // Each severity is styled with its own underline, so the difference does not rest on colour alone.
    const styles = HIGHLIGHT_STYLES;
    expect(styles).toMatch(/claimlint-gap-critical[^}]*wavy/);
    expect(styles).toMatch(/claimlint-gap-minor[^}]*dotted/);
    marks.render([]);
    expect(registry.has(severityHighlight('critical'))).toBe(false);
  });
});
