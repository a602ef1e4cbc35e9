/**
 * `claimlint check` over claim batches as billers have them: several claims named by their own ids, one summary
 * and the sources once per run, the same JSON object for one claim or many, --only-gaps, --max-claims, folders,
 * standard input and --redact. The batches are the synthetic 837P fixture's claim under invented ids.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runClaimlint as claimlint, runClaimlintWithInput } from '../test/support/run-claimlint';
import { LOOK_AHEAD } from './check-claims';

const ONE_CLAIM = readFileSync('test/fixtures/claims/837p-massage-gaps.txt', 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'claimlint-batches-'));
// Only the professional-claim checklist, so a claim with every box right passes and the gappy one fails once.
const BASICS = ['--checklist', 'cms1500-basics', '--as-of', '2026-11-20'];

/** The fixture's claim (its line 2 has no diagnosis pointer: a gap), under another CLM01. */
function gappyClaim(id: string): string {
  return claimOf(ONE_CLAIM).replace('CLM*SYN-ACCT-0001*', `CLM*${id}*`);
}

/** The same claim with line 2 pointed at diagnosis A and billed as 97110: nothing the basics checklist fails. */
function cleanClaim(id: string): string {
  return gappyClaim(id).replace('SV1*HC:97140*60*UN*2***', 'SV1*HC:97110*60*UN*2***1');
}

function claimOf(file: string): string {
  return file.slice(file.indexOf('CLM*'), file.indexOf('SE*'));
}

/** An 837P file holding these claims (CLM … up to the next CLM) under the fixture's one subscriber. */
function batch(claims: string[]): string {
  return ONE_CLAIM.slice(0, ONE_CLAIM.indexOf('CLM*')) + claims.join('') + ONE_CLAIM.slice(ONE_CLAIM.indexOf('SE*'));
}

function write(name: string, text: string, folder = scratch): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

const THREE = write('three.837', batch([cleanClaim('PCN-1001'), gappyClaim('PCN-1002'), cleanClaim('PCN-1003')]));

interface JsonClaim { claimId: string | null; position: number; title: string; checklists: string[]; fields: unknown[]; findings: Array<{ ruleId: string; status: string; message: string; problem?: string }>; notChecked?: string }
interface JsonSummary {
  claimsRead: number; claimsChecked: number; claimsWithGaps: number;
  claimsNotChecked: Array<{ reason: string; claims: number }>;
  commonGaps: Array<{ checklistId: string; ruleId: string; title: string; claims: number }>;
  stoppedEarly?: Array<{ checked: number; atLeast: number; exact: boolean; message: string }>;
  filesRead?: number; filesNotRead?: Array<{ source: string; reason: string }>;
}
interface JsonClaimFile { source: string; format: string; claims: JsonClaim[]; summary: JsonSummary; notices: string[]; redacted?: boolean }

const count = (text: string, what: string) => text.split(what).length - 1;

describe('the table for a claim batch', () => {
  it('heads each claim with its CLM01 and place, and ends with one summary and the sources once', async () => {
    const { code, stdout, stderr } = await claimlint('check', THREE, ...BASICS);
    expect([code, stderr]).toEqual([1, '']);
    const headings = stdout.split('\n').filter((line) => line.startsWith('── Claim'));
    expect(headings).toEqual(['── Claim PCN-1001 (1 of 3) ──', '── Claim PCN-1002 (2 of 3) ──', '── Claim PCN-1003 (3 of 3) ──']);
    expect(count(stdout, '\nSources:\n')).toBe(1);
    expect(count(stdout, '\nSummary:\n')).toBe(1);
    // The summary and the sources come after the last claim.
    expect(stdout.indexOf('Summary:')).toBeGreaterThan(stdout.indexOf('PCN-1003'));
    expect(stdout.indexOf('Sources:')).toBeGreaterThan(stdout.indexOf('Summary:'));
    const summary = stdout.slice(stdout.indexOf('Summary:'), stdout.indexOf('Sources:'));
    expect(summary).toContain('Claims read: 3');
    expect(summary).toContain('Claims with gaps: 1 of 3 checked');
    expect(summary).toContain('Claims not checked: 0');
    expect(summary).toMatch(/^ +1 {2}cms1500-basics\/diagnosis-pointers: Diagnosis pointer on every service line \(24E\)$/m);
    // The gap is under the claim that has it.
    const second = stdout.slice(stdout.indexOf('PCN-1002 (2 of 3)'), stdout.indexOf('PCN-1003 (3 of 3)'));
    expect(second).toMatch(/MISSING .*diagnosis-pointers/);
  });

  it('--only-gaps prints only the claims with a failing rule, and still counts every claim', async () => {
    const { code, stdout } = await claimlint('check', THREE, ...BASICS, '--only-gaps');
    expect(code).toBe(1);
    expect(stdout.split('\n').filter((line) => line.startsWith('── Claim'))).toEqual(['── Claim PCN-1002 (2 of 3) ──']);
    expect(stdout).toContain('Claims read: 3');
    expect(stdout).toContain('Claims with gaps: 1 of 3 checked');
  });

  it('exits 0 with "Claims with gaps: 0" when every claim passes', async () => {
    const path = write('clean.837', batch([cleanClaim('PCN-2001'), cleanClaim('PCN-2002')]));
    const { code, stdout } = await claimlint('check', path, ...BASICS);
    expect(code).toBe(0);
    expect(stdout).toContain('Claims with gaps: 0 of 2 checked');
    expect(stdout).not.toContain('Most common gaps');
  });
});

describe('--json for a claim file', () => {
  it('prints { source, format, claims, summary, notices } for one claim', async () => {
    const path = write('one.837', batch([gappyClaim('PCN-3001')]));
    const { code, stdout } = await claimlint('check', path, '--json', ...BASICS);
    expect(code).toBe(1);
    const file = JSON.parse(stdout) as JsonClaimFile;
    expect(Object.keys(file)).toEqual(['source', 'format', 'claims', 'summary', 'notices']);
    expect(file).toMatchObject({ source: path, format: 'x12-837p', notices: [] });
    expect(file.claims).toHaveLength(1);
    expect(file.claims[0]).toMatchObject({ claimId: 'PCN-3001', position: 1, title: 'X12 837P claim PCN-3001 (1 of 1)', checklists: ['cms1500-basics'] });
    expect(file.claims[0]!.findings.find((finding) => finding.status === 'fail')).toMatchObject({ ruleId: 'diagnosis-pointers', problem: 'missing' });
    expect(file.summary).toMatchObject({ claimsRead: 1, claimsChecked: 1, claimsWithGaps: 1, claimsNotChecked: [] });
  });

  it('prints the same object for many claims, in file order, with the summary over all of them', async () => {
    const { stdout } = await claimlint('check', THREE, '--json', ...BASICS);
    const file = JSON.parse(stdout) as JsonClaimFile;
    expect(file.claims.map((claim) => [claim.claimId, claim.position])).toEqual([['PCN-1001', 1], ['PCN-1002', 2], ['PCN-1003', 3]]);
    for (const claim of file.claims) expect(Object.keys(claim)).toEqual(['claimId', 'controlNumber', 'position', 'title', 'checklists', 'choice', 'fields', 'findings']);
    expect(file.summary).toMatchObject({ claimsRead: 3, claimsChecked: 3, claimsWithGaps: 1 });
    // The gappy claim lacks a pointer on line 2 and bills 97124 with 97140 the same day (an NCCI pair).
    expect(file.summary.commonGaps).toEqual([
      { checklistId: 'cms1500-basics', ruleId: 'diagnosis-pointers', title: 'Diagnosis pointer on every service line (24E)', claims: 1 },
      { checklistId: 'cms1500-basics', ruleId: 'modifier-pairs', title: 'Code pairs that NCCI bundles on the same day', claims: 1 },
    ]);
  });

  it('--only-gaps keeps only the failing claims in `claims`, the summary whole', async () => {
    const file = JSON.parse((await claimlint('check', THREE, '--json', '--only-gaps', ...BASICS)).stdout) as JsonClaimFile;
    expect(file.claims.map((claim) => claim.claimId)).toEqual(['PCN-1002']);
    expect(file.summary.claimsRead).toBe(3);
  });
});

describe('--max-claims', () => {
  it('checks the first n claims and says so in the summary and the JSON, with the exact total when it was read ahead', async () => {
    const table = await claimlint('check', THREE, ...BASICS, '--max-claims', '2');
    expect(table.stdout.split('\n').filter((line) => line.startsWith('── Claim'))).toHaveLength(2);
    expect(table.stdout).toContain(`Stopped early: ${THREE}: checked the first 2 of at least 3 claims (--max-claims 2)`);
    const file = JSON.parse((await claimlint('check', THREE, '--json', ...BASICS, '--max-claims', '2')).stdout) as JsonClaimFile;
    expect(file.claims).toHaveLength(2);
    expect(file.summary.claimsRead).toBe(2);
    expect(file.summary.stoppedEarly).toEqual([{ source: THREE, checked: 2, atLeast: 3, exact: false, message: 'checked the first 2 of at least 3 claims (--max-claims 2)' }]);
  });

  it('says nothing about stopping when the file has no more claims than the limit', async () => {
    const file = JSON.parse((await claimlint('check', THREE, '--json', ...BASICS, '--max-claims', '3')).stdout) as JsonClaimFile;
    expect(file.claims).toHaveLength(3);
    expect(file.summary).not.toHaveProperty('stoppedEarly');
  });
});

describe('a batch longer than the look ahead, and longer than the old 5,000-claim cap', () => {
  it('checks every claim (no cap, nothing on stderr), numbering them without a total until the summary', async () => {
    const claims = Array.from({ length: 5_001 }, (_, at) => cleanClaim(`PCN-${String(at + 1).padStart(5, '0')}`));
    const path = write('big.837', batch(claims));
    const { code, stdout, stderr } = await claimlint('check', path, ...BASICS, '--only-gaps');
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toContain('Claims read: 5001');
    expect(stdout).toContain('Claims with gaps: 0 of 5001 checked');
    const some = await claimlint('check', path, ...BASICS, '--max-claims', String(LOOK_AHEAD + 1));
    expect(some.stdout).toContain(`── Claim PCN-00001 (1 of more than ${LOOK_AHEAD}) ──`);
    expect(some.stdout).toContain(`checked the first ${LOOK_AHEAD + 1} of at least ${LOOK_AHEAD + 2} claims`);
  }, 120_000);
});

describe('a folder', () => {
  const folder = join(scratch, 'claims');
  mkdirSync(join(folder, 'more'), { recursive: true });
  write('b-three.837', readFileSync(THREE, 'utf8'), folder);
  write('a-one.edi', batch([gappyClaim('PCN-4001')]), folder);
  write('c-notes.dat', 'Patient seen today, see chart.', folder);
  write('claim.json', readFileSync('test/fixtures/claims/fhir-therapy-claim.json', 'utf8'), join(folder, 'more'));
  write('.hidden.837', batch([gappyClaim('PCN-HIDDEN')]), folder);

  it('checks every file in name order, reports the unreadable one and goes on, with one summary; exit 2', async () => {
    const { code, stdout } = await claimlint('check', folder, ...BASICS);
    expect(code).toBe(2);
    const files = stdout.split('\n').filter((line) => line.startsWith('ClaimLint: ')).map((line) => line.slice('ClaimLint: '.length));
    expect(files).toEqual([
      `${folder} (every file in the folder, in name order)`, join(folder, 'a-one.edi'), join(folder, 'b-three.837'), join(folder, 'c-notes.dat'),
      join(folder, 'more', 'claim.json'),
    ]);
    expect(stdout).toMatch(/c-notes\.dat\nNot read: unknown format "\.dat"/);
    expect(stdout).not.toContain('PCN-HIDDEN');
    expect(count(stdout, '\nSummary:\n')).toBe(1);
    expect(count(stdout, '\nSources:\n')).toBe(1);
    expect(stdout).toContain('Files read: 3; not read: 1');
    expect(stdout).toContain('Claims read: 5');
  });

  it('--json prints { source, files, summary }, each file its own object or its error', async () => {
    const { code, stdout } = await claimlint('check', folder, '--json', ...BASICS);
    expect(code).toBe(2);
    const run = JSON.parse(stdout) as { source: string; files: Array<JsonClaimFile | { source: string; error: string }>; summary: JsonSummary };
    expect(run.source).toBe(folder);
    expect(run.files.map((file) => ('error' in file ? 'error' : (file as JsonClaimFile).format))).toEqual(['x12-837p', 'x12-837p', 'error', 'fhir-json']);
    expect((run.files[1] as JsonClaimFile).claims.map((claim) => claim.claimId)).toEqual(['PCN-1001', 'PCN-1002', 'PCN-1003']);
    expect(run.summary).toMatchObject({ claimsRead: 5, filesRead: 3, filesNotRead: [{ source: join(folder, 'c-notes.dat') }] });
  });

  it('exits 1, not 2, when every file is read and a rule fails', async () => {
    const good = join(scratch, 'good-folder');
    mkdirSync(good, { recursive: true });
    write('x.837', readFileSync(THREE, 'utf8'), good);
    expect((await claimlint('check', good, ...BASICS)).code).toBe(1);
  });
});

describe('standard input (-)', () => {
  it('reads an 837P piped in, told by its content, as the same file would be', async () => {
    const piped = await runClaimlintWithInput(readFileSync(THREE, 'utf8'), 'check', '-', '--json', ...BASICS);
    const fromFile = JSON.parse((await claimlint('check', THREE, '--json', ...BASICS)).stdout) as JsonClaimFile;
    expect(piped.code).toBe(1);
    const file = JSON.parse(piped.stdout) as JsonClaimFile;
    expect(file.source).toBe('-');
    expect(file.claims.map((claim) => claim.findings)).toEqual(fromFile.claims.map((claim) => claim.findings));
    expect((await runClaimlintWithInput(readFileSync(THREE, 'utf8'), 'check', '-', ...BASICS)).stdout).toMatch(/^ClaimLint: standard input\nFile: X12 837P claim file$/m);
  });

  it('reads FHIR JSON, a saved page and a letter piped in', async () => {
    const fhir = JSON.parse((await runClaimlintWithInput(readFileSync('test/fixtures/claims/fhir-therapy-claim.json', 'utf8'), 'check', '-', '--json')).stdout) as JsonClaimFile;
    expect(fhir.format).toBe('fhir-json');
    const page = await runClaimlintWithInput(readFileSync('test/fixtures/pages/cms1500-claim.html', 'utf8'), 'check', '-', '--json');
    expect(JSON.parse(page.stdout)).toMatchObject({ source: '-', checklists: ['cms1500-basics'] });
    const letter = readFileSync('test/fixtures/documents/chiro-lmn-cigna.txt', 'utf8');
    expect((await runClaimlintWithInput(letter, 'check', '-')).stdout).toMatch(/^Document: standard input$/m);
  });

  it('says so in one line when nothing is piped in', async () => {
    const { code, stdout, stderr } = await runClaimlintWithInput('', 'check', '-');
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toBe('claimlint: standard input: the file is empty; there is no letter or note to check\n');
  });
});

describe('--redact', () => {
  // A billing NPI that fails its check digit: the message quotes it.
  const badNpi = write('bad-npi.837', batch([gappyClaim('PCN-5001').replace('XX*1234567893~REF*EI', 'XX*1234567890~REF*EI'), gappyClaim('PCN-5002')])
    .replace('NM1*85*2*SAMPLE MASSAGE CLINIC*****XX*1234567893', 'NM1*85*2*SAMPLE MASSAGE CLINIC*****XX*1234567890'));

  it('without it, the claim id heads the claim and the NPI is quoted', async () => {
    const { stdout } = await claimlint('check', badNpi, ...BASICS);
    expect(stdout).toContain('── Claim PCN-5001 (1 of 2) ──');
    expect(stdout).toContain("'1234567890' fails the NPI check digit");
  });

  it('names claims by place only and masks the identifiers read from the claim in every message', async () => {
    const table = await claimlint('check', badNpi, ...BASICS, '--redact');
    expect(table.stdout.split('\n').filter((line) => line.startsWith('── Claim'))).toEqual(['── Claim 1 of 2 ──', '── Claim 2 of 2 ──']);
    const json = await claimlint('check', badNpi, ...BASICS, '--redact', '--json');
    const file = JSON.parse(json.stdout) as JsonClaimFile;
    expect(file.claims[0]!.findings.find((finding) => finding.ruleId === 'billing-provider-npi')!.message)
      .toBe("Billing provider NPI (box 33a) '[NPI withheld]' fails the NPI check digit, so a digit is probably mistyped");
    expect(file.redacted).toBe(true);
    expect(file.claims.map((claim) => claim.claimId)).toEqual([null, null]);
    for (const output of [table.stdout, json.stdout]) {
      for (const value of ['PCN-5001', 'PCN-5002', '1234567890', '1234567893', 'ZZX000111222', 'ALEX', '19800101']) expect(output).not.toContain(value);
    }
  });
});
