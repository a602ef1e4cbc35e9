import { describe, expect, it } from 'vitest';
import { CONCEPT_KEYS, documentHolding } from '../../rules/concepts';
import type { Finding } from '../../rules/schema';
import { documentsNamed, todoList } from './todo-list';

const finding = (overrides: Partial<Finding> & Pick<Finding, 'ruleId' | 'status'>): Finding => ({
  checklistId: 'c',
  title: overrides.ruleId,
  severity: 'moderate',
  concept: null,
  index: null,
  fieldKey: null,
  message: '',
  why: '',
  fix: '',
  source: '',
  citation: { policy: 'P', section: 'S', url: 'https://example.org', date: '2025-01-01' },
  ...overrides,
});

describe('todoList', () => {
  it('sorts what to fix by severity, then by the page field order across frames, rules without a field last', () => {
    const list = todoList([
      finding({ ruleId: 'no-field', status: 'fail', severity: 'serious' }),
      finding({ ruleId: 'frame-1', status: 'fail', severity: 'serious', fieldKey: 'f2', frameId: 1 }),
      finding({ ruleId: 'f10', status: 'fail', severity: 'serious', fieldKey: 'f10', frameId: 0 }),
      finding({ ruleId: 'f9', status: 'fail', severity: 'serious', fieldKey: 'f9', frameId: 0 }),
      finding({ ruleId: 'critical', status: 'fail', severity: 'critical', fieldKey: 'f50', frameId: 0 }),
    ], true);
    expect(list.toFix.map((item) => item.ruleId)).toEqual(['critical', 'f9', 'f10', 'frame-1', 'no-field']);
  });

  it('says a can\'t-tell once per field and line, and keeps lines apart', () => {
    const list = todoList([
      finding({ ruleId: 'accident-state', status: 'cantTell', concept: 'claim.autoAccident' }),
      finding({ ruleId: 'accident-date', status: 'cantTell', severity: 'serious', concept: 'claim.autoAccident' }),
      finding({ ruleId: 'units-1', status: 'cantTell', concept: 'line.units', index: 1 }),
      finding({ ruleId: 'units-2', status: 'cantTell', concept: 'line.units', index: 2 }),
      finding({ ruleId: 'no-concept', status: 'cantTell' }),
    ], true);
    expect(list.cantTell.map((gap) => gap.finding.ruleId)).toEqual(['accident-date', 'units-1', 'units-2', 'no-concept']);
    expect(list.cantTell[0]!.findings.map((item) => item.ruleId)).toEqual(['accident-date', 'accident-state']);
    expect(list.counts.cantTell).toBe(4);
  });

  it('sets documentation aside on a claim only, and never counts it as passed', () => {
    const findings = [
      finding({ ruleId: 'goals', status: 'cantTell', concept: 'doc.longTermGoals' }),
      finding({ ruleId: 'letter', status: 'cantTell', concept: 'lmn.date' }),
      finding({ ruleId: 'box-23', status: 'cantTell', concept: 'claim.priorAuthNumber' }),
    ];
    const onClaim = todoList(findings, true);
    expect(onClaim.elsewhere.map((gap) => gap.finding.ruleId)).toEqual(['goals', 'letter']);
    expect(onClaim.cantTell.map((gap) => gap.finding.ruleId)).toEqual(['box-23']);
    expect(onClaim.counts).toEqual({ fail: 0, cantTell: 3, pass: 0, notApplicable: 0 });
    expect(documentsNamed(onClaim.elsewhere)).toBe('the plan of care or letter of medical necessity');
    const onDocument = todoList(findings, false);
    expect(onDocument.elsewhere).toEqual([]);
    expect(onDocument.cantTell).toHaveLength(3);
  });
});

describe('documentHolding', () => {
  it('names a document for the documentation families and none for a claim box', () => {
    expect(documentHolding('doc.longTermGoals')).toBe('plan of care');
    expect(documentHolding('cert.period')).toBe('plan of care');
    expect(documentHolding('visit.startTime')).toBe('visit note');
    expect(documentHolding('auth.visits')).toBe('authorization');
    expect(documentHolding(null)).toBeNull();
    // Every claim form box stays on the claim: none of these families is documentation.
    const claimBoxes = CONCEPT_KEYS.filter((key) => /^(claim|line|patient|payer|insured|referring|facility)\./.test(key));
    expect(claimBoxes.length).toBeGreaterThan(20);
    expect(claimBoxes.filter((key) => documentHolding(key) !== null)).toEqual([]);
  });
});
