/**
 * The command line over the sample pages: exit status, stdout and stderr of `claimlint ...`, through main() in
 * this process (cli/bin.test.ts starts the real command once).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOneLineError, runClaimlint as claimlint } from '../test/support/run-claimlint';

const CLAIM = 'test/fixtures/pages/cms1500-claim.html';
const LETTER = 'test/fixtures/pages/lmn-letter.html';
// Synthetic pages written during the test live in the OS temp folder, not in the repository.
const scratch = mkdtempSync(join(tmpdir(), 'claimlint-cli-'));

describe('claimlint check --json', () => {
  const run = claimlint('check', CLAIM, '--json');

  it('exits 1 when a rule fails, printing the documented shape', async () => {
    const { code, stdout, stderr } = await run;
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const output = JSON.parse(stdout);
    expect(output).toMatchObject({ source: CLAIM, checklists: ['cms1500-basics'] });
    expect(output.fields.length).toBeGreaterThan(20);
    for (const field of output.fields) {
      expect(Object.keys(field).sort()).toEqual(['concept', 'confidence', 'hasValue', 'id', 'index', 'label', 'name']);
      expect(field.confidence).toBeGreaterThan(0);
      expect(field.confidence).toBeLessThanOrEqual(1);
    }
    for (const finding of output.findings) {
      for (const key of ['ruleId', 'checklistId', 'status', 'severity', 'concept', 'index', 'message', 'source']) {
        expect(finding).toHaveProperty(key);
      }
    }
  });

  it('reports the page\'s gaps (empty pointer, pointer at an empty letter, empty referring NPI beside a referring name) and asks about the empty prior auth', async () => {
    const output = JSON.parse((await run).stdout);
    const fails = output.findings.filter((finding: { status: string }) => finding.status === 'fail');
    const failed = (ruleId: string, index: unknown = null) =>
      fails.some((finding: { ruleId: string; index: unknown }) => finding.ruleId === ruleId && finding.index === index);
    expect(failed('prior-auth-number')).toBe(false);
    expect(output.findings.find((finding: { ruleId: string }) => finding.ruleId === 'prior-auth-number')?.status).toBe('cantTell');
    expect(failed('referring-provider-npi')).toBe(true);
    expect(failed('diagnosis-pointers', 2)).toBe(true);
    expect(failed('diagnosis-pointers', 3)).toBe(true);
    expect(failed('diagnosis-pointers', 1)).toBe(false);
  });

  it('says whether a field has a value but never prints the value', async () => {
    const { stdout } = await run;
    const output = JSON.parse(stdout);
    const name = output.fields.find((field: { id: string }) => field.id === 'box2-patient-name');
    const priorAuth = output.fields.find((field: { id: string }) => field.id === 'box23-prior-auth');
    expect([name?.hasValue, priorAuth?.hasValue]).toEqual([true, false]);
    for (const value of ['Sample, Alex Q', 'XZW900112233', '1984-03-15', 'Rivera, Dana']) expect(stdout).not.toContain(value);
  });
});

describe('claimlint check (table)', () => {
  it('lists gaps first, then can\'t tell, then the passed count, then the sources', async () => {
    const { code, stdout } = await claimlint('check', LETTER);
    expect(code).toBe(1);
    const order = ['Gaps: ', "Can't tell: ", 'Passed: ', 'Sources:'].map((heading) => stdout.indexOf(heading));
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const gaps = stdout.slice(order[0], order[1]);
    expect(gaps).toMatch(/alternatives-tried/);
    expect(gaps).toMatch(/provider-license/);
    expect(stdout).toMatch(/lmn-core \(reviewed \d{4}-\d{2}-\d{2}\): .*https:\/\//);
  });

  it('exits 0 when no rule fails', async () => {
    const { code, stdout } = await claimlint('check', CLAIM, '--checklist', 'lmn-core');
    expect(code).toBe(0);
    expect(stdout).toContain('Gaps: 0');
  });

  it('says so, and exits 0, when no checklist applies', async () => {
    const page = join(scratch, 'unrelated.htm');
    writeFileSync(page, '<!doctype html><title>Newsletter</title><label>Favorite color <input name="color"></label>');
    const table = await claimlint('check', page);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/No checklist applies/);
    const json = await claimlint('check', page, '--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({
      source: page,
      checklists: [],
      choice: { payer: null, kind: null, certain: false, evidence: 'no payer read; no kind read' },
      fields: [],
      findings: [],
    });
  });
});

describe('what a page is checked as (choice)', () => {
  const planOfCare = () => {
    const page = join(scratch, 'plan-of-care.html');
    writeFileSync(
      page,
      `<!doctype html><title>Chart</title>
      <header><img alt="Acme Rehab" src="logo.png"><div>Test Patient · <span role="heading">Primary: Medicare Part B</span></div></header>
      <h1>Plan of Care</h1>
      <label>Start of care <input name="soc" value="11/01/2026"></label>
      <label>Long-term goals <textarea name="ltg">Walk 500 ft without a cane</textarea></label>
      <label>Functional limitation <textarea name="limits">Cannot climb stairs</textarea></label>`,
    );
    return page;
  };

  it('says the payer and kind it read from the banner and heading, and that they are certain', async () => {
    const output = JSON.parse((await claimlint('check', planOfCare(), '--json')).stdout);
    expect(output.choice).toEqual({
      payer: 'medicare',
      kind: 'plan-of-care',
      certain: true,
      evidence: 'payer from the heading or banner “Primary: Medicare Part B”; kind from the heading “Plan of Care”',
    });
    const table = await claimlint('check', planOfCare());
    expect(table.stdout).toContain('Checked as: Plan of care for Medicare (payer from the heading or banner');
  });

  it('says "Guessed" when the payer is not read for certain, and takes --payer and --kind as the user\'s word', async () => {
    const page = join(scratch, 'note.html');
    writeFileSync(page, '<!doctype html><title>Note</title><label>Long-term goals <textarea name="ltg">Walk 500 ft</textarea></label>');
    const guessed = await claimlint('check', page);
    expect(guessed.stdout).toMatch(/Guessed: an unknown kind of document for an unknown payer \(.*\) — say --payer\/--service\/--kind to be sure/);
    const chosen = JSON.parse((await claimlint('check', page, '--json', '--payer', 'medicare', '--kind', 'plan-of-care', '--service', 'therapy')).stdout);
    expect(chosen.choice).toMatchObject({ payer: 'medicare', kind: 'plan-of-care', certain: true });
    expect(chosen.checklists).toEqual(['plan-of-care', 'medicare-outpatient-therapy']);
    expect((await claimlint('check', page, '--kind', 'memo')).stderr).toMatch(/unknown kind "memo" \(known: [a-z, -]*\bprior-auth-request, /);
  });
});

describe('claimlint bad input', () => {
  it.each([
    [['check', 'test/fixtures/pages/no-such-page.html'], /no-such-page\.html: no such file/],
    [['check', 'package-lock.json.gz'], /package-lock\.json\.gz: no such file/],
    [['check', LETTER, '--checklist', 'no-such-list'], /unknown checklist "no-such-list"/],
    [['check', LETTER, '--frobnicate'], /unknown option --frobnicate/],
    [[], /missing command/],
  ])('%j exits 2 with a one-line error', async (args, message) => {
    expectOneLineError(await claimlint(...args), message);
  });
});

describe('claimlint --list-checklists / --help', () => {
  it.each([['--list-checklists'], ['list-checklists']])('%s lists the bundled checklists with their sources', async (arg) => {
    const { code, stdout } = await claimlint(arg);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^lmn-core {2}/m);
    expect(stdout).toMatch(/^cms1500-basics {2}/m);
    expect(stdout).toMatch(/source: .*https:\/\//);
  });

  it('--help prints usage and exits 0', async () => {
    const { code, stdout } = await claimlint('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('claimlint check <file | folder | ->');
    // It says what the output holds: quoted values and claim ids, names never on their own, and how to withhold ids.
    expect(stdout).toMatch(/quote the values they judge \(codes, dates, units, NPIs/);
    expect(stdout).toContain('each claim headed by its own id');
    expect(stdout).toMatch(/patient's name is masked/);
    expect(stdout).toMatch(/--redact {12}withhold identifiers/);
  });
});

describe('saved pages with chosen options', () => {
  it('reads the option the saved page marks as selected, not the first one', async () => {
    const { selectOptionsAsSaved, loadHtmlFile } = await import('./load-html');
    const page = await loadHtmlFile('test/fixtures/pages/psychotherapy-note.html');
    try {
      selectOptionsAsSaved(page.document);
      expect((page.document.querySelector('select[name="cpt_1"]') as HTMLSelectElement).value).toBe('90837');
    } finally {
      await page.close();
    }
  });
});

describe('check --json on a checklist fixture', () => {
  it('prints exactly the gaps and can\'t-tells its expected JSON lists', async () => {
    const page = 'test/fixtures/checklists/aetna-massage/fail';
    const expected = JSON.parse(readFileSync(`${page}.json`, 'utf8')) as {
      checkedOn: string; checklists: string[]; expectedFindings: Array<{ ruleId: string; status: string; index: unknown }>;
    };
    const { stdout, code } = await claimlint('check', `${page}.html`, '--json', '--as-of', expected.checkedOn);
    expect(code).toBe(1);
    const output = JSON.parse(stdout) as { checklists: string[]; findings: Array<{ ruleId: string; status: string; index: unknown }> };
    expect(output.checklists).toEqual(expected.checklists);
    const key = (finding: { ruleId: string; status: string; index: unknown }) => `${finding.ruleId}/${finding.status}/${String(finding.index)}`;
    const reported = output.findings.filter((finding) => finding.status === 'fail' || finding.status === 'cantTell').map(key).sort();
    expect(reported).toEqual(expected.expectedFindings.map(key).sort());
  });
});
