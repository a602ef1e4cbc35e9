import { describe, expect, it } from 'vitest';
import { field } from '../testing/test-snapshot';
import { emptyFieldMessage, withArticle } from './check-support';

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

describe('emptyFieldMessage', () => {
  it('says what a whole document does not contain, in its own word', () => {
    expect(emptyFieldMessage(field('doc.alternativesTried', '', { document: 'letter' }), 'Alternatives tried'))
      .toBe('The letter does not say which treatments were tried before');
    expect(emptyFieldMessage(field('doc.goals', '', { document: 'plan' }), 'Goals')).toBe('The plan does not state treatment goals');
    expect(emptyFieldMessage(field('visit.totalTimedMinutes', '', { document: 'note' }), 'Timed minutes'))
      .toBe('The note does not give the total timed minutes');
  });

  it('says an ordinary empty field is empty, naming it', () => {
    expect(emptyFieldMessage(field('patient.memberId', '', { label: 'Member #' }), 'Member ID')).toBe('Member ID is empty ("Member #")');
    expect(emptyFieldMessage(field('provider.npi', ''), 'Provider NPI', '')).toBe('Provider NPI is empty');
  });
});
