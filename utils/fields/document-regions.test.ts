// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findCandidates } from './candidates';
import { documentRegionSteps, isWholeDocument, renderedDocumentSteps } from './document-regions';
import { readFieldClues } from './label-text';
import { ScanCache } from './scan-cache';
import { runSteps } from './steps';

const LETTER = [
  'November 20, 2026', 'Aetna Utilization Review', 'RE: Jordan Example-Reyes, DOB 04/12/1979, Member ID W123456789',
  'Dear Utilization Review team,',
  'I am writing to request coverage of medical massage therapy (CPT 97124) for my patient, who is under my care for myofascial pain of the neck (M79.18).',
  'Since a car accident in June 2025 he has had daily neck pain rated 6/10 that wakes him at night, and he has cut his computer work from 8 to 5 hours a day.',
  'I recommend one 60-minute session per week for 8 weeks. Manual release of the trigger points is needed before he can tolerate strengthening.',
  'Sincerely,', 'Dana Example-Whitfield, MD',
];
const paragraphs = (lines: string[]) => lines.map((line) => `<p>${line}</p>`).join('');

/** The document region the page's one editor or textarea is read as, or null when it stays a field. */
function regionOf(html: string) {
  document.body.innerHTML = html;
  const candidate = findCandidates(document).find((found) => found.kind === 'contenteditable' || found.kind === 'textarea')!;
  const clues = readFieldClues(candidate, new ScanCache(document, null));
  return runSteps(documentRegionSteps(candidate, clues));
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('where a whole document lives', () => {
  it('reads an editor holding a letter as one document, labelled by the heading before it, not its toolbar', () => {
    const region = regionOf(`<h2>Letter of medical necessity</h2><div role="toolbar"><button>Bold</button><span>Paragraph</span></div>
      <div class="ql-editor" contenteditable="true">${paragraphs(LETTER)}</div>`);
    expect(region?.label).toBe('Letter of medical necessity');
    expect(region?.text.split(/\n+/)[3]).toBe('Dear Utilization Review team,');
    expect(region?.mapped).not.toBeNull();
  });

  it('reads the markup of Draft.js (nested blocks), ProseMirror and CKEditor 5, naming CKEditor\'s by its heading, not its own accessible name', () => {
    const draft = LETTER.map((line, n) => `<div data-block="true" data-offset-key="k${n}-0-0"><div class="public-DraftStyleDefault-block" data-offset-key="k${n}-0-0"><span data-offset-key="k${n}-0-0"><span data-text="true">${line}</span></span></div></div>`).join('');
    const fromDraft = regionOf(`<h2>Appeal letter</h2><div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true" role="textbox"><div data-contents="true">${draft}</div></div></div>`);
    expect(fromDraft?.text.split(/\n+/)).toEqual(LETTER);
    const fromProseMirror = regionOf(`<div class="ProseMirror" contenteditable="true" translate="no">${paragraphs(LETTER)}</div>`);
    expect(fromProseMirror?.text.split(/\n+/)).toEqual(LETTER);
    const fromCkeditor = regionOf(`<h3>Letter to the plan</h3><div class="ck ck-editor"><div class="ck-toolbar" role="toolbar"><button>Bold</button></div>
      <div class="ck-editor__editable ck-editor__editable_inline" contenteditable="true" role="textbox" aria-label="Editor editing area: main">${paragraphs(LETTER)}</div></div>`);
    expect(fromCkeditor?.label).toBe('Letter to the plan');
  });

  it('reads a textarea holding a letter as one document, with no DOM text to mark', () => {
    const region = regionOf(`<label for="t">Letter</label><textarea id="t"></textarea>`.replace('</textarea>', `${LETTER.join('\n')}</textarea>`));
    expect(region?.label).toBe('Letter');
    expect(region?.mapped).toBeNull();
    expect(region?.text).toContain('RE: Jordan Example-Reyes');
  });

  it('leaves an editor\'s hidden source textarea (TinyMCE, CKEditor) a field: the editor holds the document', () => {
    const source = LETTER.map((line) => `&lt;p&gt;${line}&lt;/p&gt;`).join('\n');
    expect(regionOf(`<textarea id="t" style="display: none;" aria-hidden="true">${source}</textarea>`)).toBeNull();
    expect(regionOf(`<textarea id="t">${source}</textarea>`)).toBeNull();
    expect(regionOf(`<textarea id="t" aria-hidden="true">${LETTER.join('\n')}</textarea>`)).toBeNull();
  });

  it('leaves a short editor under a section heading a field, as in a note with an editor per section', () => {
    expect(regionOf(`<h3>Alternatives already tried</h3><div contenteditable="true">Physical therapy, ibuprofen.</div>`)).toBeNull();
  });

  it('leaves a long goals textarea a field: long and in lines, but neither a letter nor a note in sections', () => {
    const goals = Array.from({ length: 6 }, (_, n) => `${n + 1}. Patient will walk ${n + 2}00 feet with a rolling walker and standby assistance on level indoor surfaces within ${n + 2} weeks to reach the bathroom safely at night.`);
    expect(regionOf(`<label for="g">Goals</label><textarea id="g">${goals.join('\n')}</textarea>`)).toBeNull();
  });

  it('reads an editor holding a note in headed sections as one document', () => {
    const body = (words: string) => `<p>${Array.from({ length: 8 }, () => words).join(' ')}</p>`;
    const region = regionOf(`<div contenteditable="true"><h3>Subjective</h3>${body('Pain in the low back with sitting.')}<h3>Objective</h3>${body('Lumbar flexion limited to 40 degrees.')}<h3>Assessment</h3>${body('Improving slowly with care.')}<h3>Plan</h3>${body('Continue twice weekly.')}</div>`);
    expect(region?.headings.map((span) => region.text.slice(span.start, span.end))).toEqual(['Subjective', 'Objective', 'Assessment', 'Plan']);
  });

  it('calls a long text with one letter mark a field: a salutation alone does not make a letter', () => {
    const text = ['Dear team,', ...LETTER.slice(4, 7), 'More notes follow later.'].join('\n');
    expect(isWholeDocument(text, [], true)).toBe(false);
    expect(isWholeDocument(`${text}\nSincerely,\nDana Example-Whitfield, MD`, [], true)).toBe(true);
  });
});

describe('a rendered document', () => {
  const render = (html: string) => {
    document.body.innerHTML = html;
    return runSteps(renderedDocumentSteps(document));
  };

  it('reads a print view with no form controls as one document, from its article when it has one', () => {
    const region = render(`<nav>Home · Letters · Print</nav><article id="doc">${paragraphs(LETTER)}</article><footer>Page 1 of 1</footer>`);
    expect(region?.element.id).toBe('doc');
    expect(region?.text).not.toContain('Page 1 of 1');
  });

  it('leaves a page with a form a form, however much letter text it shows', () => {
    expect(render(`<div>${paragraphs(LETTER)}</div><form><label>Member ID <input name="member"></label></form>`)).toBeNull();
  });

  it('reads a letter shown in its own article beside a form (an approval form under the letter) as a document', () => {
    expect(render(`<article id="doc">${paragraphs(LETTER)}</article><form><label>Approve <input type="checkbox" name="ok"></label></form>`)?.element.id).toBe('doc');
  });

  it('leaves a rendered record whose sections are mostly tables (a C-CDA) to its section fields', () => {
    const row = (title: string, n: number) => `<tr><td>${title} entry ${n}</td><td>recorded at the visit on 11/0${n}/2026</td><td>active</td></tr>`;
    const section = (title: string) => `<h2>${title}</h2><table><tr><th>Name</th><th>Date</th><th>Status</th></tr>${[1, 2, 3, 4].map((n) => row(title, n)).join('')}</table>`;
    expect(render(['Problems', 'Medications', 'Goals', 'Interventions'].map(section).join(''))).toBeNull();
  });

  it('reads a rendered note or plan in headed sections written in prose as one document', () => {
    const section = (title: string) => `<h2>${title}</h2><p>${Array.from({ length: 6 }, () => `${title} entry recorded at the visit.`).join(' ')}</p>`;
    const region = render(`<nav>Visits · Notes</nav><article id="note">${['Subjective', 'Objective', 'Assessment', 'Plan'].map(section).join('')}</article>`);
    expect(region?.element.id).toBe('note');
    expect(region?.text).toMatch(/^Subjective\n\n/);
  });

  it('reads the whole body of a print view with no site navigation, so a letterhead outside <main> stays in the letter', () => {
    const region = render(`<header><h1>Bayview Bodywork Clinic</h1><p>Joanna Pike, LMT · NPI 1253647584</p></header><main>${paragraphs(LETTER)}</main>`);
    expect(region?.element.localName).toBe('body');
    expect(region?.text).toContain('NPI 1253647584');
  });

  it('leaves a short read-only page alone', () => {
    expect(render('<h1>Claim status</h1><p>Paid on 11/02/2026.</p>')).toBeNull();
  });
});
