import { describe, expect, it } from 'vitest';
import { contextOf, field } from '../testing/test-snapshot';
import { requiredField } from './required-field';

const run = (fields: Parameters<typeof contextOf>[0], options: unknown) =>
  requiredField.run(contextOf(fields), requiredField.options.parse(options));

describe('required-field', () => {
  const memberId = { concepts: ['patient.memberId'], label: 'Member ID' };

  it('passes and names the field that satisfied it', () => {
    const [outcome] = run([field('patient.memberId', 'XYZ123456', { label: "Insured's ID Number" })], memberId);
    expect(outcome).toMatchObject({ status: 'pass', fieldKey: 'patient.memberId' });
    expect(outcome?.message).toBe(`Member ID is filled in ("Insured's ID Number")`);
  });

  it('fails when the field is on the page but empty, pointing at it', () => {
    const [outcome] = run([field('patient.memberId', '   ')], memberId);
    expect(outcome).toMatchObject({ status: 'fail', concept: 'patient.memberId', fieldKey: 'patient.memberId' });
    expect(outcome?.message).toMatch(/Member ID is empty/);
  });

  it('says what a whole letter lacks instead of calling a box empty', () => {
    const [outcome] = run([field('provider.license', '', { document: 'letter' })], { concepts: ['provider.license'] });
    expect(outcome).toMatchObject({ status: 'fail', fieldKey: 'provider.license' });
    expect(outcome?.message).toBe("The letter does not give the provider's license number");
  });

  it("says it can't tell when the page has no such field", () => {
    const [outcome] = run([field('patient.name', 'Test Patient')], memberId);
    expect(outcome).toMatchObject({ status: 'cantTell', fieldKey: null });
    expect(outcome?.message).toBe('ClaimLint could not find a Member ID field on this page');
  });

  it('accepts any of several concepts and points at the first empty one otherwise', () => {
    const options = { concepts: ['doc.frequency', 'doc.frequencyDuration'] };
    expect(run([field('doc.frequency', ''), field('doc.frequencyDuration', '2x/week for 6 weeks')], options)[0])
      .toMatchObject({ status: 'pass', fieldKey: 'doc.frequencyDuration' });
    expect(run([field('doc.frequencyDuration', ''), field('doc.frequency', '')], options)[0])
      .toMatchObject({ status: 'fail', fieldKey: 'doc.frequency' });
  });

  it('treats an unchecked checkbox as empty and a checked one as filled', () => {
    const options = { concepts: ['provider.signature'], label: 'Signature attestation' };
    expect(run([field('provider.signature', '')], options)[0]?.status).toBe('fail');
    expect(run([field('provider.signature', 'checked')], options)[0]?.status).toBe('pass');
  });

  it('falls back to the concept title when no label is given', () => {
    expect(run([], { concepts: ['provider.license'] })[0]?.message)
      .toBe('ClaimLint could not find a Provider license number field on this page');
  });

  it('refuses options without concepts or with unknown ones', () => {
    expect(requiredField.options.safeParse({ concepts: [] }).success).toBe(false);
    expect(requiredField.options.safeParse({ concepts: ['patient.shoeSize'] }).success).toBe(false);
  });
});
