/**
 * Letters drafted from the document fixtures, read as the command line reads them: exactly which components are
 * copied (from which field) and which are placeholders (naming which checklist item).
 */
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../cli/run-check';
import { BUNDLED_CHECKLISTS } from '../../rules/checklists/index';
import { checkForLetter } from '../../rules/letters/check-for-letter';
import type { LetterDraft } from '../../rules/letters/draft';
import { draftLmn } from '../../rules/letters/draft-lmn';
import { BUNDLED_TEMPLATES } from '../../rules/letters/templates/index';

const DOCS = 'test/fixtures/documents';

async function draftFrom(...paths: string[]): Promise<LetterDraft> {
  const sources = [];
  for (const path of paths) {
    const { results } = await checkFile(path, [], { asOf: '2025-10-01' });
    const snapshot = results[0]!.snapshot;
    sources.push({ snapshot, result: checkForLetter(snapshot, { checklists: BUNDLED_CHECKLISTS }) });
  }
  return draftLmn({ sources, templates: BUNDLED_TEMPLATES });
}

/** Each section's copied fields as "section: concept (label)", in order. */
function copied(draft: LetterDraft, sectionIds: string[]): string[] {
  return draft.sections.filter((section) => sectionIds.includes(section.id)).flatMap((section) => section.paragraphs.flatMap((paragraph) => paragraph.parts.flatMap((part) =>
    'source' in part && part.source.kind === 'field' ? [`${section.id}: ${part.source.concept}`] : [])));
}
const gapIds = (draft: LetterDraft) => draft.gaps.map((gap) => `${gap.checklistId}/${gap.ruleId}`);
const BODY = ['patient', 'provider', 'diagnosis', 'history', 'treatment', 'necessity', 'alternatives', 'goals'];

describe('massage-lmn-hsa.txt (complete)', () => {
  it('is drafted from the HSA / FSA template with every component copied and no placeholder', async () => {
    const draft = await draftFrom(`${DOCS}/massage-lmn-hsa.txt`);
    expect(draft.templateId).toBe('hsa-fsa-reimbursement');
    expect(gapIds(draft)).toEqual([]);
    expect(copied(draft, BODY)).toEqual([
      'patient: patient.name', 'patient: patient.dob', 'patient: patient.memberId', 'patient: payer.name',
      'provider: provider.name', 'provider: provider.credentials', 'provider: provider.npi', 'provider: provider.license',
      'diagnosis: claim.diagnosis', 'diagnosis: claim.diagnosis', 'diagnosis: doc.diagnosisText',
      'history: doc.history', 'history: doc.functionalLimitation',
      'treatment: doc.treatmentPlan',
      'necessity: doc.necessityStatement',
      'alternatives: doc.alternativesTried',
      'goals: doc.goals',
    ]);
  });

  it('says it is valid for one year from signature, as the HSA / FSA checklist limits a letter to one year', async () => {
    const draft = await draftFrom(`${DOCS}/massage-lmn-hsa.txt`);
    const signature = draft.sections.find((section) => section.id === 'signature')!.paragraphs.map((paragraph) => paragraph.parts.map((part) => part.text).join(''));
    expect(signature).toContain('This letter is valid for one year from the date of signature.');
  });

  it("addresses IRS §213(d): not general health, with the letter's own words as evidence", async () => {
    const draft = await draftFrom(`${DOCS}/massage-lmn-hsa.txt`);
    const criteria = draft.sections.find((section) => section.id === 'criteria')!.paragraphs.map((paragraph) => paragraph.parts);
    const generalHealth = criteria.find((parts) => parts.some((part) => part.text === 'For a medical condition, not general health or relaxation'))!;
    expect(generalHealth).toContainEqual(expect.objectContaining({ source: expect.objectContaining({ kind: 'policy', url: 'https://www.law.cornell.edu/uscode/text/26/213' }) }));
    // The evidence is the treatment sentence, quoted once in the letter: the criterion refers back to where it is.
    expect(generalHealth.at(-1)).toEqual({ text: 'As documented above under “Treatment requested”.' });
    const treatment = draft.sections.find((section) => section.heading === 'Treatment requested')!.paragraphs.flatMap((paragraph) => paragraph.parts);
    expect(treatment).toContainEqual(expect.objectContaining({ source: expect.objectContaining({ kind: 'field', concept: 'doc.treatmentPlan' }) }));
  });
});

describe('massage-lmn-fsa-gaps.md (gaps)', () => {
  it('copies what the letter says and puts placeholders for frequency, alternatives tried and measurable goals', async () => {
    const draft = await draftFrom(`${DOCS}/massage-lmn-fsa-gaps.md`);
    expect(gapIds(draft)).toEqual(['lmn-core/frequency', 'lmn-core/alternatives-tried', 'lmn-core/expected-benefits']);
    expect(copied(draft, BODY)).toEqual([
      'patient: patient.name', 'patient: patient.dob', 'patient: patient.memberId', 'patient: payer.name',
      'provider: provider.name', 'provider: provider.credentials', 'provider: provider.npi', 'provider: provider.license',
      'diagnosis: claim.diagnosis', 'diagnosis: claim.diagnosis', 'diagnosis: doc.diagnosisText',
      'history: doc.history',
      'treatment: doc.treatmentPlan',
      'necessity: doc.necessityStatement',
      // The goals are copied, and the placeholder beside them asks for a target and a timeframe.
      'goals: doc.goals',
    ]);
    const goals = draft.sections.find((section) => section.id === 'goals')!.paragraphs[0]!.parts;
    expect(goals.at(-1)).toEqual({
      text: '[MISSING: measurable goal with a target and a timeframe — lmn-core/expected-benefits]',
      placeholder: { checklistId: 'lmn-core', ruleId: 'expected-benefits', what: 'measurable goal with a target and a timeframe' },
    });
  });
});

describe('pt-plan-of-care-gaps.txt (a plan of care, not a letter)', () => {
  it('is still held to every LMN component, and to Premera 8.03.502 point by point', async () => {
    const draft = await draftFrom(`${DOCS}/pt-plan-of-care-gaps.txt`);
    expect(draft.templateId).toBe('physical-therapy');
    expect(gapIds(draft)).toEqual([
      'lmn-core/frequency', 'lmn-core/duration', 'lmn-core/alternatives-tried', 'lmn-core/expected-benefits', 'plan-of-care/prognosis',
    ]);
    // Premera's goals and frequency criteria ask what the body's placeholders ask: one placeholder each, the
    // criterion stated and pointing there. The prognosis is asked by no body placeholder: it keeps its own.
    const criteria = draft.sections.find((section) => section.id === 'criteria')!.paragraphs.map((paragraph) => paragraph.parts.map((part) => part.text).join(''));
    expect(criteria).toContain('• Diagnosis-specific measurable goals: see the placeholder under “Expected benefits and goals” above.');
    expect(criteria.find((line) => line.startsWith('• Plan states frequency and duration'))).toBe('• Plan states frequency and duration: see the placeholder under “Treatment requested” above.');
  });
});

describe('chiro-lmn-cigna.txt (a payer ClaimLint has no checklist of its own for)', () => {
  it("is drafted from the chiropractic template, complete, addressing Cigna's definitions that lmn-core cites", async () => {
    const draft = await draftFrom(`${DOCS}/chiro-lmn-cigna.txt`);
    expect([draft.templateId, gapIds(draft)]).toEqual(['chiropractic', []]);
    const criteria = draft.sections.find((section) => section.id === 'criteria')!.paragraphs.map((paragraph) => paragraph.parts);
    expect(criteria[1]![0]).toMatchObject({ text: 'Medical necessity as defined in Cigna — Medical Necessity Definitions', source: { kind: 'policy', url: expect.stringContaining('cigna.com') } });
    // Each criterion's evidence was quoted in the letter's body: it refers back to that section, which quotes the field.
    expect(criteria.slice(2).map((parts) => [parts[1]!.text, parts.at(-1)!.text])).toEqual([
      ['Medical necessity statement', 'As documented above under “Why it is medically necessary”.'],
      ['Alternatives tried', 'As documented above under “Alternatives tried”.'],
    ]);
    const quotedIn = (heading: string) => draft.sections.find((section) => section.heading === heading)!.paragraphs.flatMap((paragraph) => paragraph.parts)
      .flatMap((part) => ('source' in part && part.source.kind === 'field' ? [part.source.concept] : []));
    expect(quotedIn('Why it is medically necessary')).toContain('doc.necessityStatement');
    expect(quotedIn('Alternatives tried')).toContain('doc.alternativesTried');
  });
});
