/**
 * `claimlint letter --type lmn`: exit statuses (0 complete, 1 placeholders remain, 2 bad input), the four
 * formats (text, Markdown, JSON, and docx to a file), --explain and -o, through main() in this process.
 */
import { strFromU8, unzipSync } from 'fflate';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runClaimlint as claimlint } from '../test/support/run-claimlint';

const DOCS = 'test/fixtures/documents';
const COMPLETE_LETTER = `${DOCS}/massage-lmn-hsa.txt`;
const GAPPY_LETTER = `${DOCS}/massage-lmn-fsa-gaps.md`;
const PLAN = `${DOCS}/pt-plan-of-care-gaps.txt`;
const scratch = mkdtempSync(join(tmpdir(), 'claimlint-letter-'));

describe('claimlint letter --type lmn', () => {
  it('drafts a complete letter as text: exit 0, no placeholder, the values the letter gave', async () => {
    const { code, stdout, stderr } = await claimlint('letter', '--type', 'lmn', COMPLETE_LETTER);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(/^Letter of Medical Necessity for HSA \/ FSA reimbursement\n/);
    expect(stdout).toContain('Patient: Miriam A. Castellanos');
    expect(stdout).toContain('Signature: ______');
    expect(stdout).not.toContain('[MISSING');
  });

  it('drafts a letter with gaps: exit 1, each placeholder naming its checklist item', async () => {
    const { code, stdout } = await claimlint('letter', GAPPY_LETTER);
    expect(code).toBe(1);
    expect(stdout).toContain('[MISSING: treatments tried before and their outcome — lmn-core/alternatives-tried]');
    expect(stdout).toContain('[MISSING: how often the treatment is given (for example twice a week) — lmn-core/frequency]');
  });

  it('writes Markdown with the placeholders in bold', async () => {
    const { code, stdout } = await claimlint('letter', GAPPY_LETTER, '--format', 'markdown');
    expect(code).toBe(1);
    expect(stdout).toMatch(/^# Letter of Medical Necessity/);
    expect(stdout).toContain('## Alternatives tried\n\n**\\[MISSING: treatments tried before and their outcome — lmn-core/alternatives-tried\\]**');
  });

  it('writes the LetterDraft as JSON, with each part\'s source', async () => {
    const { code, stdout } = await claimlint('letter', GAPPY_LETTER, '--format', 'json');
    expect(code).toBe(1);
    const draft = JSON.parse(stdout);
    expect(draft).toMatchObject({ type: 'lmn', templateId: 'hsa-fsa-reimbursement' });
    expect(draft.gaps.map((gap: { ruleId: string }) => gap.ruleId)).toEqual(['frequency', 'alternatives-tried', 'expected-benefits']);
    const patient = draft.sections.find((section: { id: string }) => section.id === 'patient');
    expect(patient.paragraphs[0].parts[1]).toMatchObject({ text: 'Theodore J. Nakamura', source: { kind: 'field', concept: 'patient.name' } });
  });

  it('--explain lists each filled part with its source and each placeholder with its rule', async () => {
    const { stdout } = await claimlint('letter', GAPPY_LETTER, '--explain');
    const explain = stdout.slice(stdout.indexOf('--- Where each part comes from ---'));
    expect(explain).toContain('patient: "EFA-5521908" from field patient.memberId');
    expect(explain).toContain('alternatives: PLACEHOLDER treatments tried before and their outcome — lmn-core/alternatives-tried');
    expect(explain).toMatch(/criteria: "For a medical condition, not general health or relaxation" from policy Internal Revenue Code §213\(d\)/);
    expect(explain).toMatch(/Placeholders: 3\n$/);
  });

  it('-o writes the letter to a file and says how many placeholders are left', async () => {
    const out = join(scratch, 'letter.md');
    const { code, stdout, stderr } = await claimlint('letter', PLAN, '--format', 'markdown', '-o', out);
    expect([code, stdout]).toEqual([1, '']);
    expect(stderr).toBe(`claimlint: wrote ${out} (5 placeholders to fill)\n`);
    expect(readFileSync(out, 'utf8')).toMatch(/^# Letter of Medical Necessity — Physical or Occupational Therapy/);
  });

  it('--format docx -o writes a Word file holding the letter and its placeholders', async () => {
    const out = join(scratch, 'letter.docx');
    const { code, stdout, stderr } = await claimlint('letter', PLAN, '--format', 'docx', '-o', out);
    expect([code, stdout]).toEqual([1, '']);
    expect(stderr).toBe(`claimlint: wrote ${out} (5 placeholders to fill)\n`);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(out)))['word/document.xml']!);
    expect(xml).toContain('Letter of Medical Necessity — Physical or Occupational Therapy');
    expect(xml.match(/<w:highlight w:val="yellow"\/><\/w:rPr><w:t xml:space="preserve">\[MISSING: /g)).toHaveLength(5);
  });

  it('drafts from two files of one patient, naming the file each part came from', async () => {
    const letter = join(scratch, 'alternatives.md');
    writeFileSync(letter, '# Letter of Medical Necessity\n\n**Patient:** Ramon Delgado\n**Member ID:** PBC201938476\n\n## Prior treatment\n\nHe completed 6 weeks of a home exercise program and took naproxen for 4 weeks without lasting relief.\n\n## Treatment\n\nPhysical therapy is medically necessary to restore his sitting tolerance.\n');
    const { stdout } = await claimlint('letter', PLAN, letter, '--explain');
    expect(stdout).toContain('He completed 6 weeks of a home exercise program');
    expect(stdout).toContain(`alternatives: "He completed 6 weeks of a home exercise program and took naproxen for…" from field doc.alternativesTried (“Prior treatment”) in ${letter}`);
    expect(stdout).toContain(`patient: "Delgado, Ramon" from field patient.name (“PT POC - INITIAL EVAL 11/12/26”) in ${PLAN}`);
    expect(stdout).not.toContain('lmn-core/alternatives-tried');
  });

  it('--template drafts from the practice\'s own template, before ClaimLint\'s, and refuses one that does not pass', async () => {
    const template = JSON.parse(readFileSync('rules/letters/templates/hsa-fsa-reimbursement.json', 'utf8'));
    template.id = 'eastside-hsa-lmn';
    template.title = 'Eastside Clinic — Letter for HSA / FSA reimbursement';
    const file = join(scratch, 'eastside.json');
    writeFileSync(file, JSON.stringify(template));
    const { code, stdout } = await claimlint('letter', '--template', file, COMPLETE_LETTER);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Eastside Clinic — Letter for HSA \/ FSA reimbursement\n/);
    const broken = join(scratch, 'broken.json');
    writeFileSync(broken, JSON.stringify({ ...template, sections: [{ id: 'x', heading: 'X', paragraphs: [[{ text: 'Hi {patient.nickname}' }]] }] }));
    const refused = await claimlint('letter', '--template', broken, COMPLETE_LETTER);
    expect([refused.code, refused.stdout]).toEqual([2, '']);
    expect(refused.stderr).toMatch(/broken\.json, section "x": unknown slot \{patient\.nickname\}/);
  });

  it('takes --service over what the sources show', async () => {
    const { stdout } = await claimlint('letter', PLAN, '--service', 'chiropractic', '--format', 'json');
    expect(JSON.parse(stdout).templateId).toBe('chiropractic');
  });
});

const CLAIM = 'test/fixtures/claims/837p-massage-gaps.txt'; // HI M62830, M5450; service lines on 2026-11-18

/** The synthetic 837P claim with its diagnoses and dates of service replaced (the segment counts stay the same). */
function claimWith(name: string, diagnoses: string, serviceDate: string): string {
  const path = join(scratch, name);
  writeFileSync(path, readFileSync(CLAIM, 'utf8').replace('HI*ABK:M62830*ABF:M5450', `HI*${diagnoses}`).replaceAll('DTP*472*D8*20261118', `DTP*472*D8*${serviceDate}`));
  return path;
}

describe('claimlint letter: official ICD-10-CM descriptions', () => {
  it('writes "M54.2 — Cervicalgia", the description cited to the ICD-10-CM table', async () => {
    const { stdout } = await claimlint('letter', GAPPY_LETTER, '--format', 'json');
    const parts = JSON.parse(stdout).sections.find((section: { id: string }) => section.id === 'diagnosis').paragraphs.flatMap((paragraph: { parts: unknown[] }) => paragraph.parts);
    const at = parts.findIndex((part: { text: string }) => part.text === 'Cervicalgia');
    expect(parts[at - 2]).toMatchObject({ text: 'M54.2', source: { kind: 'field', concept: 'claim.diagnosis' } });
    expect(parts[at - 1]).toEqual({ text: ' — ' });
    expect(parts[at]).toEqual({ text: 'Cervicalgia', source: { kind: 'code-table', table: 'icd10cm', code: 'M54.2' } });
    const text = (await claimlint('letter', GAPPY_LETTER)).stdout;
    expect(text).toContain('Diagnosis (ICD-10-CM): M54.2 — Cervicalgia; M62.830 — Muscle spasm of back');
  });

  it('--explain names the ICD-10-CM table as the source of each description', async () => {
    const { stdout } = await claimlint('letter', GAPPY_LETTER, '--explain');
    expect(stdout).toContain('diagnosis: "M54.2" from field claim.diagnosis (“Diagnosis”)\ndiagnosis: "Cervicalgia" from ICD-10-CM table, M54.2\n');
  });

  it('adds nothing to a code the table does not have', async () => {
    const claim = claimWith('unknown-code.txt', 'ABK:M5499*ABF:M5450', '20261118');
    const { stdout } = await claimlint('letter', claim);
    expect(stdout).toMatch(/Diagnosis \(ICD-10-CM\): M5499; M5450 — Low back pain, unspecified\n/);
  });

  it("gives a code retitled in FY2027 the wording of the claim's date of service", async () => {
    const before = await claimlint('letter', claimWith('fy2026.txt', 'ABK:L02232', '20260915'));
    expect(before.stdout).toContain('Diagnosis (ICD-10-CM): L02232 — Carbuncle of back [any part, except buttock]\n');
    const after = await claimlint('letter', claimWith('fy2027.txt', 'ABK:L02232', '20261118'));
    expect(after.stdout).toContain('Diagnosis (ICD-10-CM): L02232 — Carbuncle of back [any part, except buttock and flank]\n');
  });
});

describe('claimlint letter: bad input, exit 2', () => {
  it.each([
    [['letter', '--type', 'appeal', GAPPY_LETTER], /letter --type appeal needs the denial: --denial/],
    [['letter', '--format', 'docx', GAPPY_LETTER], /--format docx writes a Word file: give it with -o/],
    [['letter', '--type', 'memo', GAPPY_LETTER], /--type takes lmn or appeal, not "memo"/],
    [['letter', '--format', 'json', '--explain', GAPPY_LETTER], /--explain goes with text or markdown/],
    [['letter'], /letter needs at least one file/],
    [['letter', '--payer', 'acme', GAPPY_LETTER], /unknown payer "acme"/],
    [['letter', `${DOCS}/no-such-letter.md`], /no-such-letter\.md/],
    [['check', GAPPY_LETTER, '--format', 'json'], /--type, --format, --explain, --output, --denial, --plan-type and --template are for letter/],
    [['letter', 'test/fixtures/claims/837p-two-claims.txt'], /holds 2 claims; a letter is drafted for one claim/],
    [['letter', '--template', `${DOCS}/no-such-template.json`, GAPPY_LETTER], /no-such-template\.json: could not read the letter template \(ENOENT\)/],
    [['letter', '--template', 'rules/letters/templates/generic.json', GAPPY_LETTER], /"generic" is the id of a template ClaimLint ships/],
    [['letter', '--type', 'appeal', '--denial', 'test/fixtures/denials/typed-co50.txt', '--template', 'x.json', PLAN], /--template is for a letter of medical necessity/],
  ])('%j', async (args, message) => {
    const { code, stdout, stderr } = await claimlint(...args);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses sources about different patients (a plan of care and another patient\'s claim page), without printing their identifiers', async () => {
    const { code, stderr } = await claimlint('letter', PLAN, 'test/fixtures/pages/cms1500-claim.html');
    expect(code).toBe(2);
    expect(stderr).toBe("claimlint: sources 1 and 2 are about different patients (their member IDs differ); draft a letter from one patient's documents\n");
  });
});
