import { describe, expect, it } from 'vitest';
import { absentComponents, COMPONENTS_SOUGHT } from './absent';
import { splitBlocks } from './blocks';
import type { DocumentComponent } from './types';

const text = 'History:\nPain since March.\n\nPlan:\nMassage weekly.\n\nSincerely,\nDana Wu';
const blocks = splitBlocks(text);
const at = (words: string, concept: DocumentComponent['concept']): DocumentComponent => {
  const start = text.indexOf(words);
  return { concept, index: null, value: words, evidence: words, span: { start, end: start + words.length }, confidence: 0.8 };
};
const layout = { headerEnd: 0, bodyEnd: text.indexOf('Massage weekly.') + 'Massage weekly.'.length, textEnd: text.length };

describe('absentComponents', () => {
  it('lists each sought component not found, once any of its concepts is found it is not', () => {
    const found = [at('Pain since March.', 'doc.history'), at('Massage weekly.', 'doc.treatmentPlan'), at('Pain since March.', 'doc.shortTermGoals')];
    const absent = absentComponents(['doc.history', 'doc.goals', 'doc.alternativesTried', 'provider.signature'], found, blocks, layout);
    expect(absent.map((component) => component.concept)).toEqual(['doc.alternativesTried', 'provider.signature']);
  });

  it('anchors a missing component after the block it follows, else in its part of the document', () => {
    const found = [at('Pain since March.', 'doc.history'), at('Massage weekly.', 'doc.treatmentPlan')];
    const absent = absentComponents(['doc.alternativesTried', 'doc.goals', 'doc.necessityStatement', 'provider.signature', 'lmn.date'], found, blocks, layout);
    expect(absent.map(({ concept, anchor }) => [concept, text.slice(0, anchor).split('\n').at(-1)])).toEqual([
      ['doc.alternativesTried', 'Pain since March.'],
      ['doc.goals', 'Massage weekly.'],
      ['doc.necessityStatement', 'Massage weekly.'],
      ['provider.signature', 'Dana Wu'],
      ['lmn.date', ''],
    ]);
  });

  it('takes a plan\'s goals for its long-term goals, but short-term goals alone are not long-term ones', () => {
    expect(absentComponents(['doc.longTermGoals'], [at('Pain since March.', 'doc.goals')], blocks, layout)).toEqual([]);
    expect(absentComponents(['doc.longTermGoals'], [at('Pain since March.', 'doc.shortTermGoals')], blocks, layout).map((a) => a.concept)).toEqual(['doc.longTermGoals']);
  });

  it('seeks more of a letter than of a note', () => {
    expect(COMPONENTS_SOUGHT.letter).toContain('doc.alternativesTried');
    expect(COMPONENTS_SOUGHT.note).not.toContain('doc.alternativesTried');
    expect(COMPONENTS_SOUGHT.note).toContain('visit.date');
  });
});
