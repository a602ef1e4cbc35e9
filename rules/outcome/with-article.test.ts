import { describe, expect, it } from 'vitest';
import { withArticle } from './with-article';

describe('withArticle', () => {
  it('chooses by sound for names built from data', () => {
    expect(withArticle('Auto accident (10b)')).toBe('an Auto accident (10b)');
    expect(withArticle('ExplanationOfBenefit')).toBe('an ExplanationOfBenefit');
    expect(withArticle('Workers\' compensation claim')).toBe("a Workers' compensation claim");
    expect(withArticle('HSA / FSA letter')).toBe('an HSA / FSA letter');
    expect(withArticle('NPI')).toBe('an NPI');
    expect(withArticle('diagnosis code')).toBe('a diagnosis code');
    expect(withArticle('ICD-10-CM code')).toBe('an ICD-10-CM code');
    expect(withArticle('HCPCS Level II code')).toBe('a HCPCS Level II code');
    expect(withArticle('CPT code')).toBe('a CPT code');
    expect(withArticle('unit')).toBe('a unit');
    expect(withArticle('hour')).toBe('an hour');
  });

  it('says numbers as they are read aloud', () => {
    expect(withArticle('837')).toBe('an 837');
    expect(withArticle('835')).toBe('an 835');
    expect(withArticle('270')).toBe('a 270');
    expect(withArticle('11')).toBe('an 11');
    expect(withArticle('110')).toBe('a 110');
    expect(withArticle('1500')).toBe('a 1500');
    expect(withArticle('18,000')).toBe('an 18,000');
  });
});
