/**
 * Letters, plans and notes on the command line: .txt and .md files, --as for a file whose name does not say,
 * a saved page that shows a document, `fields` with each component's evidence sentence, and bad input (binary,
 * empty, oversized), through main() in this process.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOneLineError, runClaimlint as claimlint } from '../test/support/run-claimlint';
import { MAX_DOCUMENT_BYTES } from './read-document';

const DOCS = 'test/fixtures/documents';
const COMPLETE_LETTER = `${DOCS}/massage-lmn-hsa.txt`;
const GAPPY_LETTER = `${DOCS}/massage-lmn-fsa-gaps.md`;
const PRINT_VIEW = `${DOCS}/pt-plan-of-care-premera.html`;
const AS_OF = ['--as-of', '2026-11-20'];
const scratch = mkdtempSync(join(tmpdir(), 'claimlint-documents-'));

interface JsonFinding { checklistId: string; ruleId: string; status: string; message: string }

function failsOf(stdout: string): string[] {
  return (JSON.parse(stdout).findings as JsonFinding[]).filter((finding) => finding.status === 'fail').map((finding) => `${finding.checklistId}/${finding.ruleId}`);
}

describe('claimlint check on a letter file', () => {
  it('checks a Markdown letter as a whole letter: exit 1, with the planted gaps among the fails', async () => {
    const { code, stdout, stderr } = await claimlint('check', GAPPY_LETTER, '--json', ...AS_OF);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const output = JSON.parse(stdout);
    expect(output.checklists).toEqual(expect.arrayContaining(['lmn-core', 'hsa-fsa-massage-lmn']));
    expect(output.choice).toMatchObject({ payer: 'hsa-fsa', kind: 'letter-of-medical-necessity', certain: true });
    // Dated 2025-09-03, a "No prior treatment was tried", no frequency, goals with no measure or timeframe.
    expect(failsOf(stdout)).toEqual(expect.arrayContaining([
      'hsa-fsa-massage-lmn/letter-current', 'lmn-core/signature-date', 'lmn-core/alternatives-tried', 'lmn-core/frequency', 'lmn-core/expected-benefits',
    ]));
    const old = (output.findings as JsonFinding[]).find((finding) => finding.ruleId === 'letter-current')!;
    expect(old.message).toContain('2025-09-03');
  });

  it('says "Document" and what it was checked as in the table, and exits 0 on a complete letter', async () => {
    const { code, stdout } = await claimlint('check', COMPLETE_LETTER, ...AS_OF);
    expect(stdout).toMatch(/^Document: massage-lmn-hsa\.txt$/m);
    expect(stdout).toMatch(/^Fields recognised: \d+ \(\d+ from the letter(, \d+ of its parts not in it)?\)$/m);
    expect(stdout).toMatch(/^Checked as: Letter of medical necessity for HSA \/ FSA/m);
    expect(stdout).toMatch(/^Gaps: 0$/m);
    expect(code).toBe(0);
  });

  it('judges the same letter as of a day more than a year after it was written: the age is a gap', async () => {
    const { code, stdout } = await claimlint('check', COMPLETE_LETTER, '--json', '--as-of', '2027-12-01');
    expect(code).toBe(1);
    expect(failsOf(stdout)).toContain('hsa-fsa-massage-lmn/letter-current');
  });

  it('reads an X12 837P batch saved as .txt as claims, even one far bigger than a letter', async () => {
    const claim = readFileSync('test/fixtures/claims/837p-massage-gaps.txt', 'utf8');
    const big = join(scratch, 'batch.txt');
    // Padding between segments keeps one claim; the file is still well over the 1 MB a letter may have.
    writeFileSync(big, claim.replace(/~/g, `~${' '.repeat(2000)}\n`).padEnd(MAX_DOCUMENT_BYTES + 10, ' '));
    const { code, stderr } = await claimlint('fields', big, '--json');
    expect(stderr).not.toMatch(/too large/);
    expect(code).toBe(0);
  });

  it('still reads an X12 837P saved as .txt as a claim, not as a letter', async () => {
    const { stdout } = await claimlint('check', 'test/fixtures/claims/837p-massage-gaps.txt', '--json');
    expect(stdout).not.toBe('');
    const output = JSON.parse(stdout) as { format: string; claims: Array<{ checklists: string[] }> };
    expect(output.format).toBe('x12-837p');
    expect(output.claims[0]!.checklists).toContain('cms1500-basics');
  });
});

describe('claimlint fields on a letter file', () => {
  it('shows each component with the sentence it came from, and what the letter lacks', async () => {
    const { code, stdout } = await claimlint('fields', COMPLETE_LETTER);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Read as: a whole letter; components found: \d+/m);
    expect(stdout).toMatch(/^claim\.diagnosis\[A\]\s+0\.\d\d\s+Her diagnoses are low back pain/m);
    expect(stdout).toMatch(/^provider\.npi\s+0\.\d\d\s+NPI 1047283910$/m);
  });

  it('--json gives each component its value, evidence sentence and span in the text read', async () => {
    const { stdout } = await claimlint('fields', `${DOCS}/chiro-lmn-cigna.txt`, '--json');
    const { document } = JSON.parse(stdout);
    expect(document.readAs).toBe('letter');
    const diagnoses = document.components.filter((component: { concept: string }) => component.concept === 'claim.diagnosis');
    // "PO Box 5450" in the inside address is an address, not the code M54.50.
    expect(diagnoses.map((component: { value: string }) => component.value)).toEqual(['S13.4XXA', 'M99.01']);
    for (const component of document.components) {
      expect(component.evidence.length).toBeGreaterThan(0);
      expect(component.span.end).toBeGreaterThan(component.span.start);
    }
    const text = readFileSync(`${DOCS}/chiro-lmn-cigna.txt`, 'utf8');
    const npi = document.components.find((component: { concept: string }) => component.concept === 'provider.npi');
    expect(text.slice(npi.span.start, npi.span.end)).toBe(npi.evidence);
  });
});

describe('a saved page that shows a document', () => {
  it('reads a print view as a document: its components under the headings, checked as the document', async () => {
    const fields = await claimlint('fields', PRINT_VIEW, '--json');
    const { document } = JSON.parse(fields.stdout);
    expect(document.readAs).toBe('plan');
    const concepts = document.components.map((component: { concept: string }) => component.concept);
    expect(concepts).toEqual(expect.arrayContaining(['patient.memberId', 'claim.diagnosis', 'line.procedureCode', 'provider.npi']));
    // The print view's toolbar (Print, Close) is the page's, not the plan's.
    expect(JSON.stringify(document)).not.toMatch(/"Print"|Close/);
    const { stdout } = await claimlint('check', PRINT_VIEW, ...AS_OF);
    expect(stdout).toMatch(/^Document: Plan of Care — Print View$/m);
    expect(stdout).toMatch(/premera-physical-medicine/);
  });

  it('reads the letter in a single contenteditable, not the toolbar or navigation around it', async () => {
    const { stdout } = await claimlint('fields', `${DOCS}/psychotherapy-plan.html`, '--json');
    const { document } = JSON.parse(stdout);
    expect(document.components.filter((component: { concept: string }) => component.concept === 'claim.diagnosis').map((component: { value: string }) => component.value)).toEqual(['F33.1', 'F41.1']);
    expect(JSON.stringify(document)).not.toMatch(/Save draft|Inbox|Autosaved/);
  });

  it('combines a form with the letter in its editor: form controls keep their concepts, the letter fills in the rest', async () => {
    const page = join(scratch, 'portal-letter.html');
    const letter = readFileSync(COMPLETE_LETTER, 'utf8').split('\n').map((line) => `<p>${line}</p>`).join('\n');
    writeFileSync(page, `<!doctype html><html><head><title>Letters</title></head><body>
      <form>
        <label for="pt">Patient name</label><input id="pt" name="patient_name" value="Miriam Castellanos">
        <label for="mid">Member ID</label><input id="mid" name="member_id" value="">
        <label for="pay">Payer</label><input id="pay" name="payer" value="Cascade Benefit Services HSA">
        <label for="npi">Provider NPI</label><input id="npi" name="provider_npi" value="1047283910">
        <label>Letter</label><div contenteditable="true" id="letter">${letter}</div>
      </form></body></html>`);
    const { stdout } = await claimlint('check', page, '--json', ...AS_OF);
    const output = JSON.parse(stdout);
    const fields = output.fields as { concept: string; name: string | null }[];
    // The form's own controls stay; the letter does not add a second patient name or NPI...
    expect(fields.filter((field) => field.concept === 'patient.name')).toEqual([expect.objectContaining({ name: 'patient_name' })]);
    expect(fields.filter((field) => field.concept === 'provider.npi')).toEqual([expect.objectContaining({ name: 'provider_npi' })]);
    // ...and gives what no control holds: the codes, the goals, the signature.
    expect(fields.map((field) => field.concept)).toEqual(expect.arrayContaining(['claim.diagnosis', 'doc.alternativesTried', 'provider.signature']));
    // The empty Member ID box is the form's gap; the letter's member ID does not hide it.
    expect(failsOf(stdout)).toContain('lmn-core/patient-member-id');
  });

  it('keeps a form page a page: a claim form is not read as a letter', async () => {
    const { stdout } = await claimlint('fields', 'test/fixtures/pages/cms1500-claim.html', '--json');
    expect(JSON.parse(stdout).document).toBeUndefined();
  });
});

describe('ICD-10-CM codes in prose are checked against the bundled code set', () => {
  it('takes a code the code set knows, not a code-shaped word it does not', async () => {
    const note = join(scratch, 'codes.txt');
    writeFileSync(note, [
      'Letter of Medical Necessity',
      'Diagnoses: low back pain (M54.50); ICD-10 code L45.45 was also noted on the referral.',
      'Return address: PO Box 5450, Salem, OR 97301.',
    ].join('\n'));
    const { document } = JSON.parse((await claimlint('fields', note, '--json')).stdout);
    const codes = document.components.filter((component: { concept: string }) => component.concept === 'claim.diagnosis').map((component: { value: string }) => component.value);
    expect(codes).toEqual(['M54.50']);
  });
});

describe('--as', () => {
  const noExtension = join(scratch, 'letter-from-the-clinic');
  writeFileSync(noExtension, readFileSync(COMPLETE_LETTER));
  const bareNote = join(scratch, 'note.txt');
  writeFileSync(bareNote, [
    'Pt seen today for low back pain, M54.50. Reports pain 6/10, unable to sit more than 20 minutes at work.',
    'Treatment: therapeutic exercise 97110 x 2 units, manual therapy 97140 x 1 unit.',
    'Progressing toward goals: sitting tolerance up from 10 to 20 minutes since the evaluation.',
    'Plan: continue 2x/week for 4 more weeks; skilled therapy is required to progress lumbar stabilization.',
    'Kim Arden, PT',
  ].join('\n'));

  it('reads a file whose name does not say what it is as a letter', async () => {
    const refused = await claimlint('check', noExtension);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/unknown format \(no extension\)/);
    const { code, stdout } = await claimlint('check', noExtension, '--as', 'letter', ...AS_OF);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Document: letter-from-the-clinic$/m);
  });

  it('checks a note whose content names no kind as the kind --as says', async () => {
    const plain = JSON.parse((await claimlint('check', bareNote, '--json', ...AS_OF)).stdout);
    expect(plain.choice.kind).not.toBe('plan-of-care');
    const asPlan = JSON.parse((await claimlint('check', bareNote, '--json', '--as', 'plan', ...AS_OF)).stdout);
    expect(asPlan.choice.kind).toBe('plan-of-care');
    const fields = JSON.parse((await claimlint('fields', bareNote, '--json', '--as', 'plan')).stdout);
    expect(fields.document.readAs).toBe('plan');
  });

  it('reads the document a saved page shows as what --as says, over its title', async () => {
    expect(JSON.parse((await claimlint('fields', PRINT_VIEW, '--json')).stdout).document.readAs).toBe('plan');
    expect(JSON.parse((await claimlint('fields', PRINT_VIEW, '--json', '--as', 'note')).stdout).document.readAs).toBe('note');
    // What the unsigned letter on a page lacks is worded for what --as says it is.
    const unsigned = `${DOCS}/massage-lmn-old-unsigned.html`;
    const lacks = async (...as: string[]) => (JSON.parse((await claimlint('check', unsigned, '--json', ...as, ...AS_OF)).stdout).findings as JsonFinding[])
      .filter((finding) => finding.status === 'fail' && finding.ruleId === 'provider-signature').map((finding) => finding.message);
    expect(await lacks()).toEqual(["The letter does not carry the provider's signature"]);
    expect(await lacks('--as', 'note')).toEqual(["The note does not carry the provider's signature"]);
  });
});

describe('bad letter and note files', () => {
  const binary = join(scratch, 'scan.txt');
  writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10]));
  const empty = join(scratch, 'empty.md');
  writeFileSync(empty, '  \n\n\t\n');
  const huge = join(scratch, 'huge.txt');
  writeFileSync(huge, 'Patient has low back pain. '.repeat(Math.ceil((MAX_DOCUMENT_BYTES + 1) / 27)));
  const rtf = join(scratch, 'letter.rtf');
  writeFileSync(rtf, '{\\rtf1\\ansi Letter of medical necessity}');

  it.each([
    [['check', binary], /scan\.txt: not a text file \(binary content\)/],
    [['fields', binary], /scan\.txt: not a text file/],
    [['check', empty], /empty\.md: the file is empty/],
    [['check', huge], /huge\.txt: file too large \(1\.00 MB\); ClaimLint reads letters and notes up to 1 MB/],
    [['check', rtf], /letter\.rtf: unknown format "\.rtf"/],
    [['check', COMPLETE_LETTER, '--as', 'memo'], /--as takes letter, note, plan, not "memo"/],
    [['check', PRINT_VIEW, '--as', 'plan', '--render'], /--as reads a file as a letter or note; it does not go with --render/],
  ])('%j exits 2 with one line', async (args, message) => {
    expectOneLineError(await claimlint(...args), message);
  });
});

describe('an NPI a note or plan gives is check-digit validated', () => {
  const NOTE = `${DOCS}/daily-note-pt.txt`;
  const npiFinding = async (path: string) => {
    const result = JSON.parse((await claimlint('check', path, '--json', ...AS_OF)).stdout) as { findings: Array<{ checklistId: string; ruleId: string; status: string; message: string }> };
    return result.findings.find((finding) => finding.checklistId === 'codes-on-documents' && finding.ruleId === 'provider-npi');
  };

  it('fails a mistyped NPI in the signature line, and asks nothing of a note that gives none', async () => {
    const path = join(scratch, 'note-bad-npi.txt');
    writeFileSync(path, readFileSync(NOTE, 'utf8').replace('J. Castillo, PTA  11/19/2026', 'J. Castillo, PTA  NPI 1234567890  11/19/2026'));
    expect(await npiFinding(path)).toMatchObject({ status: 'fail', message: expect.stringMatching(/'1234567890' fails the NPI check digit/) });
    expect(await npiFinding(NOTE)).toMatchObject({ status: 'notApplicable' });
  });
});
