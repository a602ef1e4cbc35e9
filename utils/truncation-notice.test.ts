import { describe, expect, it } from 'vitest';
import { truncationNotice } from './truncation-notice';

describe('truncationNotice', () => {
  it('says the page was too large and how much of it was checked', () => {
    expect(truncationNotice({ limit: 5000, seen: 50_014 })).toBe(
      'Page too large: ClaimLint checked the first 5,000 of 50,014 fields. Gaps further down are not checked.',
    );
  });
});
