// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_LMN_WITH_GAPS } from '../../rules/testing/sample-letter';
import { takeSnapshot } from './read-page';
import { findByLocator } from './selector';

/** The letter as an editor holds it: a <p> per paragraph, a <br> between the lines of an address. */
const asParagraphs = (text: string) => text.trim().split(/\n\n+/).map((block) => `<p>${block.split('\n').join('<br>')}</p>`).join('');

const field = (snapshot: ReturnType<typeof takeSnapshot>, key: string) => snapshot.fields.find((candidate) => candidate.key === key);

beforeEach(() => {
  document.title = 'Letters';
  document.body.innerHTML = '';
});

describe('a page holding a whole letter, read for the command line and tests', () => {
  it('reads a letter in an editor into document fields located at the editor, what it lacks as empty fields', () => {
    document.body.innerHTML = `<h2>Letter of medical necessity</h2><div id="ed" class="ProseMirror" contenteditable="true">${asParagraphs(SAMPLE_LMN_WITH_GAPS)}</div>`;
    const snapshot = takeSnapshot(document);
    expect(field(snapshot, 'r0-lmn.date')).toMatchObject({ value: 'March 3, 2024', document: 'letter' });
    expect(field(snapshot, 'r0-doc.alternativesTried')).toMatchObject({ value: '', document: 'letter' });
    const npi = snapshot.places!['r0-provider.npi']!;
    expect(findByLocator(document, npi.selector!)?.id).toBe('ed');
    expect(npi.evidence?.[0]?.text).toContain('1234567893');
    // The editor is one document, not also a field of its own.
    expect(snapshot.fields.filter((candidate) => !candidate.key.startsWith('r0-'))).toEqual([]);
    expect(snapshot.lead?.length).toBeGreaterThan(0);
  });

  it('reads a letter pasted into a textarea the same way', () => {
    document.body.innerHTML = `<label for="t">Letter</label><textarea id="t" name="letter"></textarea>`;
    (document.getElementById('t') as HTMLTextAreaElement).value = SAMPLE_LMN_WITH_GAPS;
    const snapshot = takeSnapshot(document);
    expect(field(snapshot, 'r0-lmn.date')?.value).toBe('March 3, 2024');
    expect(snapshot.places!['r0-lmn.date']).toMatchObject({ kind: 'textarea', name: 'letter', id: 't' });
  });

  it('reads a rendered letter (a print view with no form) as one document', () => {
    document.body.innerHTML = `<nav>Print · Close</nav><article id="letter">${asParagraphs(SAMPLE_LMN_WITH_GAPS)}</article>`;
    const snapshot = takeSnapshot(document);
    expect(field(snapshot, 'r0-doc.alternativesTried')).toMatchObject({ value: '' });
    expect(findByLocator(document, snapshot.places!['r0-lmn.date']!.selector!)?.id).toBe('letter');
  });
});
