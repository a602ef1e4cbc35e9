// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_CHECKLISTS } from '../../rules/checklists';
import { checkForLetter } from '../../rules/letters/check-for-letter';
import { placeholderText } from '../../rules/letters/draft';
import { letterCheckResult } from '../../rules/letters/letter-sources';
import { BUNDLED_TEMPLATES } from '../../rules/letters/templates/index';
import { planPageWithGaps } from '../../rules/testing/sample-plan';
import { loadDescriptionsFor as loadPackagedDescriptions } from '../../cli/load-icd10cm-descriptions';
import { draftFromSources } from '../../utils/letters/draft-from-sources';
import { LetterPage } from './LetterPage';

// The packaged description chunks, read from disk the way the command line reads them (happy-dom cannot fetch
// the extension's own files).
vi.mock('../../utils/icd10cm-descriptions-loader', async () => ({ loadDescriptionsFor: (await import('../../cli/load-icd10cm-descriptions')).loadDescriptionsFor }));

const HOSTILE = '<img src=x onerror="window.hacked=1">';

const planPage = planPageWithGaps(`Quinn Fablewood ${HOSTILE}`);
const sentSources = () => JSON.parse(JSON.stringify([{ snapshot: planPage, result: letterCheckResult(checkForLetter(planPage, { checklists: BUNDLED_CHECKLISTS })) }]));
const expectedDraft = async () => (await draftFromSources({ letter: 'lmn', sources: sentSources(), templates: BUNDLED_TEMPLATES, loadDescriptions: loadPackagedDescriptions })).draft;

let container: HTMLElement;
let sendMessage: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.append(container);
  sendMessage = vi.fn(async () => ({ ok: true, data: { sources: sentSources(), titles: ['Plan of care - Example EHR'], tabIds: [7] } }));
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(sendMessage as never);
});

afterEach(() => {
  render(null, container);
  container.remove();
  vi.restoreAllMocks();
  delete (window as { hacked?: number }).hacked;
});

async function settle(until: () => boolean): Promise<void> {
  await act(async () => {
    for (let attempt = 0; attempt < 50 && !until(); attempt++) await new Promise((done) => setTimeout(done, 10));
  });
}

const button = (name: string) => [...container.querySelectorAll('button')].find((b) => b.textContent === name)!;
const gapItems = () => [...container.querySelectorAll('.gaps li')].map((li) => li.textContent);

describe('the letter page', () => {
  it('asks the background for the tab\'s checked page, drafts here, and shows it as text, placeholders highlighted, gaps listed', async () => {
    await act(async () => render(<LetterPage search="?tabId=7&type=lmn" />, container));
    await settle(() => container.querySelector('.letter-body') !== null);
    expect(sendMessage).toHaveBeenCalledWith({ type: 'claimlint/letter-sources', tabId: 7 });
    const { gaps } = await expectedDraft();
    expect(gaps.map((gap) => gap.ruleId)).toEqual(expect.arrayContaining(['expected-benefits', 'alternatives-tried']));
    expect([...container.querySelectorAll('mark.placeholder')].map((mark) => mark.textContent)).toEqual(gaps.map(placeholderText));
    expect(container.querySelector('.gaps h2')?.textContent).toBe(`${gaps.length} placeholders to fill`);
    expect(container.querySelector('.drafted-from')?.textContent).toBe('Drafted from this page: Plan of care - Example EHR');
    expect(container.querySelector('.letter-body')?.textContent).toContain('M54.50 — Low back pain, unspecified');
    expect(gapItems()).toEqual(gaps.map((gap) => `${gap.what} (${gap.checklistId}/${gap.ruleId})`));
    // Page text is shown as text, never as markup.
    expect(container.textContent).toContain(HOSTILE);
    expect(container.querySelector('.letter-body img')).toBeNull();
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });

  it('drops a placeholder from the gaps once the user writes over it, and copies the edited letter', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await act(async () => render(<LetterPage search="?tabId=7&type=lmn" />, container));
    await settle(() => container.querySelector('.letter-body') !== null);
    const { gaps } = await expectedDraft();
    // The paragraph holding the first placeholder, written over by the user with what the placeholder asked for.
    const paragraph = [...container.querySelectorAll<HTMLElement>('.letter-body [contenteditable]')].find((each) => each.querySelector('mark.placeholder'))!;
    const replaced = paragraph.querySelectorAll('mark.placeholder').length;
    await act(async () => {
      paragraph.textContent = 'The goal is to sit for 60 minutes within 6 weeks.';
      paragraph.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const left = gaps.length - replaced;
    expect(container.querySelector('.gaps h2')?.textContent).toBe(`${left} placeholder${left === 1 ? '' : 's'} to fill`);
    await act(async () => button('Copy to clipboard').click());
    const copied = writeText.mock.calls[0]![0];
    expect(copied).toContain('The goal is to sit for 60 minutes within 6 weeks.');
    expect(copied).not.toContain(placeholderText(gaps[0]!));
    expect(copied).toContain(placeholderText(gaps.at(-1)!));
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Copied the letter as plain text.');
  });

  it('in appeal mode asks for the denial first and drafts from what was typed, the denial never sent anywhere', async () => {
    await act(async () => render(<LetterPage search="?tabId=7&type=appeal" />, container));
    expect(sendMessage).not.toHaveBeenCalled();
    const input = (label: string) => [...container.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label))!.querySelector('input')!;
    await act(async () => {
      for (const [label, value] of [['Claim number', 'QF-8812'], ['Denial date', '2026-10-02'], ['Reason codes', 'CO-50'], ['Reason, as', 'not  medically necessary']] as const) {
        input(label).value = value;
        input(label).dispatchEvent(new Event('input', { bubbles: true }));
      }
    });
    await act(async () => {
      container.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await settle(() => container.querySelector('.letter-body') !== null);
    expect(sendMessage.mock.calls).toEqual([[{ type: 'claimlint/letter-sources', tabId: 7 }]]);
    expect(container.querySelector('h1')?.textContent).toBe('Appeal draft');
    expect(container.querySelector('.letter-body')?.textContent).toContain('QF-8812');
    // The biller's notes (the deadline among them) show beside the letter, never in it (Copy, downloads, Print leave them out).
    const notes = container.querySelector('.biller-notes')?.textContent ?? '';
    expect(notes).toMatch(/2027/);
    expect(container.querySelector('.letter-body')?.textContent).not.toContain(notes.slice(0, 40));
  });

  it('shows the background\'s refusal and offers to draft again', async () => {
    sendMessage.mockResolvedValueOnce({ ok: false, error: 'ClaimLint holds nothing of that page right now.' });
    await act(async () => render(<LetterPage search="?tabId=7&type=lmn" />, container));
    await settle(() => container.querySelector('[role="alert"]') !== null);
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('ClaimLint holds nothing of that page right now.');
    await act(async () => button('Draft again').click());
    await settle(() => container.querySelector('.letter-body') !== null);
    expect(container.querySelector('.letter-body')).not.toBeNull();
  });

  it('says so when it was opened without a tab', async () => {
    await act(async () => render(<LetterPage search="" />, container));
    expect(container.querySelector('[role="alert"]')?.textContent).toMatch(/No tab to draft from/);
    expect(sendMessage).not.toHaveBeenCalled();
  });
});
