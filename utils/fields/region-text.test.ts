// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { rangeAtAnchor, rangeForSpan, readRegionTextSteps } from './region-text';
import { runSteps } from './steps';

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div id="ed" contenteditable="true">${html}</div>`;
  return document.getElementById('ed')!;
}

const read = (root: Element) => runSteps(readRegionTextSteps(root));

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('a document region\'s text', () => {
  it('parts paragraphs with a blank line, list items and <br> with a line break, and collapses white space', () => {
    const root = editor('<p>Dear   reviewer,</p><p><br></p><p>I am writing\n about <em>Sam</em>.<br>Second line</p><ul><li>One</li><li>Two</li></ul>');
    expect(read(root).text).toBe('Dear reviewer,\n\nI am writing about Sam.\nSecond line\n\nOne\nTwo');
  });

  it('marks h1–h6 and bold lines alone on their line as headings, not bold words inside a sentence', () => {
    const root = editor('<h2>Treatment history</h2><p>She tried <strong>physical therapy</strong> for 6 weeks.</p><p><strong>Goals:</strong></p><p>Walk 300 ft.</p>');
    const region = read(root);
    const headings = region.headings.map((span) => region.text.slice(span.start, span.end));
    expect(headings).toEqual(['Treatment history', 'Goals:']);
  });

  it('maps a span back to the text nodes it came from, across elements', () => {
    const root = editor('<p>Ms. Doe tried <b>ibuprofen</b> and  rest.</p><p>Next paragraph.</p>');
    const region = read(root);
    const start = region.text.indexOf('ibuprofen');
    const range = rangeForSpan(region, { start, end: region.text.indexOf('rest.') + 5 })!;
    expect(range.toString()).toBe('ibuprofen and  rest.');
    expect(range.startContainer.parentElement!.localName).toBe('b');
  });

  it('gives no range once the text nodes changed underneath (the next scan reads them again)', () => {
    const root = editor('<p>A long sentence here.</p>');
    const region = read(root);
    root.querySelector('p')!.firstChild!.textContent = 'A';
    expect(rangeForSpan(region, { start: 2, end: 10 })).toBeNull();
  });

  it('puts an anchor on the last character before it, skipping line breaks', () => {
    const root = editor('<p>First part.</p><p>Second part.</p>');
    const region = read(root);
    const anchor = region.text.indexOf('Second');
    expect(rangeAtAnchor(region, anchor)!.toString()).toBe('.');
    expect(rangeAtAnchor(region, anchor)!.startContainer.textContent).toBe('First part.');
  });

  it('skips scripts, hidden parts and ClaimLint\'s own elements', () => {
    const root = editor('<p>Seen</p><script>var x = 1</script><p hidden>Hidden</p><claimlint-marks data-claimlint-ui>Badge</claimlint-marks><p>Also seen</p>');
    expect(read(root).text).toBe('Seen\n\nAlso seen');
  });

  it('reads a form whose controls shadow the DOM\'s own members', () => {
    document.body.innerHTML = '<div id="ed"><form><p>Letter text.</p><input name="firstChild"><input name="localName"><input name="nodeType"><input name="contains"></form><p>After the form.</p></div>';
    expect(read(document.getElementById('ed')!).text).toBe('Letter text.\n\nAfter the form.');
  });
});
