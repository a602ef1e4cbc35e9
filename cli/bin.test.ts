/**
 * The one test of `claimlint` as a process (every other CLI test calls main() in-process): bin/claimlint.js
 * builds its bundle if it is missing or stale, runs it, and exits with main()'s status and its output.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = 'bin/claimlint.js';
const CLAIM = 'test/fixtures/pages/cms1500-claim.html';

function claimlintProcess(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

// One after the other: the first may build the bundle, which the second then reuses.
describe('node bin/claimlint.js', { timeout: 60_000 }, () => {
  it('--help prints usage and exits 0', async () => {
    const { code, stdout, stderr } = await claimlintProcess('--help');
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toContain('claimlint check <file | folder | ->');
  });

  it('check --json on the sample claim exits 1 with its gaps as one JSON document', async () => {
    const { code, stdout, stderr } = await claimlintProcess('check', CLAIM, '--json');
    expect([code, stderr]).toEqual([1, '']);
    const output = JSON.parse(stdout) as { source: string; checklists: string[]; findings: Array<{ ruleId: string; status: string }> };
    expect(output).toMatchObject({ source: CLAIM, checklists: ['cms1500-basics'] });
    expect(output.findings).toContainEqual(expect.objectContaining({ ruleId: 'referring-provider-npi', status: 'fail' }));
    // Box 23 is empty, and no sourced rule says this payer needs authorization: a question, never a gap.
    expect(output.findings).toContainEqual(expect.objectContaining({ ruleId: 'prior-auth-number', status: 'cantTell' }));
  });

  it('is an ESM script with a node shebang', () => {
    expect(readFileSync(fileURLToPath(new URL(`../${BIN}`, import.meta.url)), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});
