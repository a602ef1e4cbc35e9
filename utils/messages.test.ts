import { describe, expect, it } from 'vitest';
import type { Finding } from '../rules/schema';
import { toContentMessageSchema } from './messages';

const fail: Finding = {
  ruleId: 'diagnosis-codes', checklistId: 'cms1500-basics', title: 'Diagnosis codes', status: 'fail', severity: 'critical',
  concept: 'claim.diagnosis', index: 'A', fieldKey: 'f3', message: 'Diagnosis A M54.5 is a category', why: 'w', fix: 'f',
  source: 's', citation: { policy: 'p', url: 'https://example.org', date: '2025-01-01' },
};

describe('the marks message a content script accepts', () => {
  it('carries findings with their suggestions', () => {
    const suggestions = [{ value: 'M54.50', label: 'M54.50' }, { value: '90834', label: 'Bill 90834', fieldKey: 'f7' }];
    const parsed = toContentMessageSchema.safeParse({ type: 'claimlint/marks', findings: [{ ...fail, suggestions }] });
    expect(parsed.success && parsed.data.type === 'claimlint/marks' && parsed.data.findings[0]?.suggestions).toEqual(suggestions);
  });

  it('refuses suggestions past their bounds: more than 8, an empty label, an oversized value or field key', () => {
    const marks = (suggestions: unknown) => toContentMessageSchema.safeParse({ type: 'claimlint/marks', findings: [{ ...fail, suggestions }] }).success;
    expect(marks(Array.from({ length: 9 }, (_, i) => ({ value: `${i}`, label: `${i}` })))).toBe(false);
    expect(marks([{ value: 'M54.50', label: '' }])).toBe(false);
    expect(marks([{ value: 'x'.repeat(201), label: 'x' }])).toBe(false);
    expect(marks([{ value: '1', label: '1', fieldKey: 'k'.repeat(201) }])).toBe(false);
    expect(marks([])).toBe(false);
  });
});
