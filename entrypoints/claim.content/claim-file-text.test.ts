// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimFileText } from './claim-file-text';

const X12 = readFileSync('test/fixtures/claims/837p-two-claims.txt', 'utf8');
const FHIR = readFileSync('test/fixtures/claims/fhir-two-claims.json', 'utf8');

/** A document as the browser builds it for a served file: its content type, and its body's markup. */
function documentOf(contentType: string, body: (doc: Document) => void): Document {
  const doc = document.implementation.createHTMLDocument('');
  Object.defineProperty(doc, 'contentType', { value: contentType });
  body(doc);
  return doc;
}

/** Chromium's text viewer: the whole file in one <pre>. */
function textViewer(text: string, contentType = 'text/plain'): Document {
  return documentOf(contentType, (doc) => {
    const pre = doc.createElement('pre');
    pre.textContent = text;
    doc.body.append(pre);
  });
}

/** Chromium's JSON viewer: the raw text in a <pre>, its pretty-printing container after it. */
function jsonViewer(text: string, contentType = 'application/json'): Document {
  const doc = textViewer(text, contentType);
  const formatter = doc.createElement('div');
  formatter.className = 'json-formatter-container';
  formatter.textContent = '{ "pretty": "printed" }';
  doc.body.append(formatter);
  return doc;
}

describe('claimFileText', () => {
  it('reads an X12 837P shown as text, whole and unchanged', () => {
    expect(claimFileText(textViewer(X12))).toEqual({ format: 'x12', characters: X12.length, text: X12 });
  });

  it('reads FHIR JSON from the JSON viewer, the raw text rather than the pretty-printed copy', () => {
    expect(claimFileText(jsonViewer(FHIR))).toEqual({ format: 'fhir', characters: FHIR.length, text: FHIR });
    expect(claimFileText(jsonViewer(FHIR, 'application/fhir+json'))?.format).toBe('fhir');
  });

  it('finds the ISA past a byte-order mark and blank lines', () => {
    expect(claimFileText(textViewer(`\uFEFF\n\n${X12}`))?.format).toBe('x12');
  });

  it('reads a page that is nothing but one <pre> (a raw file view served as HTML)', () => {
    const doc = documentOf('text/html', (page) => {
      const pre = page.createElement('pre');
      pre.textContent = X12;
      page.body.append(pre);
    });
    expect(claimFileText(doc)?.format).toBe('x12');
  });

  it('leaves other pages to the page reader: a letter as text, JSON that is not FHIR, a page with a <pre> among other content', () => {
    expect(claimFileText(textViewer('Dear Dr. Sample,\nI am writing to request coverage of physical therapy.'))).toBeNull();
    expect(claimFileText(jsonViewer('{"status":"ok","items":[]}'))).toBeNull();
    const page = documentOf('text/html', (doc) => {
      const pre = doc.createElement('pre');
      pre.textContent = X12;
      const form = doc.createElement('form');
      form.append(doc.createElement('input'));
      doc.body.append(pre, form);
    });
    expect(claimFileText(page)).toBeNull();
    expect(claimFileText(documentOf('text/html', () => {}))).toBeNull();
  });

  it('is not thrown off by a form whose controls shadow element members (a hostile or careless page)', () => {
    const page = documentOf('text/html', (doc) => {
      const form = doc.createElement('form');
      for (const name of ['localName', 'hasAttribute', 'children', 'textContent']) {
        const input = doc.createElement('input');
        input.name = name;
        form.append(input);
        // What Chromium does and happy-dom does not: a control named like a member shadows it on the form.
        Object.defineProperty(form, name, { value: input });
      }
      doc.body.append(form);
    });
    expect(() => claimFileText(page)).not.toThrow();
    expect(claimFileText(page)).toBeNull();
  });

  it('sends only the size of a file over the cap, so the popup can say it is too large', () => {
    expect(claimFileText(textViewer(X12), 100)).toEqual({ format: 'x12', characters: X12.length });
  });
});
