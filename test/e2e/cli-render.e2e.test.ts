import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder, type StaticServer } from '../../scripts/support/static-server';
import { runClaimlint } from '../support/run-claimlint';

/*
 * `claimlint check|fields --render`: a portal page whose form its script builds after load (delayed-form.html) is
 * empty to a static parse; rendered in headless Chromium, the content script's own collection reads it.
 */
const PAGE = 'test/fixtures/e2e/delayed-form.html';
let server: StaticServer;

beforeAll(async () => {
  server = await serveFolder(resolve('test/fixtures/e2e'));
});
afterAll(async () => {
  await server?.close();
});

describe('claimlint --render', () => {
  it('reads a form that only exists after the page script ran, where a static read finds nothing', async () => {
    const statically = await runClaimlint('check', PAGE, '--json');
    expect(JSON.parse(statically.stdout).fields).toEqual([]);

    const rendered = await runClaimlint('check', PAGE, '--render', '--json');
    expect(rendered.code).toBe(1);
    const result = JSON.parse(rendered.stdout) as { checklists: string[]; findings: { ruleId: string; status: string; index: unknown }[] };
    expect(result.checklists).toEqual(['cms1500-basics']);
    const gaps = result.findings.filter((finding) => finding.status === 'fail').map((finding) => [finding.ruleId, finding.index]);
    expect(gaps).toEqual(expect.arrayContaining([['diagnosis-pointers', 2]]));
    // The empty box 23 is read too: a question for a payer with no known authorization rule, not a gap.
    expect(result.findings.find((finding) => finding.ruleId === 'prior-auth-number')?.status).toBe('cantTell');
    expect(gaps.find(([rule, line]) => rule === 'diagnosis-pointers' && line === 1)).toBeUndefined();
  });

  it('reads a page on a local web server, and lists its fields without values', async () => {
    const rendered = await runClaimlint('fields', `${server.origin}/delayed-form.html`, '--render', '--json');
    expect(rendered.code).toBe(0);
    const fields = JSON.parse(rendered.stdout).fields as { concept: string; index: unknown; hasValue: boolean }[];
    expect(fields).toEqual(expect.arrayContaining([
      expect.objectContaining({ concept: 'claim.priorAuthNumber', hasValue: false }),
      expect.objectContaining({ concept: 'line.procedureCode', index: 2, hasValue: true }),
    ]));
    expect(rendered.stdout).not.toContain('XYZ900000001');
  });

  it('reads a print view\'s letter as the static read does: the browser\'s scan, then the same document reader', async () => {
    const letter = 'test/fixtures/documents/massage-lmn-old-unsigned.html';
    type Checked = { checklists: string[]; findings: { ruleId: string; status: string; message: string }[] };
    const outcome = (result: Checked) => ({ checklists: result.checklists, findings: result.findings.map(({ ruleId, status, message }) => `${ruleId} ${status}: ${message}`) });
    const statically = JSON.parse((await runClaimlint('check', letter, '--json', '--as-of', '2026-11-20')).stdout) as Checked;
    const rendered = JSON.parse((await runClaimlint('check', letter, '--render', '--json', '--as-of', '2026-11-20')).stdout) as Checked;
    expect(outcome(statically).findings.some((finding) => finding.startsWith('provider-signature fail: The letter does not'))).toBe(true);
    expect(outcome(rendered)).toEqual(outcome(statically));
  });

  it('says in one line when the page cannot be loaded', async () => {
    const missing = await runClaimlint('check', 'test/fixtures/e2e/no-such-page.html', '--render');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('claimlint: test/fixtures/e2e/no-such-page.html: no such file\n');
    const claimFile = await runClaimlint('check', 'test/fixtures/claims/837p-massage-gaps.txt', '--render');
    expect(claimFile.code).toBe(2);
    expect(claimFile.stderr).toMatch(/--render reads pages/);
  });
});
