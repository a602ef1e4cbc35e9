import { describe, expect, it } from 'vitest';
import { markdownToText } from './markdown-text';

function headingsOf(markdown: string): string[] {
  const { text, headings } = markdownToText(markdown);
  return headings.map((span) => text.slice(span.start, span.end));
}

describe('markdownToText', () => {
  it('drops markup a reader would not see and keeps the words', () => {
    const { text } = markdownToText('**RE:** Jonah _Whitfield_, see [the denial](https://example.org/d) and `M79.7`\\*');
    expect(text).toBe('RE: Jonah Whitfield, see the denial and M79.7*');
  });

  it('keeps IDs with underscores and asterisks inside words as they are', () => {
    expect(markdownToText('Member ID: AB_12_34 and code 5*2').text).toBe('Member ID: AB_12_34 and code 5*2');
  });

  it('marks # headings, setext headings, whole-line bold headings and bold run-in headings', () => {
    const markdown = ['# Letter of Medical Necessity', '', 'Plan', '====', '', '**Goals**', '- walk 1000 ft', '', '**Diagnosis.** Mr. Whitfield has fibromyalgia.'].join('\n');
    expect(headingsOf(markdown)).toEqual(['Letter of Medical Necessity', 'Plan', 'Goals', 'Diagnosis.']);
  });

  it('does not take a bold label with its value for a heading', () => {
    expect(headingsOf('**Patient:** Jonah Whitfield\n**DOB:** 04/17/1981')).toEqual([]);
  });

  it('reads a two-column table row as "Label: value", a row under a header of three or more as "Header: cell; …"', () => {
    const { text } = markdownToText('| | |\n|---|---|\n| **DOB** | 01/23/1959 |\n\n| CPT | Units | Minutes |\n|---|---|---|\n| 97110 | 2 | 28 |\n| 97140 | | 12 |\n\n| 95 deg | 110 deg | WNL |');
    expect(text.split('\n').filter(Boolean)).toEqual(['DOB: 01/23/1959', 'CPT: 97110; Units: 2; Minutes: 28', 'CPT: 97140; Minutes: 12', '95 deg | 110 deg | WNL']);
  });

  it('gives heading offsets into the text it returns', () => {
    const { text, headings } = markdownToText('Intro line\n\n## Prior treatment\nNaproxen for 3 months without relief.');
    expect(text.slice(headings[0]!.start, headings[0]!.end)).toBe('Prior treatment');
  });
});
