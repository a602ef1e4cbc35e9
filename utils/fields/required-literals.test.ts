import { describe, expect, it } from 'vitest';
import { requiredLiterals } from './required-literals';

describe('the literal text a pattern cannot match without', () => {
  it('finds the word a pattern is built around, across word boundaries and optional spaces', () => {
    expect(requiredLiterals(/\bprior\s*auth(orization)?\b/)).toEqual(['prior']);
    expect(requiredLiterals(/\bdate\s*of\s*birth\b/)).toEqual(['birth']);
  });

  it('takes one literal from each branch of an alternation, and spells out small optional pieces', () => {
    expect(requiredLiterals(/^(diagnosis|dx)\b/)?.sort()).toEqual(['diagnosis', 'dx']);
    expect(requiredLiterals(/\bauth(no|num)$/)?.sort()).toEqual(['authno', 'authnum']);
    expect(requiredLiterals(/\bpre[ -]?cert/)?.sort()).toEqual(['pre cert', 'pre-cert', 'precert']);
  });

  it('requires nothing it cannot prove: optional or repeated-from-zero pieces, ranges, case folding, odd escapes', () => {
    expect(requiredLiterals(/(npi)?\d+/)).toBeNull();
    expect(requiredLiterals(/^[a-l][.)]?$/)).toBeNull();
    expect(requiredLiterals(/name|\d+/)).toBeNull();
    expect(requiredLiterals(/npi/i)).toBeNull();
    expect(requiredLiterals(/\x41bc/)).toBeNull();
    expect(requiredLiterals(/a{2/)).toBeNull();
  });

  it('does not count what a lookaround demands, since the match does not hold it', () => {
    expect(requiredLiterals(/(?=policy)pol/)).toEqual(['pol']);
    expect(requiredLiterals(/auth(?!orized)/)).toEqual(['auth']);
  });
});
