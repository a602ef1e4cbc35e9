import { describe, expect, it } from 'vitest';
import { dateFieldName, readConceptDate, readDateSpan } from './date-fields';
import { contextOf, field } from '../testing/test-snapshot';

describe('readDateSpan', () => {
  it('reads one date or a period with any common separator', () => {
    expect(readDateSpan('2026-01-05')).toEqual({ from: '2026-01-05', to: '2026-01-05', isRange: false });
    expect(readDateSpan('01/05/2026 - 04/04/2026')).toEqual({ from: '2026-01-05', to: '2026-04-04', isRange: true });
    expect(readDateSpan('1/5/26 to 4/4/26')?.to).toBe('2026-04-04');
    expect(readDateSpan('2026-01-05–2026-04-04')?.to).toBe('2026-04-04');
    expect(readDateSpan('2026-01-05-2026-04-04')).toEqual({ from: '2026-01-05', to: '2026-04-04', isRange: true });
    expect(readDateSpan('Jan 5, 2026 through Apr 4, 2026')?.from).toBe('2026-01-05');
  });

  it('refuses what is not a date or period', () => {
    expect(readDateSpan('soon')).toBeNull();
    expect(readDateSpan('01/05/2026 - later')).toBeNull();
  });
});

describe('readConceptDate', () => {
  const read = (fields: Parameters<typeof contextOf>[0]) => readConceptDate(contextOf(fields).fields, ['lmn.date', 'provider.signatureDate']);
  it('takes the first filled concept and says absent, empty or unreadable', () => {
    expect(read([field('lmn.date', ''), field('provider.signatureDate', '3/1/2026')])).toMatchObject({ state: 'read', span: { from: '2026-03-01' } });
    expect(read([field('lmn.date', '')])).toMatchObject({ state: 'empty' });
    expect(read([field('lmn.date', 'last spring')])).toMatchObject({ state: 'unreadable' });
    expect(read([])).toEqual({ state: 'absent' });
  });

  it('names line fields with their line', () => {
    expect(dateFieldName(field('line.dateFrom', '3/1/2026', { index: 2, label: 'DOS From' }))).toBe('"DOS From" on service line 2');
  });
});
