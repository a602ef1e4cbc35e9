/**
 * How long readDocument takes on a letter of about `words` words (the synthetic sample letter's body repeated),
 * the median of 21 warm runs: the re-check after an edit in an editor re-reads the whole text.
 */
import { COMPONENTS_SOUGHT, readDocument } from '../../rules/document/read-document';
import { SAMPLE_LMN } from '../../rules/testing/sample-letter';

export function measureDocumentRead(words: number): { ms: number; words: number } {
  const body = SAMPLE_LMN.split('\n\n').slice(5, 11).join('\n\n');
  let text = SAMPLE_LMN;
  while (text.split(/\s+/).length < words) text += `\n\n${body}`;
  for (let warm = 0; warm < 5; warm++) readDocument(text, { seek: COMPONENTS_SOUGHT.letter });
  const runs: number[] = [];
  for (let run = 0; run < 21; run++) {
    const began = performance.now();
    readDocument(text, { seek: COMPONENTS_SOUGHT.letter });
    runs.push(performance.now() - began);
  }
  return { ms: Math.round(runs.sort((a, b) => a - b)[10]! * 10) / 10, words: text.split(/\s+/).length };
}
