/**
 * draftLmn on letters read the way the extension reads them, and on hand-built snapshots: which components are
 * copied (from which field), which are placeholders (naming which checklist item), and what the draft refuses.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED_CHECKLISTS } from '../checklists';
import { COMPONENTS_SOUGHT, readDocument } from '../document/read-document';
import { documentFields } from '../document/document-fields';
import type { Snapshot } from '../schema';
import { field, snapshotOf } from '../testing/test-snapshot';
import { SAMPLE_LMN, SAMPLE_LMN_WITH_GAPS } from '../testing/sample-letter';
import { checkForLetter } from './check-for-letter';
import type { LetterDraft } from './draft';
import { draftLmn } from './draft-lmn';
import { renderDraftText } from './render-draft';
import { SourcesDisagreeError } from './same-patient';
import { BUNDLED_TEMPLATES } from './templates/index';

function letterSnapshot(text: string): Snapshot {
  const reading = readDocument(text, { seek: COMPONENTS_SOUGHT.letter });
  const { fields, headings, lead } = documentFields(reading, { keyPrefix: 'letter:', word: 'letter', whole: true });
  return { source: { kind: 'document' }, url: 'file:///letter.txt', title: 'letter.txt', takenAt: '2026-11-22T12:00:00Z', fields, headings, lead };
}

const checked = (snapshot: Snapshot) => ({ snapshot, result: checkForLetter(snapshot, { checklists: BUNDLED_CHECKLISTS }) });
const draftOf = (...snapshots: Snapshot[]) => draftLmn({ sources: snapshots.map(checked), templates: BUNDLED_TEMPLATES });

/** "section: concept" for every part copied from a field. */
function copied(draft: LetterDraft): string[] {
  return draft.sections.flatMap((section) => section.paragraphs.flatMap((paragraph) => paragraph.parts.flatMap((part) =>
    'source' in part && part.source.kind === 'field' ? [`${section.id}: ${part.source.concept}`] : [])));
}
const gapIds = (draft: LetterDraft) => draft.gaps.map((gap) => `${gap.checklistId}/${gap.ruleId}`);

describe('draftLmn from a complete letter', () => {
  const draft = draftOf(letterSnapshot(SAMPLE_LMN));

  it('copies every LMN component from its field and leaves no placeholder', () => {
    expect(gapIds(draft)).toEqual([]);
    expect(copied(draft)).toEqual(expect.arrayContaining([
      'patient: patient.name', 'patient: patient.dob', 'patient: patient.memberId',
      'provider: provider.name', 'provider: provider.credentials', 'provider: provider.npi', 'provider: provider.license',
      'diagnosis: claim.diagnosis', 'history: doc.history', 'treatment: doc.treatmentPlan',
      'necessity: doc.necessityStatement', 'alternatives: doc.alternativesTried', 'goals: doc.goals',
    ]));
  });

  it('writes the values as the letter gave them, with the template chosen for the service', () => {
    const text = renderDraftText(draft);
    expect(draft.templateId).toBe('medical-massage');
    expect(text).toContain('Patient: Jane Doe');
    expect(text).toContain('Member ID: XYZ123456');
    expect(text).toContain('NPI: 1234567893');
    expect(text).toContain('She completed 8 weeks of physical therapy in 2025');
    expect(text).not.toContain('[MISSING');
  });

  it("states Aetna's criteria point by point, each cited to CPB 0325", () => {
    const criteria = draft.sections.find((section) => section.id === 'criteria')!;
    const policies = criteria.paragraphs.flatMap((paragraph) => paragraph.parts.flatMap((part) => ('source' in part && part.source.kind === 'policy' ? [part.source.policy] : [])));
    expect(policies.some((policy) => policy.includes('0325'))).toBe(true);
  });

  it('does not say how long the letter is valid: Aetna sets no period ClaimLint knows, and lmn-core says periods vary', () => {
    expect(renderDraftText(draft)).not.toContain('valid for one year');
  });
});

describe('draftLmn from a letter with gaps', () => {
  it('puts a placeholder naming lmn-core/alternatives-tried where the paragraph on treatments tried is missing', () => {
    const draft = draftOf(letterSnapshot(SAMPLE_LMN_WITH_GAPS));
    expect(gapIds(draft)).toEqual(['lmn-core/alternatives-tried']);
    const alternatives = draft.sections.find((section) => section.id === 'alternatives')!;
    expect(alternatives.paragraphs[0]!.parts).toEqual([{
      text: '[MISSING: treatments tried before and their outcome — lmn-core/alternatives-tried]',
      placeholder: { checklistId: 'lmn-core', ruleId: 'alternatives-tried', what: 'treatments tried before and their outcome' },
    }]);
  });
});

describe('draftLmn from a claim page alone', () => {
  const claim = snapshotOf([
    field('patient.name', 'Rivera, Sam Q'),
    field('patient.memberId', 'QQZ4410021'),
    field('patient.dob', '04/09/1990'),
    field('provider.name', 'Ana Lopez'),
    field('provider.npi', '1234567893'),
    field('claim.diagnosis', 'M54.50', { index: 'A' }),
    field('line.procedureCode', '97124', { index: 1 }),
    field('line.procedureCode', '97124', { index: 2 }),
    field('line.procedureCode', '97140', { index: 3 }),
  ]);

  it('copies what the claim holds and leaves a placeholder for each LMN component only a document holds', () => {
    const draft = draftOf(claim);
    expect(copied(draft)).toEqual(expect.arrayContaining(['patient: patient.name', 'diagnosis: claim.diagnosis', 'treatment: line.procedureCode']));
    expect(gapIds(draft)).toEqual(expect.arrayContaining([
      'lmn-core/provider-credentials', 'lmn-core/provider-license', 'lmn-core/history-and-impact', 'lmn-core/treatment-requested',
      'lmn-core/frequency', 'lmn-core/duration', 'lmn-core/necessity-statement', 'lmn-core/alternatives-tried', 'lmn-core/expected-benefits',
    ]));
    expect(gapIds(draft)).not.toContain('lmn-core/patient-name');
    // The criteria section does not show again a placeholder the body already shows.
    expect(new Set(gapIds(draft)).size).toBe(gapIds(draft).length);
  });

  it('adds the official description of a diagnosis code from the code table, cited to the table', () => {
    const draft = draftLmn({ sources: [checked(claim)], templates: BUNDLED_TEMPLATES, descriptions: { describe: (code) => (code === 'M54.50' ? 'Low back pain, unspecified' : null) } });
    const diagnosis = draft.sections.find((section) => section.id === 'diagnosis')!.paragraphs[0]!.parts;
    expect(diagnosis).toContainEqual({ text: 'Low back pain, unspecified', source: { kind: 'code-table', table: 'icd10cm', code: 'M54.50' } });
  });

  it('says a copied value is wrong, not missing, when its check says so: an NPI failing its check digit', () => {
    const draft = draftOf(snapshotOf(claim.fields.map((each) => (each.concept === 'provider.npi' ? { ...each, value: '1234567890' } : each))));
    const npiGap = draft.gaps.find((gap) => gap.ruleId === 'provider-npi');
    expect(npiGap).toMatchObject({ checklistId: 'lmn-core', problem: 'invalid' });
    expect(renderDraftText(draft)).toContain('NPI: 1234567890 [INVALID: ');
    // An empty component stays MISSING.
    expect(draft.gaps.find((gap) => gap.ruleId === 'provider-license')?.problem).toBeUndefined();
  });

  it('names the patient once when a page shows the name twice, written two ways', () => {
    const twice = snapshotOf([...claim.fields, field('patient.name', 'SAM Q RIVERA')]);
    expect(renderDraftText(draftOf(twice))).toContain('Patient: Rivera, Sam Q\n');
  });

  it('requests each procedure code once, in line order', () => {
    expect(renderDraftText(draftOf(claim))).toContain('Procedure codes (CPT/HCPCS): 97124; 97140\n');
  });

  it('writes no description without a table entry: a description is never guessed', () => {
    const text = renderDraftText(draftLmn({ sources: [checked(claim)], templates: BUNDLED_TEMPLATES, descriptions: { describe: () => null } }));
    expect(text).toContain('Diagnosis (ICD-10-CM): M54.50\n');
  });

  it('takes a component from the second source when the first lacks it, and says which source', () => {
    const plan = snapshotOf([field('patient.memberId', 'QQZ-4410021'), field('doc.alternativesTried', 'Six weeks of home exercise without relief.')]);
    const draft = draftOf(claim, plan);
    const alternatives = draft.sections.find((section) => section.id === 'alternatives')!.paragraphs[0]!.parts[0]!;
    expect(alternatives).toMatchObject({ text: 'Six weeks of home exercise without relief.', source: { kind: 'field', concept: 'doc.alternativesTried', snapshot: 1 } });
    expect(gapIds(draft)).not.toContain('lmn-core/alternatives-tried');
  });

  it('does not copy a component that says nothing was recorded ("N/A"): it is a placeholder', () => {
    const draft = draftOf(snapshotOf([...claim.fields, field('doc.alternativesTried', 'N/A')]));
    expect(renderDraftText(draft)).not.toContain('N/A');
    expect(gapIds(draft)).toContain('lmn-core/alternatives-tried');
  });

  it('refuses sources about different patients', () => {
    const other = snapshotOf([field('patient.memberId', 'QQZ4410099'), field('doc.goals', 'Walk 1 mile in 6 weeks.')]);
    expect(() => draftOf(claim, other)).toThrow(SourcesDisagreeError);
    const otherBirthday = snapshotOf([field('patient.dob', '1990-04-10')]);
    expect(() => draftOf(claim, otherBirthday)).toThrow(/different patients \(their dates of birth differ\)/);
    expect(() => draftOf(claim, snapshotOf([field('patient.dob', '1990-04-09')]))).not.toThrow();
    expect(() => draftOf(claim, snapshotOf([field('patient.memberId', 'N/A')]))).not.toThrow();
  });
});

describe('draftLmn from a plan exported from a PDF', () => {
  it('writes a hard-wrapped, column-spaced sentence as one line of prose, and keeps a numbered goal on its own line', () => {
    const plan = [
      'Dear Reviewer,', '',
      'Assessment:',
      'Ms. Ortega presents with L shoulder weakness after a fall. Skilled therapy is necessary to',
      '      restore   reaching and lifting so she can return to her job as a baker.', '',
      'Goals:',
      'Short term (3 wks):  1. Reach to shoulder height with no pain.',
      '                     2. Lift 5 lb to a shelf by 12/20/2026.', '',
      'Sincerely,', 'Lee Moss, PT',
    ].join('\n');
    const text = renderDraftText(draftOf(letterSnapshot(plan)));
    expect(text).toContain('Skilled therapy is necessary to restore reaching and lifting so she can return to her job as a baker.');
    expect(text).toMatch(/1\. Reach to shoulder height with no pain\.\n2\. Lift 5 lb to a shelf by 12\/20\/2026\./);
  });

  it('writes a form\'s dot leaders as colons and keeps each of its "Label: value" lines, but not an ellipsis', () => {
    const form = [
      'REQUEST FOR SERVICES', '',
      'Member name ...... Ortega, Lucia', '',
      'SERVICES REQUESTED',
      'CPT codes ......... 97110 x 8, 97140 x 8',
      'Number of visits ...... 8, pain 6/10... worse at night', '',
      'Requesting provider signature: Lee Moss, PT',
    ].join('\n');
    const text = renderDraftText(draftOf(letterSnapshot(form)));
    expect(text).toContain('CPT codes: 97110 x 8, 97140 x 8\nNumber of visits: 8, pain 6/10... worse at night');
  });
});
