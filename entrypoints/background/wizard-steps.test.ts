import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Finding, Snapshot } from '../../rules/schema';
import { field, snapshotOf } from '../../rules/testing/test-snapshot';
import { settingsCache } from './settings-cache';
import { forgetPage, forgetTab, recordSnapshot } from './tab-results';
import { MAX_WIZARD_STEPS, rememberStep } from './wizard-steps';
import { dropHeldTabs } from './held-tabs';

vi.mock('../../utils/icd10cm-loader', () => ({ loadIcd10Cm: async () => undefined }));
vi.mock('../../utils/ncci-loader', () => ({ loadNcci: async () => undefined }));

// A synthetic three-step claim wizard at one address: patient, authorization, services.
const at = (step: string | undefined, fields: Snapshot['fields'], url = 'https://portal.example/claims/new?step=1'): Snapshot => ({
  ...snapshotOf(fields),
  url,
  takenAt: new Date().toISOString(),
  ...(step !== undefined && { step }),
});
const patientStep = at('Patient', [field('patient.memberId', 'XYZ900000001'), field('payer.name', 'Acme Health Plan')]);
const authStep = (priorAuth: string) => at('Authorization', [
  field('claim.icdIndicator', '0'),
  field('claim.diagnosis', 'M54.50', { index: 'A' }),
  field('claim.priorAuthNumber', priorAuth),
]);
const servicesStep = at('Services', [
  field('claim.icdIndicator', '0'),
  field('line.procedureCode', '97140', { index: 1 }),
  field('line.diagnosisPointer', 'A', { index: 1 }),
], 'https://portal.example/claims/new?step=3');

const priorAuth = (findings: Finding[]) => findings.find((finding) => finding.ruleId === 'prior-auth-number');

describe('a wizard\'s earlier steps', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // A fresh worker: no tab held in memory.
    dropHeldTabs();
    settingsCache.stop();
  });

  it('keeps a gap from step 2 on step 3, says which step it is on, and sends no frame a mark for it', async () => {
    await recordSnapshot(1, 0, patientStep);
    await recordSnapshot(1, 0, authStep(''));
    const onServices = await recordSnapshot(1, 0, servicesStep);
    expect(priorAuth(onServices.result.findings)).toMatchObject({ status: 'cantTell', step: 'Authorization', fieldKey: 'claim.priorAuthNumber' });
    expect(priorAuth(onServices.result.findings)).not.toHaveProperty('frameId');
    // Fields of other steps count for the whole claim: the member ID from step 1 is no "can't tell".
    expect(onServices.result.findings.find((finding) => finding.concept === 'patient.memberId')?.status).not.toBe('cantTell');
    expect([...onServices.findingsByFrame.get(0)!].some((finding) => finding.step !== undefined)).toBe(false);
    expect(onServices.findingsByFrame.get(0)!.some((finding) => finding.fieldKey?.startsWith('line.'))).toBe(true);
  });

  it('clears the gap when step 2 is read again with it filled, and shows the step on screen without a step name', async () => {
    await recordSnapshot(1, 0, authStep(''));
    await recordSnapshot(1, 0, servicesStep);
    const fixed = await recordSnapshot(1, 0, authStep('AUTH0001'));
    expect(priorAuth(fixed.result.findings)).toMatchObject({ status: 'pass', frameId: 0 });
    expect(priorAuth(fixed.result.findings)).not.toHaveProperty('step');
    const back = await recordSnapshot(1, 0, servicesStep);
    expect(priorAuth(back.result.findings)).toMatchObject({ status: 'pass', step: 'Authorization' });
  });

  it('prefers the field on screen over the same field read on another step', async () => {
    await recordSnapshot(1, 0, authStep(''));
    const repeated = await recordSnapshot(1, 0, { ...servicesStep, fields: [...servicesStep.fields, field('claim.priorAuthNumber', 'AUTH0002')] });
    expect(priorAuth(repeated.result.findings)).toMatchObject({ status: 'pass', frameId: 0 });
  });

  it('drops the steps when the top frame shows another form, the tab navigates elsewhere or closes', async () => {
    await recordSnapshot(1, 0, authStep(''));
    const elsewhere = await recordSnapshot(1, 0, { ...servicesStep, url: 'https://portal.example/claims/other' });
    expect(priorAuth(elsewhere.result.findings)?.status).toBe('cantTell');
    const kept = (await fakeBrowser.storage.session.get('steps:1'))['steps:1'] as { form: string; steps: object };
    expect(kept.form).toBe('https://portal.example/claims/other');
    expect(Object.keys(kept.steps)).toEqual(['Services']);

    const keysOf = async (tabId: number) => Object.keys(await fakeBrowser.storage.session.get(null)).filter((key) => key.endsWith(`:${tabId}`));
    await recordSnapshot(2, 0, authStep(''));
    await forgetPage(2, 'https://portal.example/claims/new?step=2');
    expect(await keysOf(2)).toEqual(['steps:2']);
    await forgetPage(2, 'https://elsewhere.example/');
    expect(await keysOf(2)).toEqual([]);
    await recordSnapshot(3, 0, authStep(''));
    await forgetTab(3);
    expect(await keysOf(3)).toEqual([]);
  });

  it('ignores steps for a page with no step name, and for a step an iframe names', async () => {
    await recordSnapshot(1, 0, authStep(''));
    const noStep = await recordSnapshot(1, 0, at(undefined, servicesStep.fields, servicesStep.url));
    expect(priorAuth(noStep.result.findings)?.status).toBe('cantTell');
    const framed = await recordSnapshot(1, 3, { ...servicesStep, step: 'Services' });
    expect(priorAuth(framed.result.findings)?.status).toBe('cantTell');
  });

  it('keeps at most MAX_WIZARD_STEPS steps, the newest', () => {
    let memory = undefined;
    for (let step = 0; step < MAX_WIZARD_STEPS + 5; step++) {
      memory = rememberStep(memory, { ...authStep(''), step: `Step ${step}`, takenAt: new Date(Date.UTC(2026, 0, 1, 0, step)).toISOString() });
    }
    expect(Object.keys(memory!.steps)).toHaveLength(MAX_WIZARD_STEPS);
    expect(memory!.steps).toHaveProperty(`Step ${MAX_WIZARD_STEPS + 4}`);
    expect(memory!.steps).not.toHaveProperty('Step 0');
  });
});
