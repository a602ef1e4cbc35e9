import { describe, expect, it } from 'vitest';
import { BUNDLED_CHECKLISTS } from '../checklists';
import { codeKindOf, DENIAL_CODES, denialCode, denialGroup, reasonDeniesNothing } from './denial-codes';
import { isContestable, type Denial, type DenialReason } from './denial';

const REQUIRED = ['carc:50', 'carc:197', 'carc:15', 'carc:16', 'carc:11', 'carc:4', 'carc:151', 'carc:236', 'carc:96',
  'carc:167', 'carc:204', 'rarc:N115', 'rarc:N386', 'rarc:M127', 'rarc:N290'];

describe('denial reason codes', () => {
  it('holds the common medical-necessity, authorization, coding and documentation codes', () => {
    const held = new Set(DENIAL_CODES.codes.map((entry) => `${entry.kind}:${entry.code}`));
    expect(REQUIRED.filter((key) => !held.has(key))).toEqual([]);
  });

  it.each(DENIAL_CODES.codes.map((entry) => [`${entry.kind} ${entry.code}`, entry] as const))(
    '%s cites its X12 code list with a date',
    (_name, entry) => {
      const list = entry.kind === 'carc' ? 'claim-adjustment-reason-codes' : 'remittance-advice-remark-codes';
      expect(entry.source.url).toBe(`https://x12.org/codes/${list}`);
      expect(Number.isNaN(Date.parse(entry.source.date))).toBe(false);
    },
  );

  it('links only checklist rules that exist', () => {
    const known = new Set(BUNDLED_CHECKLISTS.flatMap((checklist) => checklist.rules.map((rule) => `${checklist.id}/${rule.id}`)));
    const links = DENIAL_CODES.codes.flatMap((entry) => entry.checklistRules.map((link) => `${link.checklistId}/${link.ruleId}`));
    expect(links.filter((link) => !known.has(link))).toEqual([]);
  });

  it('points the families at the components an appeal answers', () => {
    const rules = (kind: 'carc' | 'rarc', code: string) => denialCode(kind, code)?.checklistRules.map((link) => link.ruleId);
    expect(rules('carc', '50')).toEqual(expect.arrayContaining(['measurable-goals', 'frequency-duration', 'alternatives-tried']));
    expect(rules('carc', '197')).toContain('prior-auth-number');
    expect(rules('carc', '11')).toContain('diagnosis-pointers');
    expect(rules('carc', '4')).toContain('modifier-pairs');
  });

  it('reads codes as systems write them and keeps unknown ones unknown', () => {
    expect(denialCode('carc', '050')?.family).toBe('medical-necessity');
    expect(denialCode('rarc', 'm127')?.code).toBe('M127');
    expect(denialCode('carc', '9999')).toBeUndefined();
    expect(denialGroup('pr')?.title).toBe('Patient responsibility');
    expect(denialGroup('OI')).toBeUndefined();
  });

  it('tells remark codes from reason codes', () => {
    expect(['N115', 'M127', 'MA130', '50', 'B7', 'P12', 'x?'].map(codeKindOf)).toEqual(['rarc', 'rarc', 'rarc', 'carc', 'carc', 'carc', undefined]);
  });
});

describe('contestable denials', () => {
  const denial = (reasons: DenialReason[], status?: string): Denial =>
    ({ reasons, ...(status && { status }), source: { format: 'manual', what: 'typed' } });
  it('leaves out a claim paid with only the patient\'s share, and keeps a denied or unknown one', () => {
    expect(isContestable(denial([{ group: 'PR', code: '2', kind: 'carc' }, { group: 'CO', code: '45', kind: 'carc' }], '1 processed as primary'), reasonDeniesNothing)).toBe(false);
    expect(isContestable(denial([{ group: 'PR', code: '2', kind: 'carc' }], '4 denied'), reasonDeniesNothing)).toBe(true);
    expect(isContestable(denial([{ group: 'CO', code: '50', kind: 'carc' }]), reasonDeniesNothing)).toBe(true);
    expect(isContestable(denial([{ code: 'X1', kind: 'other' }]), reasonDeniesNothing)).toBe(true);
    // A Medicare payment cut by sequestration, and a second payer's claim that shows the first payer's share, were paid.
    expect(isContestable(denial([{ group: 'CO', code: '45', kind: 'carc' }, { group: 'CO', code: '253', kind: 'carc' }, { group: 'PR', code: '2', kind: 'carc' }]), reasonDeniesNothing)).toBe(false);
    expect(isContestable(denial([{ group: 'OA', code: '23', kind: 'carc' }, { group: 'PR', code: '1', kind: 'carc' }]), reasonDeniesNothing)).toBe(false);
  });
});
