import { describe, expect, it } from 'vitest';
import type { Finding } from '../rules/schema';
import type { TabResult } from './messages';
import { buildReviewReport, NO_WITHHELD_VIEW, reviewReportFileName, reviewReportSchema } from './redact-report';
import { withheldView } from './withheld-view';

const citation = { policy: 'CMS-1500 instructions', section: 'Item 24J', url: 'https://www.cms.gov/cms1500', date: '2025-01-01' };

function finding(ruleId: string, message: string): Finding {
  return {
    ruleId,
    checklistId: 'cms1500-core',
    title: `Title of ${ruleId}`,
    status: 'fail',
    severity: 'serious',
    concept: null,
    index: null,
    fieldKey: '0:f1',
    message,
    why: 'The payer needs it.',
    fix: "Bill 97110 with modifier GP; goals read like 'walk 300 ft unaided', not 'improve'.",
    source: 'CMS-1500 instructions, Item 24J (2025-01-01)',
    citation,
  };
}

const fields = [
  { concept: 'patient.name', value: 'Sample, Alex Q' },
  { concept: 'patient.dob', value: '03/04/1981' },
  { concept: 'patient.accountNumber', value: 'SYN-ACCT-2202' },
  { concept: 'line.procedureCode', value: '97110' },
];

const PATIENT_MESSAGE = "Patient 'Sample, Alex Q' (born 1981-03-04, account SYN-ACCT-2202): line 1 '97110' GP needs 8 minutes per unit, e.g. 'supports 1 unit', not 'supports 2'";

function resultOf(findings: Finding[]): TabResult {
  const result: TabResult = {
    tabId: 7,
    url: 'https://portal.example.com/claims/Sample%2C%20Alex%20Q/edit?claimId=998877#line-3',
    title: 'Claim for Sample, Alex Q',
    checkedAt: '2026-11-22T20:00:00.000Z',
    fieldCount: 42,
    checklists: [
      { id: 'cms1500-core', title: 'CMS-1500 core', payer: 'Any payer', service: 'Any service', vintage: '2026-01-01', source: citation },
    ],
    findings,
  };
  return { ...result, withheld: withheldView(result, fields) };
}

const result = resultOf([finding('timed-units', PATIENT_MESSAGE), finding('prior-auth', "Prior authorization number is empty; ClaimLint can't tell the payer's rule")]);

describe('buildReviewReport', () => {
  it('withholds the patient identifiers the fields held, and keeps codes and ClaimLint\'s examples', () => {
    const report = buildReviewReport(result, { includePatientDetails: false });
    const text = JSON.stringify(report);
    for (const value of ['Sample', 'Alex', '1981-03-04', 'SYN-ACCT-2202', 'claimId=998877']) expect(text).not.toContain(value);
    expect(report.findings[0]!.message).toBe(
      "Patient [withheld] (born [withheld], account [withheld]): line 1 '97110' GP needs 8 minutes per unit, e.g. 'supports 1 unit', not 'supports 2'",
    );
    expect(report.findings[0]!.fix).toBe(result.findings[0]!.fix);
    expect(report.page).toEqual({ title: 'Claim for [withheld]', url: 'https://portal.example.com/claims/[withheld]/edit' });
    expect(report.claim).toEqual({ account: '…2202', claimId: null, position: null });
    expect(report.includesPatientDetails).toBe(false);
    expect(reviewReportSchema.safeParse(report).success).toBe(true);
  });

  it('keeps apostrophes, rule ids, titles, why, fix and sources', () => {
    const report = buildReviewReport(result, { includePatientDetails: false });
    expect(report.findings[1]!.message).toBe("Prior authorization number is empty; ClaimLint can't tell the payer's rule");
    expect(report.findings.map((item) => item.ruleId)).toEqual(['timed-units', 'prior-auth']);
    expect(report.findings[0]).toMatchObject({ title: 'Title of timed-units', why: 'The payer needs it.', source: result.findings[0]!.source, citation });
    expect(report.checklists).toEqual(result.checklists);
  });

  it('keeps everything when the user includes patient details', () => {
    const report = buildReviewReport(result, { includePatientDetails: true });
    expect(report.findings[0]!.message).toBe(PATIENT_MESSAGE);
    expect(report.page).toEqual({ title: result.title, url: result.url });
    expect(report.claim.account).toBe('SYN-ACCT-2202');
    expect(report.includesPatientDetails).toBe(true);
  });

  it('names a claim of a claim file by its place, and a FHIR claim by its id', () => {
    const claimFile = (format: 'x12-837p' | 'fhir-json') => ({
      format, selected: 2, more: false, notices: [],
      claims: [1, 2, 3].map((position) => ({ position, claimId: `CLAIM-${position}`, title: `claim ${position}`, fail: 0, cantTell: 0, unsure: false })),
    });
    expect(buildReviewReport({ ...result, claimFile: claimFile('fhir-json') }, { includePatientDetails: false }).claim).toEqual({ account: '…2202', claimId: 'CLAIM-2', position: 'claim 2 of 3' });
    // CLM01 is the patient control number: the account, shown by its last characters only.
    expect(buildReviewReport({ ...result, claimFile: claimFile('x12-837p') }, { includePatientDetails: false }).claim.claimId).toBeNull();
  });

  it('refuses to leave patient details out of a result that does not say which values identify the patient', () => {
    const { withheld: _withheld, ...older } = result;
    expect(() => buildReviewReport(older, { includePatientDetails: false })).toThrow(NO_WITHHELD_VIEW);
    expect(buildReviewReport(older, { includePatientDetails: true }).findings).toHaveLength(2);
  });

  it('does not carry field keys out of the extension', () => {
    expect(JSON.stringify(buildReviewReport(result, { includePatientDetails: true }))).not.toContain('fieldKey');
  });
});

describe('reviewReportFileName', () => {
  it('names the file by the local date', () => {
    expect(reviewReportFileName(new Date(2026, 0, 5, 10))).toBe('claimlint-review-2026-01-05.json');
  });
});
