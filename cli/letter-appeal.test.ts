/**
 * `claimlint letter --type appeal`: the denial (835, FHIR, typed by hand) and the documentation give one appeal;
 * exit statuses (0 complete, 1 placeholders remain, 2 bad input), the formats, and the biller's notes kept apart
 * from the letter to the payer. Through main() in this process.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOneLineError, runClaimlint as claimlint, runClaimlintWithInput } from '../test/support/run-claimlint';

const DENIALS = 'test/fixtures/denials';
const DOCS = 'test/fixtures/documents';
const GAPPY_PLAN = `${DOCS}/pt-plan-of-care-gaps.txt`; // Ramon Delgado, Premera: goals without timeframe, no frequency, no prognosis
const FULL_PLAN = `${DOCS}/pt-plan-of-care-premera.html`; // Gregory Halvorsen, Premera: every component
const PLAN_DENIAL = `${DENIALS}/premera-co50.835`; // Ramon Delgado's CO-50
const TYPED_DENIAL = `${DENIALS}/typed-co50.txt`; // Gregory Halvorsen's CO-50, typed with the appeals address
const TWO_CLAIMS = `${DENIALS}/aetna-two-claims.835`; // SYN-ACCT-0002 paid, SYN-ACCT-0001 denied CO-50
const CLAIM_0001 = 'test/fixtures/claims/837p-massage-gaps.txt'; // CLM01 SYN-ACCT-0001
const CLAIMS_2201_2202 = 'test/fixtures/claims/837p-two-claims.txt'; // CLM01 SYN-ACCT-2201 and SYN-ACCT-2202, Robin Sample
const scratch = mkdtempSync(join(tmpdir(), 'claimlint-appeal-'));

/** A synthetic 835 holding the given claims (CLP01, status, CAS, the patient's NM1*QC), dated 2025-05-02. */
function remittance(name: string, claims: readonly { id: string; status: string; cas: string; patient: string }[]): string {
  const body = claims.flatMap(({ id, status, cas, patient }) => [`CLP*${id}*${status}*120*0*0*12*PAYER-${id}`, `NM1*QC*1*${patient}`, `CAS*${cas}`]);
  const segments = ['ST*835*0001', 'BPR*I*0*C*NON************20250502', 'DTM*405*20250502', 'N1*PR*SYNTHETIC HEALTH PLAN', 'LX*1', ...body, 'SE*9*0001'];
  const path = join(scratch, name);
  writeFileSync(path, `${segments.join('~\n')}~\n`);
  return path;
}
const ROBIN = 'SAMPLE*ROBIN****MI*ZZX000333444';
const NOTES = '='.repeat(60) + '\nBEFORE YOU SEND (FOR YOU, NOT PART OF THE LETTER)';

describe('claimlint letter --type appeal', () => {
  it('a CO-50 on a plan of care with gaps: exit 1, and "Fix before you appeal" lists the plan\'s gaps first, after the letter', async () => {
    const { code, stdout, stderr } = await claimlint('letter', '--type', 'appeal', '--denial', PLAN_DENIAL, GAPPY_PLAN);
    expect([code, stderr]).toEqual([1, '']);
    const [letter, notes] = stdout.split(NOTES);
    expect(letter).toMatch(/^Appeal of a denied claim\n\nTO\n\nPREMERA BLUE CROSS, Appeals Department/);
    expect(letter).toContain('Claim number: RD-PT-1112 (payer reference PRM55500123)');
    expect(letter).toContain('Member ID: PBC201938476');
    expect(letter).toContain('CO-50 (contractual obligation): The payer did not find the service medically necessary.');
    expect(letter).toContain('[MISSING: the appeals address or fax number printed on the denial notice — appeal/appeals-address]');
    // The biller's notes are not in the letter a payer reads.
    expect(letter).not.toMatch(/Fix before you appeal|FIX BEFORE|due by|External review/i);
    const fixFirst = notes!.slice(notes!.indexOf('FIX BEFORE YOU APPEAL'), notes!.indexOf('DEADLINE')).trim().split('\n\n').slice(1);
    expect(fixFirst[0]).toMatch(/^CO-50 — Diagnosis-specific measurable goals: The goals do not say by when/);
    expect(fixFirst[1]).toMatch(/^CO-50 — Plan states frequency and duration: The plan does not say how often/);
    expect(fixFirst[2]).toMatch(/^CO-50 — Prognosis/);
    expect(notes).toContain('Employer group health plan (ERISA), internal appeal: due by');
    expect(notes).toContain('EXTERNAL REVIEW');
  });

  it('a complete appeal from a typed denial and a full plan of care: exit 0, no placeholder', async () => {
    const { code, stdout } = await claimlint('letter', '--type', 'appeal', '--denial', TYPED_DENIAL, FULL_PLAN);
    expect(code).toBe(0);
    expect(stdout).not.toContain('[MISSING');
    expect(stdout).toContain('Premera Blue Cross, Attn: Appeals, PO Box 91102, Seattle, WA 98111 (fax 425-555-0137)');
    expect(stdout).toContain('Patient: Gregory T. Halvorsen');
  });

  it('--plan-type gives one deadline instead of every plan type\'s', async () => {
    const { stdout } = await claimlint('letter', '--type', 'appeal', '--denial', TYPED_DENIAL, FULL_PLAN, '--plan-type', 'medicare-advantage');
    const deadline = stdout.slice(stdout.indexOf('DEADLINE'), stdout.indexOf('EXTERNAL REVIEW'));
    expect(deadline).toContain('Medicare Advantage plan, reconsideration: due by 2027-02-04');
    expect(deadline).not.toContain('ERISA');
    expect(stdout).toContain('I am writing to request a reconsideration of the denial');
  });

  it('Markdown: the notes follow a rule under their own heading', async () => {
    const { code, stdout } = await claimlint('letter', '--type', 'appeal', '--denial', PLAN_DENIAL, GAPPY_PLAN, '--format', 'markdown');
    expect(code).toBe(1);
    const [letter, notes] = stdout.split('\n---\n');
    expect(letter).toMatch(/^# Appeal of a denied claim\n/);
    expect(letter).toContain('## Enclosures\n\n- a copy of the denial notice or remittance advice');
    expect(letter).not.toContain('Fix before you appeal');
    expect(notes).toMatch(/^\n# Before you send \(for you, not part of the letter\)\n\n## Fix before you appeal\n\nCO-50 — Diagnosis-specific measurable goals/);
  });

  it('JSON: the letter\'s sections, and the notes as their own member', async () => {
    const { code, stdout } = await claimlint('letter', '--type', 'appeal', '--denial', PLAN_DENIAL, GAPPY_PLAN, '--format', 'json');
    expect(code).toBe(1);
    const draft = JSON.parse(stdout);
    expect(draft.type).toBe('appeal');
    expect(draft.sections.map((section: { id: string }) => section.id)).toEqual(['addressee', 'claim', 'request', 'answers', 'signature']);
    expect(draft.notes.map((section: { id: string }) => section.id)).toEqual(['fix-first', 'deadline', 'external-review']);
    const claim = draft.sections[1].paragraphs.flatMap((paragraph: { parts: unknown[] }) => paragraph.parts);
    expect(claim).toContainEqual({ text: 'RD-PT-1112', source: { kind: 'denial', what: '835 CLP RD-PT-1112: claim number' } });
  });

  it('--explain names the denial as the source of its values', async () => {
    const { stdout } = await claimlint('letter', '--type', 'appeal', '--denial', PLAN_DENIAL, GAPPY_PLAN, '--explain');
    const explain = stdout.slice(stdout.indexOf('--- Where each part comes from ---'));
    expect(explain).toContain('claim: "RD-PT-1112" from denial, 835 CLP RD-PT-1112: claim number');
    expect(explain).toContain('addressee: PLACEHOLDER the appeals address or fax number printed on the denial notice — appeal/appeals-address');
  });

  it('-o writes the appeal to a file', async () => {
    const out = join(scratch, 'appeal.md');
    const { code, stdout, stderr } = await claimlint('letter', '--type', 'appeal', '--denial', TYPED_DENIAL, FULL_PLAN, '--format', 'markdown', '-o', out);
    expect([code, stdout, stderr]).toEqual([0, '', `claimlint: wrote ${out} (complete)\n`]);
    expect(readFileSync(out, 'utf8')).toMatch(/^# Appeal of a denied claim/);
  });

  it('of an 835 with several claims, appeals the one whose claim id the claim file shows', async () => {
    const { stdout } = await claimlint('letter', '--type', 'appeal', '--denial', TWO_CLAIMS, CLAIM_0001);
    expect(stdout).toContain('Claim number: SYN-ACCT-0001 (payer reference AET7700001)');
    expect(stdout).toContain('Member ID: ZZX000111222');
    expect(stdout).not.toContain('SYN-ACCT-0002');
  });

  it('from a claim file with several claims, drafts for the one the denial names, even when the 835 holds several', async () => {
    const denial = remittance('three-claims.835', [
      { id: 'SYN-ACCT-7001', status: '1', cas: 'PR*2*20', patient: 'OTHER*PAT****MI*ZZX000999999' },
      { id: 'SYN-ACCT-2202', status: '4', cas: 'CO*197*120', patient: ROBIN },
      { id: 'SYN-ACCT-7002', status: '4', cas: 'CO*50*120', patient: 'OTHER*PAT****MI*ZZX000999999' },
    ]);
    const { code, stdout, stderr } = await claimlint('letter', '--type', 'appeal', '--denial', denial, CLAIMS_2201_2202);
    expect([code, stderr]).toEqual([1, '']);
    expect(stdout).toContain('Claim number: SYN-ACCT-2202 (payer reference PAYER-SYN-ACCT-2202)');
    expect(stdout).toContain('CO-197');
    expect(stdout).not.toMatch(/SYN-ACCT-2201|SYN-ACCT-700[12]/);
  });

  it('a denial with no claim number and no patient to compare: drafted, and stderr says it could not be tied to the files', async () => {
    const denial = join(scratch, 'anonymous.json');
    writeFileSync(denial, JSON.stringify({ resourceType: 'ClaimResponse', outcome: 'complete',
      item: [{ itemSequence: 1, adjudication: [{ category: { coding: [{ code: 'submitted' }] }, reason: { coding: [{ system: 'https://x12.org/codes/claim-adjustment-reason-codes', code: '197' }] } }] }] }));
    const { code, stdout, stderr } = await claimlint('letter', '--type', 'appeal', '--denial', denial, CLAIM_0001);
    expect(code).toBe(1);
    expect(stdout).toContain('[MISSING: the claim number on the denial notice');
    expect(stderr).toMatch(/^claimlint: nothing in the denial .* ties it to these files: check that it is this claim's denial/);
  });

  it('from a FHIR Bundle with several Claims, drafts for the Claim whose identifier is the 835\'s CLP01', async () => {
    const denial = remittance('pcn-4471.835', [{ id: 'PCN-4471', status: '4', cas: 'CO*50*120', patient: 'SAMPLE*ROBIN****MI*SYN-MBR-7781' }]);
    const { code, stdout, stderr } = await claimlint('letter', '--type', 'appeal', '--denial', denial, 'test/fixtures/claims/fhir-two-claims.json');
    expect([code, stderr]).toEqual([1, '']);
    expect(stdout).toContain('Claim number: PCN-4471 (payer reference PAYER-PCN-4471)');
  });

  it.each([
    [`${DENIALS}/eob-denied.json`, 'Claim number: ACCT-9001 (payer reference EOB-2025-000321)'],
    [`${DENIALS}/claim-response-auth.json`, 'Claim number: CLM-555 (payer reference cr-77)'],
  ])('reads a FHIR denial (%s) and, with no documentation, says so among the notes', async (denial, claim) => {
    const { code, stdout } = await claimlint('letter', '--type', 'appeal', '--denial', denial);
    expect(code).toBe(1);
    const [letter, notes] = stdout.split(NOTES);
    expect(letter).toContain(claim);
    expect(notes).toContain('No documentation was checked with this denial');
  });

  it('says so on stderr when the one claim of the denial is not the claim the files show', async () => {
    const other = join(scratch, 'other-claim.txt');
    writeFileSync(other, 'Claim number: SYN-ACCT-0999\nMember ID: ZZX000111222\nReason codes: CO-50\n');
    const { code, stdout, stderr } = await claimlint('letter', '--type', 'appeal', '--denial', other, CLAIM_0001);
    expect(code).toBe(1);
    expect(stdout).toContain('Claim number: SYN-ACCT-0999');
    expect(stderr).toBe('claimlint: the denial is for claim SYN-ACCT-0999; the files show claim SYN-ACCT-0001: check that they are about the same claim\n');
  });

  it('reads the denial from standard input with --denial -', async () => {
    const { code, stdout } = await runClaimlintWithInput(readFileSync(PLAN_DENIAL, 'utf8'), 'letter', '--type', 'appeal', '--denial', '-', GAPPY_PLAN);
    expect(code).toBe(1);
    expect(stdout).toContain('Claim number: RD-PT-1112');
  });
});

describe('claimlint letter --type appeal: official ICD-10-CM descriptions', () => {
  // The synthetic claim SYN-ACCT-0001 billed with L02.232, retitled in FY2027, and a typed CO-11 for it.
  const claim = join(scratch, 'l02232-claim.txt');
  writeFileSync(claim, readFileSync(CLAIM_0001, 'utf8').replace('HI*ABK:M62830*ABF:M5450', 'HI*ABK:L02232'));
  const typedCo11 = (datesOfService: string) => {
    const path = join(scratch, `co11-${datesOfService.replaceAll('/', '')}.txt`);
    writeFileSync(path, `Payer: Aetna\nClaim number: SYN-ACCT-0001\nPatient: Alex Sample\nMember ID: ZZX000111222\nDenial date: 12/01/2026\nDates of service: ${datesOfService}\nReason codes: CO-11\n`);
    return path;
  };

  it("describes the diagnosis billed in the wording of the denied claim's date of service, cited to the table", async () => {
    const fy2026 = await claimlint('letter', '--type', 'appeal', '--denial', typedCo11('09/15/2026'), claim, '--format', 'json');
    const parts = JSON.parse(fy2026.stdout).sections.flatMap((section: { paragraphs: { parts: unknown[] }[] }) => section.paragraphs.flatMap((paragraph) => paragraph.parts));
    expect(parts).toContainEqual({ text: 'Carbuncle of back [any part, except buttock]', source: { kind: 'code-table', table: 'icd10cm', code: 'L02.232' } });
    const fy2027 = await claimlint('letter', '--type', 'appeal', '--denial', typedCo11('11/18/2026'), claim);
    expect(fy2027.stdout).toContain('Diagnosis codes billed: L02232 (Carbuncle of back [any part, except buttock and flank]).');
  });
});

describe('claimlint letter --type appeal: bad input, exit 2', () => {
  const paid = join(scratch, 'paid.txt');
  writeFileSync(paid, 'Claim number: PAID-1\nPayer: Example Health Plan\nReason codes: PR-2\nPaid: 64.00\n');
  const unreadable = join(scratch, 'garbage.json');
  writeFileSync(unreadable, '{ "resourceType": ');

  it.each([
    [['letter', '--type', 'appeal', GAPPY_PLAN], /letter --type appeal needs the denial: --denial/],
    [['letter', '--type', 'appeal', '--denial', `${DENIALS}/no-such.835`, GAPPY_PLAN], /no-such\.835: could not read the denial \(ENOENT\)/],
    [['letter', '--type', 'appeal', '--denial', unreadable, GAPPY_PLAN], /garbage\.json: .*not valid JSON/],
    [['letter', '--type', 'appeal', '--denial', TWO_CLAIMS], /holds 2 claims, SYN-ACCT-0002 \(paid\), SYN-ACCT-0001 \(denied\), and no file shows which claim to appeal/],
    [['letter', '--type', 'appeal', '--denial', paid], /claim PAID-1 was paid \(only cost sharing: PR-2\); there is nothing to appeal/],
    [['letter', '--type', 'appeal', '--denial', PLAN_DENIAL, FULL_PLAN], /premera-co50\.835: the denial's member ID is not the one in .*pt-plan-of-care-premera\.html/],
    [['letter', '--type', 'appeal', '--denial', PLAN_DENIAL, CLAIM_0001], /premera-co50\.835: the denial's member ID is not the one in .*837p-massage-gaps\.txt/],
    [['letter', '--type', 'appeal', '--denial', PLAN_DENIAL, '--plan-type', 'hmo'], /--plan-type takes erisa, marketplace, medicare, medicare-advantage, state-or-other, not "hmo"/],
    [['letter', '--denial', PLAN_DENIAL, GAPPY_PLAN], /--denial and --plan-type are for letter --type appeal/],
  ])('%j', async (args, message) => {
    expectOneLineError(await claimlint(...args), message);
  });

  it('an 835 with several claims and no file to tell which: lists each with what the payer did with it', async () => {
    const denial = remittance('mixed.835', [
      { id: 'SYN-ACCT-8001', status: '1', cas: 'PR*2*20', patient: ROBIN },
      { id: 'SYN-ACCT-8002', status: '1', cas: 'CO*50*40', patient: ROBIN },
      { id: 'SYN-ACCT-8003', status: '22', cas: 'CO*50*-120', patient: ROBIN },
      { id: 'SYN-ACCT-8004', status: '4', cas: 'CO*50*120', patient: ROBIN },
    ]);
    // The helper writes CLP04 (paid) as 0; the second claim was paid in part.
    writeFileSync(denial, readFileSync(denial, 'utf8').replace('CLP*SYN-ACCT-8002*1*120*0*', 'CLP*SYN-ACCT-8002*1*120*80*'));
    expectOneLineError(await claimlint('letter', '--type', 'appeal', '--denial', denial),
      /holds 4 claims, SYN-ACCT-8001 \(paid\), SYN-ACCT-8002 \(paid in part\), SYN-ACCT-8003 \(reversal\), SYN-ACCT-8004 \(denied\), and no file shows which claim to appeal/);
  });

  it('a claim marked denied (CLP02 4) whose only adjustment denies nothing: refused, saying so, not called paid', async () => {
    const denial = remittance('denied-secondary.835', [{ id: 'SYN-ACCT-8101', status: '4', cas: 'OA*23*120', patient: ROBIN }]);
    expectOneLineError(await claimlint('letter', '--type', 'appeal', '--denial', denial),
      /claim SYN-ACCT-8101 is marked denied, but gives no reason to answer \(only OA-23, which deny nothing\); ask the payer why/);
  });

  it('a claim file with several claims, none of them the denial\'s: says which claims each holds', async () => {
    const denial = remittance('other-claim.835', [{ id: 'SYN-ACCT-9999', status: '4', cas: 'CO*50*120', patient: ROBIN }]);
    expectOneLineError(
      await claimlint('letter', '--type', 'appeal', '--denial', denial, CLAIMS_2201_2202),
      /837p-two-claims\.txt: holds 2 claims \(SYN-ACCT-2201, SYN-ACCT-2202\), and none is the claim .*other-claim\.835 is about \(SYN-ACCT-9999\)/,
    );
  });

  it.each([
    ['names another patient (835 NM1*QC with a name only)', { id: 'SYN-ACCT-0001', patient: 'JONES*ROBERT' }, /the denial's patient's name is not the one in .*837p-massage-gaps\.txt/],
    ['is for another claim, with nothing to show it is this patient', { id: 'SYN-ACCT-0999', patient: 'SAMPLE' }, /the denial is for claim SYN-ACCT-0999 and the files show claim SYN-ACCT-0001, and no member ID, or name and date of birth, shows it is the same patient/],
  ])('a denial that %s is refused', async (_, { id, patient }, message) => {
    const denial = remittance(`${id}-${patient.replace(/\W/g, '')}.835`, [{ id, status: '4', cas: 'CO*50*120', patient }]);
    expectOneLineError(await claimlint('letter', '--type', 'appeal', '--denial', denial, CLAIM_0001), message);
  });

  it('a FHIR denial whose Patient has another date of birth is refused', async () => {
    const eob = join(scratch, 'other-birth-date.json');
    writeFileSync(eob, JSON.stringify({ resourceType: 'Bundle', entry: [
      { resource: { resourceType: 'ExplanationOfBenefit', id: 'e1', claim: { identifier: { value: 'SYN-ACCT-0001' } }, patient: { reference: 'Patient/p1' },
        adjudication: [{ category: { coding: [{ code: 'CO' }] }, reason: { coding: [{ code: '96' }] } }] } },
      { resource: { resourceType: 'Patient', id: 'p1', name: [{ family: 'Sample', given: ['Alex'] }], birthDate: '1955-07-07' } },
    ] }));
    expectOneLineError(await claimlint('letter', '--type', 'appeal', '--denial', eob, CLAIM_0001), /the denial's patient's date of birth is not the one in .*837p-massage-gaps\.txt/);
  });

  it('never prints the member IDs it compared', async () => {
    const { stderr } = await claimlint('letter', '--type', 'appeal', '--denial', PLAN_DENIAL, FULL_PLAN);
    expect(stderr).not.toMatch(/PBC201938476|PBC448120973/);
  });
});
