/**
 * End to end through the engine: a letter's text, read as a whole document, checked against lmn-core.
 */
import { describe, expect, it } from 'vitest';
import { checkSnapshot } from '../check-snapshot';
import { BUNDLED_CHECKLISTS } from '../checklists';
import type { Snapshot } from '../schema';
import { SAMPLE_LMN, SAMPLE_LMN_WITH_GAPS } from '../testing/sample-letter';
import { documentFields } from './document-fields';
import { COMPONENTS_SOUGHT, readDocument } from './read-document';

function letterSnapshot(text: string): Snapshot {
  const reading = readDocument(text, { seek: COMPONENTS_SOUGHT.letter });
  const { fields, headings, lead } = documentFields(reading, { keyPrefix: 'letter:', word: 'letter', whole: true });
  return { source: { kind: 'document' }, url: 'file:///letter.txt', title: 'letter.txt', takenAt: '2026-11-22T12:00:00Z', fields, headings, lead };
}

const lmnCore = (snapshot: Snapshot) =>
  checkSnapshot(snapshot, { checklists: BUNDLED_CHECKLISTS, choice: { checklistIds: ['lmn-core'] } }).findings;

describe('a letter of medical necessity read as a whole document', () => {
  it('passes every lmn-core rule when it is complete', () => {
    const findings = lmnCore(letterSnapshot(SAMPLE_LMN));
    expect(findings.filter((finding) => finding.status !== 'pass').map((finding) => `${finding.ruleId}: ${finding.message}`)).toEqual([]);
  });

  it('is offered lmn-core on its own, as a letter, for the payer it is addressed to', () => {
    const result = checkSnapshot(letterSnapshot(SAMPLE_LMN), { checklists: BUNDLED_CHECKLISTS });
    expect(result.checklists.map((checklist) => checklist.id)).toContain('lmn-core');
    expect(result.choice).toMatchObject({ payer: 'aetna', kind: 'letter-of-medical-necessity' });
  });

  it('fails exactly the old date (quoted) and the missing alternatives when those are its gaps', () => {
    const findings = lmnCore(letterSnapshot(SAMPLE_LMN_WITH_GAPS)).filter((finding) => finding.status !== 'pass');
    expect(findings.map((finding) => [finding.ruleId, finding.status, finding.message])).toEqual([
      ['signature-date', 'fail', "Signature / letter date 'March 3, 2024' (2024-03-03) is 994 days old; it must be within 365 days"],
      ['alternatives-tried', 'fail', 'The letter does not say which treatments were tried before'],
    ]);
    expect(findings[1]?.fieldKey).toBe('letter:doc.alternativesTried');
  });
});
