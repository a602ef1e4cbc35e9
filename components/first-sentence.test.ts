import { describe, expect, it } from 'vitest';
import { firstSentence } from './FindingItem';

describe('firstSentence', () => {
  it('ends at a full stop before a capital, not inside parentheses or after an abbreviation', () => {
    expect(firstSentence('Bill 2 units for 38 minutes. The 8-minute rule counts them.')).toBe('Bill 2 units for 38 minutes.');
    expect(firstSentence('List what was tried before (e.g. a home program. Or rest), for how long. Then more.')).toBe(
      'List what was tried before (e.g. a home program. Or rest), for how long.',
    );
    expect(firstSentence('Use modifier 59 e.g. for a separate session')).toBe('Use modifier 59 e.g. for a separate session');
    expect(firstSentence('Add it.')).toBe('Add it.');
  });
});
