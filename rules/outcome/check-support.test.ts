import { describe, expect, it } from 'vitest';
import { withArticle } from './check-support';

describe('withArticle', () => {
  it('reads the way a biller reads the field names', () => {
    expect(withArticle('Auto accident (box 10b)')).toBe('an Auto accident (box 10b)');
    expect(withArticle('prior authorization number (box 23)')).toBe('a prior authorization number (box 23)');
    expect(withArticle('NPI')).toBe('an NPI');
    expect(withArticle('ICD indicator')).toBe('an ICD indicator');
    expect(withArticle('box 21 diagnosis')).toBe('a box 21 diagnosis');
    expect(withArticle('Units (24G)')).toBe('a Units (24G)');
    expect(withArticle('Referring provider NPI (box 17b)')).toBe('a Referring provider NPI (box 17b)');
  });
});
