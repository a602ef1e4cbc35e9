import { describe, expect, it } from 'vitest';
import { field, snapshotOf } from '../testing/test-snapshot';
import { detectPageContext } from './page-context';

const payerOf = (...fields: Parameters<typeof snapshotOf>[0]) => detectPageContext(snapshotOf(fields)).payer?.id ?? null;
const servicesOf = (...fields: Parameters<typeof snapshotOf>[0]) =>
  detectPageContext(snapshotOf(fields)).services.map((service) => service.id);

describe('detectPageContext', () => {
  it('reads the payer from the payer field, whatever the plan name around it', () => {
    expect(payerOf(field('payer.name', 'Medicare Part B'))).toBe('medicare');
    expect(payerOf(field('payer.name', 'Noridian JF'))).toBe('medicare');
    expect(payerOf(field('payer.name', 'PREMERA BLUE CROSS'))).toBe('premera');
    expect(payerOf(field('payer.name', 'Regence BlueShield of Idaho'))).toBe('regence');
    expect(payerOf(field('payer.name', 'Example Health Plan PPO'))).toBeNull();
  });

  it('guesses the payer from a member ID labelled with it, or in the Medicare Beneficiary Identifier format', () => {
    const byLabel = detectPageContext(snapshotOf([field('patient.memberId', 'W551028374', { label: 'Aetna member ID' })])).payer;
    expect(byLabel).toMatchObject({ id: 'aetna', certain: false });
    const byShape = detectPageContext(snapshotOf([field('patient.memberId', '1EG4-TE5-MK72')])).payer;
    expect(byShape).toMatchObject({ id: 'medicare', certain: false });
    // Letters an MBI never uses (S, O), or another shape: no payer from it.
    expect(payerOf(field('patient.memberId', '1SO4-TE5-MK72'))).toBeNull();
    expect(payerOf(field('patient.memberId', 'XYZ123456789'))).toBeNull();
    // A payer field still decides, and for certain.
    expect(detectPageContext(snapshotOf([field('patient.memberId', '1EG4TE5MK72'), field('payer.name', 'Aetna Medicare Advantage')])).payer?.certain).toBe(true);
  });

  it('takes an accident answered yes as the auto or workers\' comp carrier\'s claim', () => {
    expect(payerOf(field('claim.autoAccident', 'Yes'))).toBe('auto-pip');
    expect(payerOf(field('claim.autoAccident', 'No'))).toBeNull();
    expect(payerOf(field('claim.employmentRelated', 'checked'))).toBe('workers-comp');
  });

  it('recognises the service from procedure codes, with modifiers around them', () => {
    expect(servicesOf(field('line.procedureCode', '97124 GP', { index: 1 }))).toEqual(['massage']);
    expect(servicesOf(field('line.procedureCode', '97110', { index: 1 }), field('line.procedureCode', '90837', { index: 2 }))).toEqual([
      'therapy',
      'psychotherapy',
    ]);
  });

  it('falls back to the words of the documentation', () => {
    expect(servicesOf(field('doc.treatmentPlan', 'Medical massage to the cervical paraspinals, 2x/week'))).toEqual(['massage']);
    expect(servicesOf(field('doc.treatmentPlan', 'Individual psychotherapy, CBT, weekly'))).toEqual(['psychotherapy']);
    expect(servicesOf(field('doc.treatmentPlan', 'Follow up in two weeks'))).toEqual([]);
  });
});

describe('detectPageContext: banners, headings and the address', () => {
  const withHeadings = (headings: string[], url = 'https://portal.example/chart') => ({ ...snapshotOf([]), url, headings });

  it('reads the payer from a banner, card header or logo text as certain', () => {
    expect(detectPageContext(withHeadings(['Test Patient', 'Primary: Medicare Part B'])).payer).toMatchObject({ id: 'medicare', certain: true });
    expect(detectPageContext(withHeadings(['Regence BlueShield logo'])).payer).toMatchObject({ id: 'regence', certain: true });
  });

  it('prefers the payer field to the headings', () => {
    const snapshot = { ...snapshotOf([field('payer.name', 'Aetna Choice POS II')]), headings: ['Medicare Part B'] };
    expect(detectPageContext(snapshot).payer).toMatchObject({ id: 'aetna', certain: true });
  });

  it('calls it a guess when the headings name two payers, or only the address names one', () => {
    expect(detectPageContext(withHeadings(['Medicare claims', 'Aetna claims'])).payer).toMatchObject({ id: 'medicare', certain: false });
    expect(detectPageContext(withHeadings([], 'https://www.aetna.example/claims')).payer).toMatchObject({ id: 'aetna', certain: false });
  });
});
