import { describe, expect, it } from 'vitest';
import { FULL_DATE, sentenceAt, sentencesOf } from './text-spans';

const block = (text: string) => ({ start: 0, end: text.length });

describe('sentenceAt and sentencesOf', () => {
  it('cuts at sentence ends but not after a title, an initial or inside a code', () => {
    const text = 'Dr. Wu saw J. Doe for M54.50 today. She cannot sit! Is it worse?';
    expect(sentencesOf(text, block(text)).map((span) => text.slice(span.start, span.end))).toEqual([
      'Dr. Wu saw J. Doe for M54.50 today.', 'She cannot sit!', 'Is it worse?',
    ]);
    const at = text.indexOf('cannot');
    const sentence = sentenceAt(text, block(text), at);
    expect(text.slice(sentence.start, sentence.end)).toBe('She cannot sit!');
  });

  it('keeps a hard-wrapped sentence whole, but not a short line or one that ends a clause', () => {
    const text = 'Pt has weakness and swelling consistent with a\nmeniscus tear. Skilled therapy is needed to restore knee strength\nand balance before return to sport.';
    expect(sentencesOf(text, block(text)).map((span) => text.slice(span.start, span.end))).toEqual([
      'Pt has weakness and swelling consistent with a\nmeniscus tear.', 'Skilled therapy is needed to restore knee strength\nand balance before return to sport.',
    ]);
    const list = 'walk 100 ft\nclimb stairs\nNo pain with sitting for an hour or longer;\nsleep through the night';
    expect(sentencesOf(list, block(list))).toHaveLength(4);
  });

  it('bounds a sentence in text with no stops', () => {
    const text = 'word '.repeat(2000);
    const sentence = sentenceAt(text, block(text), 5000);
    expect(sentence.end - sentence.start).toBeLessThanOrEqual(800);
  });
});

describe('FULL_DATE', () => {
  it('matches whole calendar dates only', () => {
    const dates = (text: string) => text.match(new RegExp(FULL_DATE, 'gi')) ?? [];
    expect(dates('On 03/02/2026, 3-2-26, 2026-03-02, March 2, 2026 and 2 March 2026.')).toEqual(['03/02/2026', '3-2-26', '2026-03-02', 'March 2, 2026', '2 March 2026']);
    expect(dates('In 2025, at 12/31 and 103/02/20261, page 4-5.')).toEqual([]);
  });
});
