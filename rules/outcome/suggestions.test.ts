import { describe, expect, it } from 'vitest';
import { MAX_SUGGESTION_LABEL_LENGTH, MAX_SUGGESTIONS, findingSchema } from '../schema';
import type { CheckOutcome } from '../checks/types';
import { replaceCodeIn, withSuggestions } from './suggestions';

const fail: CheckOutcome = { status: 'fail', concept: 'claim.diagnosis', index: 'A', fieldKey: 'dx', message: 'M54.5 is a category' };

describe('replaceCodeIn', () => {
  it('replaces the one code as written, keeping what is around it', () => {
    expect(replaceCodeIn('M54.5', 'M54.5', 'M54.50')).toBe('M54.50');
    expect(replaceCodeIn(' m54.5 ', 'M54.5', 'M54.50')).toBe('M54.50');
    expect(replaceCodeIn('Low back pain (M54.5)', 'M54.5', 'M54.51')).toBe('Low back pain (M54.51)');
  });

  it('does not touch a longer code that starts with it, and refuses when the code is there twice or not at all', () => {
    expect(replaceCodeIn('M54.50', 'M54.5', 'M54.59')).toBeNull();
    expect(replaceCodeIn('M54.5 and M54.5', 'M54.5', 'M54.50')).toBeNull();
    expect(replaceCodeIn('', 'M54.5', 'M54.50')).toBeNull();
  });
});

describe('withSuggestions', () => {
  it('keeps the finding schema\'s bounds: at most 8, labels shortened, oversized values and the current value dropped', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ value: `M54.5${i}`, label: `M54.5${i}` }));
    expect(withSuggestions(fail, many).suggestions).toHaveLength(MAX_SUGGESTIONS);
    const [long] = withSuggestions(fail, [{ value: 'x', label: 'y'.repeat(200) }]).suggestions!;
    expect(long!.label).toHaveLength(MAX_SUGGESTION_LABEL_LENGTH);
    expect(withSuggestions(fail, [{ value: 'z'.repeat(201), label: 'z' }]).suggestions).toBeUndefined();
    expect(withSuggestions(fail, [{ value: '2', label: 'Bill 2 units' }], '2').suggestions).toBeUndefined();
    const finding = { ruleId: 'r', checklistId: 'c', title: 't', status: 'fail', severity: 'serious', concept: null, index: null, fieldKey: 'dx',
      message: 'm', why: 'w', fix: 'f', source: 's', citation: { policy: 'p', url: 'https://example.org', date: '2025-01-01' },
      suggestions: withSuggestions(fail, many).suggestions };
    expect(findingSchema.safeParse(finding).success).toBe(true);
    expect(findingSchema.safeParse({ ...finding, suggestions: many }).success).toBe(false);
  });
});
