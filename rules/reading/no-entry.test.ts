import { describe, expect, it } from 'vitest';
import { saysNoEntry } from './no-entry';

describe('saysNoEntry', () => {
  it.each(['N/A', 'n/a', 'None', 'none.', 'Unknown', 'No information', 'No information available', 'Not documented', '  None recorded '])(
    '"%s" records nothing',
    (value) => expect(saysNoEntry(value)).toBe(true),
  );

  it.each(['M54.50 Low back pain', 'None of the above exercises tolerated', 'No pain with flexion', 'Unknown etiology of GI bleed', 'NA', 'Nancy', ''])(
    '"%s" is an entry, or a credential (NA), or plain empty (which hasValue handles)',
    (value) => expect(saysNoEntry(value)).toBe(false),
  );
});
