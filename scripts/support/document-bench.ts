/**
 * How long the background takes to read a letter of about `words` words (the synthetic sample letter's body
 * repeated) as it does for an editor on a page (readPageDocuments: the kind from the content, then the reader),
 * the median of 21 warm runs: the re-check after an edit in an editor re-reads the whole text.
 */
import { SAMPLE_LMN } from '../../rules/testing/sample-letter';
import { readPageDocuments } from '../../utils/page-documents';

export function measureDocumentRead(words: number): { ms: number; words: number } {
  const body = SAMPLE_LMN.split('\n\n').slice(5, 11).join('\n\n');
  let text = SAMPLE_LMN;
  while (text.split(/\s+/).length < words) text += `\n\n${body}`;
  // An editor with no label naming the letter: the background tells its kind from the words, as on most pages.
  const page = { keyPrefix: 'r0-', text, headings: [], word: 'document' as const, label: '' };
  const read = () => readPageDocuments([page], '2026-11-20T12:00:00.000Z');
  if (read().fields.length === 0) throw new Error('the bench letter read as no document');
  for (let warm = 0; warm < 5; warm++) read();
  const runs: number[] = [];
  for (let run = 0; run < 21; run++) {
    const began = performance.now();
    read();
    runs.push(performance.now() - began);
  }
  return { ms: Math.round(runs.sort((a, b) => a - b)[10]! * 10) / 10, words: text.split(/\s+/).length };
}
