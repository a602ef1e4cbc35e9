import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_CHECKLISTS } from '../../rules/checklists';
import { checkForLetter } from '../../rules/letters/check-for-letter';
import { draftLmn } from '../../rules/letters/draft-lmn';
import massage from '../../rules/letters/templates/medical-massage.json' with { type: 'json' };
import { field, snapshotOf } from '../../rules/testing/test-snapshot';
import { importPracticeTemplate, readPracticeTemplates, removePracticeTemplate, templatesForLetters } from './practice-templates';

/** A practice's own massage letter: the bundled one re-titled, its opening in the practice's words. */
function practiceMassage(id = 'harbor-massage-lmn', title = 'Harbor Bodywork — Letter of Medical Necessity'): string {
  const template = structuredClone(massage);
  template.id = id;
  template.title = title;
  template.sections[0]!.paragraphs![0]![0]!.text = 'Harbor Bodywork writes for our patient {patient.name}.';
  return JSON.stringify(template);
}

const massagePage = snapshotOf([
  field('patient.name', 'Quinn Fablewood'),
  field('claim.diagnosis', 'M62.830', { index: 'A' }),
  field('line.procedureCode', '97124', { index: 1 }),
]);

beforeEach(() => fakeBrowser.reset());

describe('a practice\'s own letter templates', () => {
  it('imports a valid template and drafts the practice\'s massage letters from it, before ClaimLint\'s own', async () => {
    const imported = await importPracticeTemplate(practiceMassage(), 'harbor.json');
    expect(imported).toMatchObject({ ok: true, data: { id: 'harbor-massage-lmn' } });
    const { templates, broken } = await templatesForLetters();
    expect(broken).toEqual([]);
    expect(templates[0]!.id).toBe('harbor-massage-lmn');
    const draft = draftLmn({ sources: [{ snapshot: massagePage, result: checkForLetter(massagePage, { checklists: BUNDLED_CHECKLISTS }) }], templates });
    expect(draft.templateId).toBe('harbor-massage-lmn');
    expect(draft.title).toBe('Harbor Bodywork — Letter of Medical Necessity');
    expect(draft.sections[0]!.paragraphs[0]!.parts.map((part) => part.text).join('')).toContain('Harbor Bodywork writes for our patient Quinn Fablewood.');
  });

  it('refuses a file that is not JSON, not a template, or takes a bundled id — saying what to fix — and keeps nothing of it', async () => {
    expect(await importPracticeTemplate('{ "id": ', 'broken.json')).toMatchObject({ ok: false, error: expect.stringMatching(/^broken\.json is not JSON/) });
    const noSections = JSON.stringify({ ...JSON.parse(practiceMassage()), sections: [] });
    expect(await importPracticeTemplate(noSections, 'empty.json')).toMatchObject({ ok: false, error: expect.stringMatching(/Letter template empty\.json is not valid: .*sections/s) });
    const badSlot = practiceMassage().replace('{patient.name}', '{patient.nickname}');
    expect(await importPracticeTemplate(badSlot, 'slot.json')).toMatchObject({ ok: false, error: expect.stringMatching(/unknown slot \{patient\.nickname\}/) });
    expect(await importPracticeTemplate(practiceMassage('medical-massage'), 'copy.json')).toMatchObject({ ok: false, error: expect.stringMatching(/id of a template ClaimLint ships/) });
    expect(await readPracticeTemplates()).toEqual({ templates: [], broken: [] });
  });

  it('replaces a template imported again with the same id, and removes one', async () => {
    await importPracticeTemplate(practiceMassage(), 'v1.json');
    await importPracticeTemplate(practiceMassage('harbor-massage-lmn', 'Harbor Bodywork — LMN (2027)'), 'v2.json');
    await importPracticeTemplate(practiceMassage('harbor-chiro-lmn', 'Harbor Chiropractic LMN'), 'chiro.json');
    expect((await readPracticeTemplates()).templates.map((template) => template.title)).toEqual(['Harbor Bodywork — LMN (2027)', 'Harbor Chiropractic LMN']);
    await removePracticeTemplate('harbor-massage-lmn');
    expect((await readPracticeTemplates()).templates.map((template) => template.id)).toEqual(['harbor-chiro-lmn']);
  });

  it('puts an administrator\'s templates first, and names one that does not pass', async () => {
    await importPracticeTemplate(practiceMassage(), 'harbor.json');
    await fakeBrowser.storage.managed.set({ letterTemplates: [JSON.parse(practiceMassage('group-massage-lmn', 'Group Practice — Massage LMN')), { id: 'broken-policy' }] });
    const { templates, broken } = await templatesForLetters();
    expect(templates.slice(0, 2).map((template) => template.id)).toEqual(['group-massage-lmn', 'harbor-massage-lmn']);
    expect(broken).toEqual([expect.stringMatching(/^Set by your administrator: Letter template "broken-policy" is not valid: .* left out until the policy is corrected\.$/s)]);
  });

  it('does not hold a letter for a policy that is slow to answer: it drafts with the others and says so', async () => {
    vi.useFakeTimers();
    try {
      vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(() => new Promise(() => {}));
      const drafting = templatesForLetters();
      await vi.advanceTimersByTimeAsync(2_000);
      const { templates, broken } = await drafting;
      expect(templates.at(-1)!.id).toBe('generic');
      expect(broken).toEqual([expect.stringMatching(/administrator's letter templates were not available yet/)]);
    } finally {
      vi.useRealTimers();
      vi.restoreAllMocks();
    }
  });

  it('leaves out a stored template that no longer passes, names it, and still drafts with the others', async () => {
    await importPracticeTemplate(practiceMassage(), 'harbor.json');
    const [entry] = (await fakeBrowser.storage.local.get('letterTemplates'))['letterTemplates'] as unknown[];
    await fakeBrowser.storage.local.set({ letterTemplates: [entry, { id: 'hand-edited', title: 'x' }] });
    const { templates, broken } = await templatesForLetters();
    expect(templates.map((template) => template.id)).toContain('harbor-massage-lmn');
    expect(templates.at(-1)!.id).toBe('generic');
    expect(broken).toEqual([expect.stringMatching(/^Letter template "hand-edited" is not valid: .* It is left out until it is imported again\.$/s)]);
  });
});
