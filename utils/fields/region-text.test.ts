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
    expect(read(root).text).toBe('Dear reviewer,\n\nI am writing about Sam.\nSecond line\n\n- One\n- Two');
  });

  it('marks list items as the reader tells them: a bullet, or the item\'s number (Quill keeps bullets in an <ol>)', () => {
    const root = editor('<ol><li>Walk 300 ft</li><li>Climb stairs</li></ol><ol><li data-list="bullet">Ice at home</li></ol>');
    expect(read(root).text).toBe('1. Walk 300 ft\n2. Climb stairs\n\n- Ice at home');
  });

  it('reads a row under a header row as "Header: cell; …", a two-cell row as "Label: value", skipping empty cells', () => {
    const root = editor(`<table>
      <tr><th>Service</th><th>CPT</th><th>Units</th><th>Minutes</th></tr>
      <tr><td>Therapeutic exercise</td><td>97110</td><td>2</td><td>28</td></tr>
      <tr><td>Neuromuscular re-education</td><td>97112</td><td></td><td>12</td></tr>
    </table><table><tr><td>Member ID</td><td>W123</td></tr><tr><td>Payer:</td><td>Regence</td></tr></table>`);
    expect(read(root).text.split('\n').filter(Boolean)).toEqual([
      'Service: Therapeutic exercise; CPT: 97110; Units: 2; Minutes: 28',
      'Service: Neuromuscular re-education; CPT: 97112; Minutes: 12',
      'Member ID: W123',
      'Payer: Regence',
    ]);
  });

  it('reads a row of "Label:" and value cells as its labelled values, and a row of plain cells parted by bars', () => {
    const root = editor(`<table>
      <tr><td>Client:</td><td>Rivera, Tomas</td><td>Chart #:</td><td>C-0091</td></tr>
      <tr><td>Right knee</td><td>flexion</td><td>95 deg</td></tr>
    </table>`);
    expect(read(root).text.split('\n').filter(Boolean)).toEqual(['Client: Rivera, Tomas | Chart #: C-0091', 'Right knee | flexion | 95 deg']);
  });

  it('maps the words a table row reads as back to its cells only: the added header words have no node', () => {
    const root = editor('<table><tr><th>Service</th><th>CPT</th><th>Units</th></tr><tr><td>Gait training</td><td>97116</td><td>3</td></tr></table>');
    const region = read(root);
    const start = region.text.indexOf('CPT: 97116');
    const range = rangeForSpan(region, { start, end: start + 'CPT: 97116'.length })!;
    expect(range.toString()).toBe('97116');
    expect(range.startContainer.parentElement!.localName).toBe('td');
  });

  it('marks a bold run-in heading that opens a paragraph, not a bold label ending in a colon', () => {
    const root = editor('<p><b>Diagnosis.</b> Mr. Doe has low back pain (M54.50).</p><p><b>Patient:</b> John Doe</p><p><b>Dr.</b> Lee saw him.</p>');
    const region = read(root);
    expect(region.headings.map((span) => region.text.slice(span.start, span.end))).toEqual(['Diagnosis.']);
  });

  it('leaves out a page\'s furniture: navigation, toolbars, menus and buttons', () => {
    document.body.innerHTML = '<main id="doc"><nav>Home · Inbox</nav><div role="toolbar"><span>Bold</span></div><p>Letter text.</p><button>Print</button></main>';
    expect(read(document.getElementById('doc')!).text).toBe('Letter text.');
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
