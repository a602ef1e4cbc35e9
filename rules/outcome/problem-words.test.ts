import { describe, expect, it } from 'vitest';
import { problemWord } from './problem-words';

describe('problemWord', () => {
  it('names each kind of fail by what the user has to do about it', () => {
    expect(problemWord({ problem: 'missing' })).toBe('Missing');
    expect(problemWord({ problem: 'invalid' })).toBe('Invalid');
    expect(problemWord({ problem: 'inconsistent' })).toBe('Inconsistent');
  });

  it('reads a fail whose check set no problem as missing', () => {
    expect(problemWord({})).toBe('Missing');
  });
});
