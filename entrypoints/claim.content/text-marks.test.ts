// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FOCUS_HIGHLIGHT, GAP_HIGHLIGHT, TextMarks } from './text-marks';

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
    marks.render([range]);
    marks.render([range]);
    expect([...scope.CSS!.highlights!.get(GAP_HIGHLIGHT)!].map(String)).toEqual(['Goals: reduce pain.']);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    // Nothing is written into the page's own nodes.
    expect(document.body.innerHTML).toBe(html);
  });

  it('hides and shows the highlight with the marks setting, and drops it when no gap is left', () => {
    const marks = new TextMarks(document);
    const range = rangeOver('Goals: reduce pain.');
    marks.render([range]);
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
    marks.render([range]);
    marks.flash(range);
    marks.destroy();
    expect(scope.CSS!.highlights!.size).toBe(0);
    expect(document.adoptedStyleSheets).toEqual([pageSheet]);
  });

  it('adopts its styles again after the page replaced its adopted sheets', () => {
    const marks = new TextMarks(document);
    const range = rangeOver('Goals: reduce pain.');
    marks.render([range]);
    document.adoptedStyleSheets = [];
    marks.flash(range);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    expect(scope.CSS!.highlights!.get(FOCUS_HIGHLIGHT)!.priority).toBe(1);
  });
});
