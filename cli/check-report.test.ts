/**
 * Claims the reader does not check (an institutional claim in a FHIR Bundle, a payer's response), as the table and
 * the JSON show them: one line with the reason, never a checklist's verdicts, and grouped by reason in the summary.
 */
import { describe, expect, it } from 'vitest';
import type { ClaimRead } from '../utils/claim-files/claim-read';
import { JsonReport, TableReport, type Report } from './check-report';
import type { ClaimChecked } from './check-claims';
import type { CheckResult } from './run-check';
import { RunSummary } from './run-summary';

const PROFESSIONAL_ONLY = 'ClaimLint checks professional claims; this is an institutional claim';
const RESPONSE = "a payer's ClaimResponse, not a claim";

function read(position: number, claimId: string | null, notChecked?: string): ClaimRead {
  return {
    snapshot: { source: { kind: 'claim-file', format: 'fhir-json' }, url: 'file:///bundle.json', title: `FHIR Claim ${position} of 4`, takenAt: '2026-11-20T12:00:00.000Z', fields: [] },
    claimId, position, ...(notChecked && { notChecked }),
  };
}

const failing = {
  source: 'bundle.json',
  snapshot: read(1, 'CLM-A').snapshot,
  checklists: [{ id: 'cms1500-basics', title: 'CMS-1500', vintage: '2026-11-22', source: { title: 'NUCC 1500 manual', url: 'https://www.nucc.org/' } }],
  choice: { payer: 'other', kind: 'professional-claim', certain: true, evidence: 'kind from the claim file' },
  findings: [{ ruleId: 'diagnosis-pointers', checklistId: 'cms1500-basics', title: 'Diagnosis pointer', status: 'fail', severity: 'critical', concept: null, index: 2, fieldKey: null, message: 'Service line 2 has no diagnosis pointer', why: '', fix: '', source: 'NUCC 1500 manual https://www.nucc.org/' }],
} as unknown as CheckResult;

const CLAIMS: ClaimChecked[] = [
  { read: read(1, 'CLM-A'), total: 4, result: failing },
  { read: read(2, 'CLM-B', PROFESSIONAL_ONLY), total: 4, result: null },
  { read: read(3, null, PROFESSIONAL_ONLY), total: 4, result: null },
  { read: read(4, 'CLM-D', RESPONSE), total: 4, result: null },
];

function run(report: Report, claims: ClaimChecked[]): void {
  const summary = new RunSummary();
  summary.fileRead();
  report.beginClaimFile('bundle.json', 'fhir-json');
  for (const claim of claims) {
    summary.claim(claim.result?.findings ?? null, claim.read.notChecked);
    report.claim(claim);
  }
  report.endClaimFile([], summary);
  report.end(summary);
}

describe('claims not checked', () => {
  it('the table lists each on one line with its reason and groups the reasons in the summary', () => {
    let text = '';
    run(new TableReport((piece) => { text += piece; }, 120, false, { onlyGaps: false, redact: false }), CLAIMS);
    expect(text).toContain(`Claim CLM-B (2 of 4): not checked: ${PROFESSIONAL_ONLY}`);
    expect(text).toContain(`Claim 3 of 4 (no claim id in the file): not checked: ${PROFESSIONAL_ONLY}`);
    expect(text).toContain(`Claim CLM-D (4 of 4): not checked: ${RESPONSE}`);
    expect(text.match(/Checklists:/g)).toHaveLength(1);
    expect(text).toContain('Claims read: 4');
    expect(text).toContain('Claims with gaps: 1 of 1 checked');
    expect(text).toMatch(new RegExp(`Claims not checked: 3\\n +2 {2}${PROFESSIONAL_ONLY}\\n +1 {2}${RESPONSE}`));
  });

  it('--only-gaps leaves them to the summary', () => {
    let text = '';
    run(new TableReport((piece) => { text += piece; }, 120, false, { onlyGaps: true, redact: false }), CLAIMS);
    expect(text).not.toMatch(/\): not checked: /);
    expect(text).toContain('Claims not checked: 3');
  });

  it('the JSON gives each its place and reason, with empty lists, in the same object as checked claims', () => {
    let text = '';
    run(new JsonReport((piece) => { text += piece; }, false, { onlyGaps: false, redact: false }), CLAIMS);
    const file = JSON.parse(text) as { claims: Array<Record<string, unknown>>; summary: { claimsNotChecked: unknown } };
    expect(file.claims[1]).toEqual({
      claimId: 'CLM-B', position: 2, title: 'FHIR Claim 2 of 4', notChecked: PROFESSIONAL_ONLY, checklists: [], choice: null, fields: [], findings: [],
    });
    expect(file.claims[0]).toMatchObject({ claimId: 'CLM-A', checklists: ['cms1500-basics'] });
    expect(file.summary.claimsNotChecked).toEqual([{ reason: PROFESSIONAL_ONLY, claims: 2 }, { reason: RESPONSE, claims: 1 }]);
  });

  it('with --redact a claim is named by its place alone', () => {
    let text = '';
    run(new TableReport((piece) => { text += piece; }, 120, false, { onlyGaps: false, redact: true }), CLAIMS);
    expect(text).toContain(`Claim 2 of 4: not checked: ${PROFESSIONAL_ONLY}`);
    expect(text).not.toMatch(/CLM-[ABD]/);
  });
});

describe('FHIR documentation in a claim file (Goal, CarePlan, no Claim)', () => {
  it('is headed as documentation, not as a claim without an id', () => {
    let text = '';
    const documentation = read(1, null);
    documentation.snapshot = { ...documentation.snapshot, source: { kind: 'document', format: 'fhir-json' }, title: 'FHIR Goal, CarePlan' };
    run(new TableReport((piece) => { text += piece; }, 120, false, { onlyGaps: false, redact: false }), [{ read: documentation, total: 1, result: { ...failing, snapshot: documentation.snapshot } }]);
    expect(text).toContain('── Documentation: FHIR Goal, CarePlan (1 of 1) ──');
    expect(text).not.toContain('no claim id');
  });
});
