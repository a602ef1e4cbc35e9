/**
 * `claimlint fields` (through main(), output captured): what the detector read, never a value; and site adapters
 * applied by the saved page's file URL, for `fields` and `check` alike (OpenEMR pages read from ../shared).
 */
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runClaimlint as claimlint } from '../test/support/run-claimlint';
import { sharedFolder } from '../test/support/shared-dir';
import { checkHtmlFile } from './run-check';

const CLAIM = 'test/fixtures/pages/cms1500-claim.html';
const openemrFolder = sharedFolder('fixtures/real/pages/openemr', 'fields.test');
const openemr = openemrFolder.present;
const OPENEMR_MISC = relative(process.cwd(), join(openemrFolder.path, 'misc_billing_options.html'));

describe('claimlint fields', () => {
  it('--json lists each field in the check output shape plus kind, selector and evidence signals, without values', async () => {
    const { code, stdout, stderr } = await claimlint('fields', CLAIM, '--json');
    expect([code, stderr]).toEqual([0, '']);
    const output = JSON.parse(stdout);
    expect(output.source).toBe(CLAIM);
    expect(output.fields.length).toBeGreaterThan(20);
    for (const field of output.fields) {
      expect(Object.keys(field).sort()).toEqual(['concept', 'confidence', 'hasValue', 'id', 'index', 'kind', 'label', 'name', 'selector', 'signals']);
      expect(field.signals.length).toBeGreaterThan(0);
    }
    expect(output.fields.find((field: { id: string }) => field.id === 'box2-patient-name')).toMatchObject({ concept: 'patient.name', hasValue: true });
    for (const value of ['Sample, Alex Q', 'XZW900112233', '1984-03-15']) expect(stdout).not.toContain(value);
  });

  it('prints a table, one line per field, with confidence and evidence', async () => {
    const { code, stdout } = await claimlint('fields', CLAIM);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Fields recognised: \d+/m);
    expect(stdout).toMatch(/^claim\.diagnosis\[A\]\s+\d\.\d\d\s+text\s+(yes|-)\s+\S+/m);
    expect(stdout).not.toContain('Sample, Alex Q');
  });

  it('refuses a missing file with exit status 2', async () => {
    const { code, stderr } = await claimlint('fields', 'test/fixtures/pages/no-such-page.html');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^claimlint: .*no such file/);
  });
});

describe.skipIf(!openemr)('site adapters by file URL', () => {
  it('fields: a saved OpenEMR form gets the OpenEMR adapter', async () => {
    const output = JSON.parse((await claimlint('fields', OPENEMR_MISC, '--json')).stdout);
    const priorAuth = output.fields.find((field: { name: string }) => field.name === 'prior_auth_number');
    expect(priorAuth).toMatchObject({ concept: 'claim.priorAuthNumber', confidence: 1, signals: ['adapter'] });
  });

  it('check: the same adapter places the fields the checklists read', async () => {
    const result = await checkHtmlFile(join(openemrFolder.path, 'misc_billing_options.html'), []);
    const adapted = result.snapshot.fields.filter((field) => result.snapshot.places?.[field.key]?.evidence?.[0]?.signal === 'adapter');
    expect(adapted.map((field) => field.concept)).toContain('claim.priorAuthNumber');
  });
});
