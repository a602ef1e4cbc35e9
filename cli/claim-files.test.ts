/**
 * `claimlint check` and `claimlint fields` over claim files: X12 837P and FHIR JSON, synthetic ones of the
 * project's (test/fixtures/claims) and the public examples in ../shared/fixtures/real/claims.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repeatClaim } from '../test/support/x12-batch';
import { sharedFolder } from '../test/support/shared-dir';
import { runClaimlint as claimlint } from '../test/support/run-claimlint';

const X12_CLAIM = 'test/fixtures/claims/837p-massage-gaps.txt';
const FHIR_CLAIM = 'test/fixtures/claims/fhir-therapy-claim.json';
// Values in the synthetic files that must never be printed: names, member ids, birth dates, group numbers. (The
// claim's own id, CLM01 'SYN-ACCT-0001', is printed on purpose: it is how the biller finds the claim again.)
const X12_VALUES = ['ZZX000111222', 'ALEX', '19800101', 'GRP-SAMPLE-01'];
const FHIR_VALUES = ['SYN-MBR-0042', 'Jordan', 'Sample', '1975-05-05', 'SYN-GRP-7'];
const realClaims = sharedFolder('fixtures/real/claims', 'claim-files.test');
const REAL_CLAIMS = realClaims.path;
const scratch = mkdtempSync(join(tmpdir(), 'claimlint-claims-'));

interface JsonFinding { ruleId: string; checklistId: string; status: string; index: unknown; concept: string | null }
interface JsonResult { source: string; checklists: string[]; fields: Array<{ concept: string; index: unknown; hasValue: boolean }>; findings: JsonFinding[]; title?: string }
interface JsonClaim extends Omit<JsonResult, 'source'> { claimId: string | null; position: number; notChecked?: string; choice: { kind: string; evidence: string } }
interface JsonClaimFile { source: string; format: string; claims: JsonClaim[]; summary: { claimsRead: number }; notices: string[] }

/** The one claim of a one-claim file's --json document (a claim file always prints { source, format, claims, … }). */
const onlyClaim = (stdout: string): JsonClaim => {
  const file = JSON.parse(stdout) as JsonClaimFile;
  expect(file.claims).toHaveLength(1);
  return file.claims[0]!;
};

const statusOf = (result: Pick<JsonResult, 'findings'>, ruleId: string, index: unknown = null) =>
  result.findings.filter((finding) => finding.ruleId === ruleId && (index === null || finding.index === index)).map((finding) => finding.status);

describe('claimlint check on an X12 837P file', () => {
  it('lists the claim\'s gaps (a service line without a diagnosis pointer) and asks about the empty prior authorization', async () => {
    const { code, stdout, stderr } = await claimlint('check', X12_CLAIM, '--json', '--as-of', '2026-11-20');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const file = JSON.parse(stdout) as JsonClaimFile;
    expect(file).toMatchObject({ source: X12_CLAIM, format: 'x12-837p', summary: { claimsRead: 1 } });
    const result = onlyClaim(stdout);
    expect(result).toMatchObject({ claimId: 'SYN-ACCT-0001', position: 1 });
    expect(result.checklists).toContain('cms1500-basics');
    expect(result.checklists).toContain('aetna-massage');
    // Aetna massage: no sourced authorization requirement is known, so an empty box 23 is can't tell, not a gap.
    expect(statusOf(result, 'prior-auth-number')).toEqual(['cantTell']);
    // The file names its referring provider (2310A NM1*DN) with a valid NPI.
    expect(statusOf(result, 'referring-provider-name')).toEqual(['pass']);
    expect(statusOf(result, 'referring-provider-npi')).toEqual(['pass']);
    expect(statusOf(result, 'diagnosis-pointers', 2)).toEqual(['fail']);
    expect(statusOf(result, 'diagnosis-pointers', 1)).not.toContain('fail');
    expect(statusOf(result, 'member-id')).toEqual(['pass']);
    expect(statusOf(result, 'diagnosis-codes')).not.toContain('fail');
    expect(result.fields.find((field) => field.concept === 'claim.priorAuthNumber')).toMatchObject({ hasValue: false });
    for (const value of X12_VALUES) expect(stdout).not.toContain(value);
  });

  it('says it checked the file as a professional claim, certainly', async () => {
    const x12 = onlyClaim((await claimlint('check', X12_CLAIM, '--json')).stdout);
    expect(x12.choice).toMatchObject({ kind: 'professional-claim' });
    expect(x12.choice.evidence).toContain('kind from the claim file (an 837P)');
  });

  it('prints a readable report that names the file as a claim', async () => {
    const { code, stdout } = await claimlint('check', X12_CLAIM, '--as-of', '2026-11-20');
    expect(code).toBe(1);
    expect(stdout).toMatch(/^── Claim SYN-ACCT-0001 \(1 of 1\) ──$/m);
    expect(stdout).toMatch(/MISSING .*diagnosis-pointers/);
    expect(stdout).toMatch(/CAN'T TELL .*prior-auth-number/);
    for (const value of X12_VALUES) expect(stdout).not.toContain(value);
  });

  it('checks the billing provider NPI (33a, 2010AA) by its check digit, and says which box', async () => {
    const good = onlyClaim((await claimlint('check', X12_CLAIM, '--json', '--as-of', '2026-11-20')).stdout);
    expect(statusOf(good, 'billing-provider-npi')).toEqual(['pass']);
    const path = join(scratch, 'bad-billing-npi.837');
    writeFileSync(path, readFileSync(X12_CLAIM, 'utf8').replace('NM1*85*2*SAMPLE MASSAGE CLINIC*****XX*1234567893', 'NM1*85*2*SAMPLE MASSAGE CLINIC*****XX*1234567890'));
    const { code, stdout } = await claimlint('check', path, '--json', '--as-of', '2026-11-20');
    expect(code).toBe(1);
    expect((onlyClaim(stdout) as JsonClaim & { findings: Array<{ message: string }> }).findings.find((finding) => finding.ruleId === 'billing-provider-npi'))
      .toMatchObject({ status: 'fail', problem: 'invalid', message: "Billing provider NPI (box 33a) '1234567890' fails the NPI check digit, so a digit is probably mistyped" });
  });

  it('says INVALID in the table for a present but wrong NPI, MISSING for an empty box', async () => {
    const path = join(scratch, 'bad-billing-npi-table.837');
    writeFileSync(path, readFileSync(X12_CLAIM, 'utf8').replace('NM1*85*2*SAMPLE MASSAGE CLINIC*****XX*1234567893', 'NM1*85*2*SAMPLE MASSAGE CLINIC*****XX*1234567890'));
    const { stdout } = await claimlint('check', path, '--as-of', '2026-11-20');
    expect(stdout).toMatch(/^INVALID\s+serious\s+billing-provider-npi\s/m);
    expect(stdout).toMatch(/^MISSING\s+critical\s+diagnosis-pointers\s/m);
    expect(stdout).not.toMatch(/^MISSING\s+\S+\s+billing-provider-npi/m);
  });

  it('`fields` says what was read from it, concepts only', async () => {
    const { code, stdout } = await claimlint('fields', X12_CLAIM, '--json');
    expect(code).toBe(0);
    const concepts = (JSON.parse(stdout) as JsonResult).fields.map((field) => `${field.concept}${field.index === null ? '' : `[${String(field.index)}]`}`);
    expect(concepts).toEqual(expect.arrayContaining([
      'patient.memberId', 'payer.name', 'claim.diagnosis[A]', 'claim.diagnosis[B]', 'line.procedureCode[1]', 'line.procedureCode[2]',
      'line.diagnosisPointer[1]', 'line.diagnosisPointer[2]', 'line.dateFrom[1]', 'claim.priorAuthNumber', 'referring.npi',
    ]));
    for (const value of X12_VALUES) expect(stdout).not.toContain(value);
  });
});

describe('a claim batch larger than the old 5,000-claim cap', () => {
  it('`fields` reads every claim, with no cap and nothing on stderr', async () => {
    const path = join(scratch, 'batch.837');
    writeFileSync(path, repeatClaim(readFileSync(X12_CLAIM, 'utf8'), 5_001));
    const { code, stdout, stderr } = await claimlint('fields', path, '--json');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const results = JSON.parse(stdout) as JsonResult[];
    expect(results).toHaveLength(5_001);
    expect(results.at(-1)!.title).toBe('X12 837P claim SYN-ACCT-0001 (5001 of 5001)');
  }, 60_000);
});

describe('claimlint check on FHIR JSON', () => {
  it('reads a Claim Bundle through its references and lists the gaps', async () => {
    const { code, stdout, stderr } = await claimlint('check', FHIR_CLAIM, '--json', '--as-of', '2026-11-20');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const result = onlyClaim(stdout);
    expect(result.checklists).toContain('cms1500-basics');
    expect(statusOf(result, 'diagnosis-pointers', 2)).toEqual(['fail']);
    expect(statusOf(result, 'member-id')).toEqual(['pass']);
    expect(statusOf(result, 'prior-auth-number')).not.toContain('pass');
    for (const value of FHIR_VALUES) expect(stdout).not.toContain(value);
  });
});

describe('bad claim files get a one-line error and exit status 2', () => {
  const write = (name: string, text: string) => {
    const path = join(scratch, name);
    writeFileSync(path, text);
    return path;
  };

  it.each([
    ['notes.dat', 'Patient seen today, see chart.', /unknown format "\.dat"/],
    ['broken.json', '{"resourceType": "Claim", ', /not valid JSON/],
    ['answer.json', JSON.stringify({ resourceType: 'ClaimResponse', id: 'x' }), /ClaimResponse/],
    ['plain.json', JSON.stringify({ hello: 'world' }), /FHIR|resourceType/],
    ['cut.837', 'ISA*00*', /ISA/],
  ])('%s', async (name, text, message) => {
    const path = write(name, text);
    const { code, stdout, stderr } = await claimlint('check', path);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('does not quote the file\'s text in the error (it may hold patient data)', async () => {
    const path = write('leaky.json', '{"resourceType": "Claim", "patient": "PRIVATE-NAME-4411" ');
    const { stderr } = await claimlint('check', path);
    expect(stderr).toMatch(/not valid JSON/);
    expect(stderr).not.toContain('PRIVATE-NAME-4411');
  });
});

describe.skipIf(!realClaims.present)('claimlint over the public example claims in ../shared (skipped when ../shared is absent, failed under CI)', () => {
  const x12Files = realClaims.present ? readdirSync(join(REAL_CLAIMS, 'x12')).map((name) => join(REAL_CLAIMS, 'x12', name)) : [];
  const fhirClaims = realClaims.present
    ? readdirSync(join(REAL_CLAIMS, 'fhir')).filter((name) => /^(claim-example|inferno-pas)/.test(name)).map((name) => join(REAL_CLAIMS, 'fhir', name))
    : [];

  it.each([...x12Files, ...fhirClaims])('checks %s without error, claim by claim', async (path) => {
    const { code, stdout, stderr } = await claimlint('check', path, '--json', '--as-of', '2026-11-20');
    expect(stderr).toBe('');
    expect([0, 1]).toContain(code);
    const file = JSON.parse(stdout) as JsonClaimFile;
    expect(file.source).toBe(path);
    const results = file.claims;
    expect(file.summary.claimsRead).toBe(results.length);
    expect(results.map((result) => result.position)).toEqual(results.map((_, at) => at + 1));
    // A claim the reader does not check (not a professional claim) is listed with its reason and nothing else.
    for (const result of results.filter((claim) => claim.notChecked !== undefined)) expect([result.checklists, result.findings]).toEqual([[], []]);
    for (const result of results.filter((claim) => claim.notChecked === undefined)) {
      expect(result.fields.length).toBeGreaterThan(0);
      // A claim is checked against the professional-claim checklist; a prior-authorization request (FHIR
      // Claim.use = preauthorization, Da Vinci PAS) against the request's, never the claim form's.
      const request = result.choice.kind === 'prior-auth-request';
      expect(result.checklists).toContain(request ? 'prior-auth-request' : 'cms1500-basics');
      if (request) expect(result.checklists).not.toContain('cms1500-basics');
      expect(result.findings.length).toBeGreaterThan(0);
      // Every 837P claim names its billing provider (2010AA): its NPI is judged, never skipped.
      if (x12Files.includes(path)) expect(statusOf(result, 'billing-provider-npi')).toEqual([expect.stringMatching(/^(pass|fail)$/)]);
    }
  });
});
