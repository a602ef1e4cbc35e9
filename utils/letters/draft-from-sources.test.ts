/**
 * The letter page's drafter on sources as the background sends them (checked, then through a message's JSON):
 * the same letter as drafting beside the check, an appeal from a hand-entered denial, and refusals a user can act on.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CHECKLISTS } from '../../rules/checklists';
import { checkForLetter } from '../../rules/letters/check-for-letter';
import type { LetterDraft } from '../../rules/letters/draft';
import { draftLmn } from '../../rules/letters/draft-lmn';
import { letterCheckResult, type CheckedSource } from '../../rules/letters/letter-sources';
import { BUNDLED_TEMPLATES } from '../../rules/letters/templates/index';
import { planPageWithGaps } from '../../rules/testing/sample-plan';
import { field, snapshotOf } from '../../rules/testing/test-snapshot';
import { loadDescriptionsFor as loadPackagedDescriptions } from '../../cli/load-icd10cm-descriptions';
import { draftFromSources } from './draft-from-sources';

const planPage = planPageWithGaps();
const checkedHere = (): CheckedSource[] => [{ snapshot: planPage, result: checkForLetter(planPage, { checklists: BUNDLED_CHECKLISTS }) }];
/** As the letter page receives them: compiled rules dropped, then serialised the way extension messages are. */
const asSent = (): CheckedSource[] => JSON.parse(JSON.stringify([{ snapshot: planPage, result: letterCheckResult(checkForLetter(planPage, { checklists: BUNDLED_CHECKLISTS })) }]));
const textOf = (draft: LetterDraft) => draft.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.parts)).map((part) => part.text).join('');

describe('draftFromSources (the letter page\'s drafter)', () => {
  it('drafts from sent sources the same letter as from the check itself', async () => {
    const here = draftLmn({ sources: checkedHere(), templates: BUNDLED_TEMPLATES });
    const { draft: sent } = await draftFromSources({ letter: 'lmn', sources: asSent(), templates: BUNDLED_TEMPLATES });
    expect(sent).toEqual(here);
    expect(textOf(sent)).toContain('Quinn Fablewood');
    // Nothing on the page about goals: the letter must say what is missing, not read as complete.
    expect(sent.gaps.map((gap) => `${gap.checklistId}/${gap.ruleId}`)).toContain('lmn-core/expected-benefits');
  });

  it('drafts an appeal from a denial entered by hand, quoting its claim number', async () => {
    const denial = 'Claim number: QF-CLAIM-8812\nDenial date: 2026-10-02\nReason codes: CO-50\nReason: not medically necessary';
    const { draft } = await draftFromSources({ letter: 'appeal', sources: asSent(), templates: BUNDLED_TEMPLATES, denial });
    expect(draft.type).toBe('appeal');
    expect(textOf(draft)).toContain('QF-CLAIM-8812');
    expect(textOf(draft)).toContain('Quinn Fablewood');
  });

  it('refuses with a message the user can act on: no denial, a denial without a reason', async () => {
    const appeal = (denial?: string) => draftFromSources({ letter: 'appeal', sources: asSent(), templates: BUNDLED_TEMPLATES, ...(denial !== undefined && { denial }) });
    await expect(appeal()).rejects.toThrow(/needs the denial/);
    await expect(appeal('  ')).rejects.toThrow(/needs the denial/);
    await expect(appeal('Claim number: 1')).rejects.toThrow(/names no reason/);
  });

  it('appeals the claim of a pasted two-claim 835 that the page shows, and refuses a denial about another patient', async () => {
    const remit = readFileSync(new URL('../../test/fixtures/denials/aetna-two-claims.835', import.meta.url), 'utf8');
    // The claim page of the denied claim: its patient account number (CLM01) is the 835's CLP01.
    const claimPage = snapshotOf([field('patient.name', 'Alex Sample'), field('patient.memberId', 'ZZX000111222'), field('patient.accountNumber', 'SYN-ACCT-0001'), field('claim.diagnosis', 'M54.50', { index: 'A' })]);
    const sources = JSON.parse(JSON.stringify([{ snapshot: claimPage, result: letterCheckResult(checkForLetter(claimPage, { checklists: BUNDLED_CHECKLISTS })) }]));
    const { draft, notices } = await draftFromSources({ letter: 'appeal', sources, templates: BUNDLED_TEMPLATES, denial: remit, sourceNames: ['Claim SYN-ACCT-0001'] });
    expect(textOf(draft)).toContain('SYN-ACCT-0001');
    expect(textOf(draft)).not.toContain('SYN-ACCT-0002');
    expect(notices).toEqual([]);
    // The plan page is Quinn Fablewood's (member QFW-5531-TEST): neither claim of this 835 is his.
    await expect(draftFromSources({ letter: 'appeal', sources: asSent(), templates: BUNDLED_TEMPLATES, denial: remit, sourceNames: ['Plan of care'] }))
      .rejects.toThrow(/^The denial: holds 2 claims/);
    const otherMember = 'Claim number: QF-CLAIM-8812\nMember ID: ZZX000111222\nDenial date: 2026-10-02\nReason codes: CO-50';
    await expect(draftFromSources({ letter: 'appeal', sources: asSent(), templates: BUNDLED_TEMPLATES, denial: otherMember, sourceNames: ['Plan of care'] }))
      .rejects.toThrow("The denial: the denial's member ID is not the one in Plan of care");
  });

  it('drafts a typed denial that nothing ties to the page, and says to check it', async () => {
    const { notices } = await draftFromSources({ letter: 'appeal', sources: asSent(), templates: BUNDLED_TEMPLATES, denial: 'Denial date: 2026-10-02\nReason codes: CO-50' });
    expect(notices).toEqual([expect.stringMatching(/^Nothing in the denial .* check that it is this claim's denial before you send the appeal\.$/)]);
  });

  it('writes each diagnosis with its official description, loading only its codes; without the table, as written', async () => {
    const asked: string[][] = [];
    const loadDescriptions = async (codes: readonly string[]) => {
      asked.push([...codes]);
      return loadPackagedDescriptions(codes);
    };
    const { draft: described } = await draftFromSources({ letter: 'lmn', sources: asSent(), templates: BUNDLED_TEMPLATES, loadDescriptions });
    expect(asked).toEqual([['M54.50']]);
    const part = described.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.parts)).find((each) => each.text === 'Low back pain, unspecified');
    expect(part).toMatchObject({ source: { kind: 'code-table', table: 'icd10cm', code: 'M54.50' } });
    const { draft: unread } = await draftFromSources({ letter: 'lmn', sources: asSent(), templates: BUNDLED_TEMPLATES, loadDescriptions: async () => undefined });
    expect(textOf(unread)).toContain('M54.50');
    expect(textOf(unread)).not.toContain('Low back pain');
  });
});
