import { describe, expect, it } from 'vitest';
import type { Finding } from '../rules/schema';
import type { TabResult } from './messages';
import { buildReviewReport, reviewReportFileName, reviewReportSchema, withholdPatientValues } from './redact-report';

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
    fix: 'Fill it in.',
    source: 'CMS-1500 instructions, Item 24J (2025-01-01)',
    citation,
  };
}

const PATIENT_MESSAGE =
  "Rendering NPI, line 3 '1765432100' fails the NPI check digit; patient “Sample, Alex Q” (alex.sample@example.org), letter date 2025-10-27 is 413 days old, call (555) 123-4567";

const result: TabResult = {
  tabId: 7,
  url: 'https://portal.example.com/claims/edit?claimId=998877&patient=Sample#line-3',
  title: 'Claim 998877 for Sample, Alex Q',
  checkedAt: '2026-11-22T20:00:00.000Z',
  fieldCount: 42,
  checklists: [
    { id: 'cms1500-core', title: 'CMS-1500 core', payer: 'Any payer', service: 'Any service', vintage: '2026-01-01', source: citation },
  ],
  findings: [finding('rendering-npi', PATIENT_MESSAGE), finding('prior-auth', "Prior authorization number is empty; ClaimLint can't tell the payer's rule")],
};

describe('buildReviewReport', () => {
  it('withholds quoted values, names, dates, e-mail addresses and phone numbers by default', () => {
    const report = buildReviewReport(result, { includePatientDetails: false });
    const text = JSON.stringify(report);
    for (const value of ['1765432100', 'Sample, Alex Q', 'alex.sample@example.org', '2025-10-27', '123-4567', '998877']) {
      expect(text).not.toContain(value);
    }
    expect(report.findings[0]!.message).toBe(
      'Rendering NPI, line 3 [withheld] fails the NPI check digit; patient [withheld] ([withheld]), letter date [withheld] is 413 days old, call [withheld]',
    );
    expect(report.page).toEqual({ title: null, url: 'https://portal.example.com/claims/edit' });
    expect(report.includesPatientDetails).toBe(false);
  });

  it('keeps apostrophes, rule ids, titles, why, fix and sources', () => {
    const report = buildReviewReport(result, { includePatientDetails: false });
    expect(report.findings[1]!.message).toBe("Prior authorization number is empty; ClaimLint can't tell the payer's rule");
    expect(report.findings.map((item) => item.ruleId)).toEqual(['rendering-npi', 'prior-auth']);
    expect(report.findings[0]).toMatchObject({
      title: 'Title of rendering-npi',
      why: 'The payer needs it.',
      fix: 'Fill it in.',
      source: 'CMS-1500 instructions, Item 24J (2025-01-01)',
      citation,
    });
    expect(report.checklists).toEqual(result.checklists);
    expect(reviewReportSchema.safeParse(report).success).toBe(true);
  });

  it('keeps everything when the user includes patient details', () => {
    const report = buildReviewReport(result, { includePatientDetails: true });
    expect(report.findings[0]!.message).toBe(PATIENT_MESSAGE);
    expect(report.page).toEqual({ title: result.title, url: result.url });
    expect(report.includesPatientDetails).toBe(true);
  });

  it('does not carry field keys out of the extension', () => {
    expect(JSON.stringify(buildReviewReport(result, { includePatientDetails: true }))).not.toContain('fieldKey');
  });
});

describe('withholdPatientValues', () => {
  it('withholds single, double and curly quotes and slash dates', () => {
    expect(withholdPatientValues(`Name 'O'Brien, Pat' on 11/14/2025, "x" and ‘y’`)).toBe('Name [withheld] on [withheld], [withheld] and [withheld]');
  });
});

describe('reviewReportFileName', () => {
  it('names the file by the local date', () => {
    expect(reviewReportFileName(new Date(2026, 0, 5, 10))).toBe('claimlint-review-2026-01-05.json');
  });
});
