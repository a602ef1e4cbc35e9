/**
 * End to end through the engine: a Medicare PT daily note's text, read as a whole document, checked against the
 * Medicare outpatient therapy checklist's visit, progress-report and injury rules.
 */
import { describe, expect, it } from 'vitest';
import { checkSnapshot } from '../check-snapshot';
import { BUNDLED_CHECKLISTS } from '../checklists';
import type { Snapshot } from '../schema';
import { documentFields } from './document-fields';
import { readDocument } from './read-document';

// Synthetic: every name, number and date is invented.
const NOTE = (visit: string, since: string, diagnosis: string) => `Physical Therapy Daily Note

Patient: Vera Example-Lund
Insurance: Medicare Part B
Date of service: 11/16/2026
Start of care: 10/05/2026
${visit}

Diagnosis: ${diagnosis}

Subjective
Patient reports the knee is less stiff in the mornings. ${since}

Objective
Therapeutic exercise (97110) 23 minutes; gait training (97116) 15 minutes. Total timed minutes: 38. Total treatment time: 45 minutes.

Signed: Corin Example-Baptiste, PT, DPT 11/16/2026`;

function noteSnapshot(text: string): Snapshot {
  const { fields, headings, lead } = documentFields(readDocument(text), { keyPrefix: 'note:', word: 'note', whole: true });
  return { source: { kind: 'document' }, url: 'file:///note.txt', title: 'note.txt', takenAt: '2026-11-22T12:00:00Z', fields, headings, lead };
}

const findings = (text: string, ruleIds: string[]) => checkSnapshot(noteSnapshot(text), {
  checklists: BUNDLED_CHECKLISTS, choice: { checklistIds: ['medicare-outpatient-therapy'] },
}).findings.filter((finding) => ruleIds.includes(finding.ruleId)).map((finding) => [finding.ruleId, finding.status, finding.problem ?? null]);

describe('a Medicare PT daily note read as a whole document', () => {
  it('counts the visit from "Visit 7 of 12" and the visits since the last progress report', () => {
    expect(findings(NOTE('Visit 7 of 12', '6 visits since the last progress report.', 'S83.511D'), ['visits-within-authorized', 'progress-report', 'injury-seventh-character'])).toEqual([
      ['progress-report', 'pass', null], ['visits-within-authorized', 'pass', null], ['injury-seventh-character', 'pass', null],
    ]);
  });

  it('fails a visit past the count, a report overdue by visits, and an initial-encounter injury code', () => {
    expect(findings(NOTE('Visit 13 of 12', '11 visits since the last progress report.', 'S83.511A'), ['visits-within-authorized', 'progress-report', 'injury-seventh-character'])).toEqual([
      ['progress-report', 'fail', 'missing'], ['visits-within-authorized', 'fail', 'inconsistent'], ['injury-seventh-character', 'fail', 'invalid'],
    ]);
  });
});
