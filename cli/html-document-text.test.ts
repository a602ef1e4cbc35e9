// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { blockText, MIN_DOCUMENT_WORDS, pageDocument } from './html-document-text';

const PROSE = 'The patient has had low back pain for two years and cannot sit through a work day without stopping. '.repeat(4);

function headingsOf(root: Element): string[] {
  const { text, headings } = blockText(root);
  return headings.map((span) => text.slice(span.start, span.end));
}

describe('blockText', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('puts each block on its own line, <br> too, and leaves out buttons, navigation, toolbars and hidden parts', () => {
    document.body.innerHTML = `<nav>Home · Inbox</nav><div role="toolbar"><button>Bold</button></div>
      <h1>Plan of Care</h1><p>Patient: Ann Lee<br>DOB: 01/02/1960</p><p hidden>draft</p><p aria-hidden="true">x</p>
      <ul><li>Walk 1000 ft in 6 weeks</li></ul><ol><li>first</li><li>second</li></ol>`;
    expect(blockText(document.body).text.split('\n').filter(Boolean)).toEqual([
      'Plan of Care', 'Patient: Ann Lee', 'DOB: 01/02/1960', '- Walk 1000 ft in 6 weeks', '1. first', '2. second',
    ]);
  });

  it('marks h1–h6, bold-only paragraphs and bold run-ins ending in a full stop as headings, not bold labels', () => {
    document.body.innerHTML = `<h2>Goals</h2><p><strong>Interventions</strong></p><p><b>Diagnosis.</b> Fibromyalgia (M79.7).</p>
      <p><b>Patient:</b> Ann Lee</p><div role="heading" aria-level="3">Plan</div>`;
    expect(headingsOf(document.body)).toEqual(['Goals', 'Interventions', 'Diagnosis.', 'Plan']);
  });

  it('reads a table row under a header row as "Header: cell" pairs, and a two-cell row as "Label: value"', () => {
    document.body.innerHTML = `<table><tr><th>Service</th><th>CPT</th><th>Units</th></tr><tr><td>Therapeutic exercise</td><td>97110</td><td>2</td></tr></table>
      <table><tr><th>Member ID</th><td>W123</td></tr></table>`;
    expect(blockText(document.body).text.split('\n').filter(Boolean)).toEqual(['Service: Therapeutic exercise; CPT: 97110; Units: 2', 'Member ID: W123']);
  });
});

describe('pageDocument', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('takes the one editor that holds a whole letter, not the page around it', () => {
    document.body.innerHTML = `<header><button>Save</button></header><label>Subject</label><input value="LMN">
      <div contenteditable="true"><p>Dear reviewer,</p><p>${PROSE}</p></div>`;
    const read = pageDocument(document)!;
    expect(read.region).toBe(document.querySelector('[contenteditable]'));
    expect(read.text).toMatch(/^Dear reviewer,/);
    expect(read.text).not.toMatch(/Save|Subject/);
  });

  it('takes a textarea holding a whole letter as its text', () => {
    document.body.innerHTML = `<textarea>Dear reviewer,\n${PROSE}</textarea>`;
    expect(pageDocument(document)?.text).toMatch(/^Dear reviewer,\n/);
  });

  it('reads a rendered page with no form as a document, and a form (or a short page) as none', () => {
    document.body.innerHTML = `<h1>Progress Report</h1><p>${PROSE}</p>`;
    expect(pageDocument(document)?.region).toBeNull();
    document.body.innerHTML = `<p>${PROSE}</p>${'<label>Field</label><input>'.repeat(4)}`;
    expect(pageDocument(document)).toBeNull();
    document.body.innerHTML = `<p>${'word '.repeat(MIN_DOCUMENT_WORDS - 1)}</p>`;
    expect(pageDocument(document)).toBeNull();
  });
});
