// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { placeholderText, type LetterDraft } from '../../rules/letters/draft';
import { LetterPage } from './LetterPage';

const goalGap = { checklistId: 'lmn-core', ruleId: 'goals', what: 'measurable goal with a target and a timeframe' };
const triedGap = { checklistId: 'lmn-core', ruleId: 'alternatives-tried', what: 'treatments tried before and their outcome' };
const HOSTILE = '<img src=x onerror="window.hacked=1">';

function draft(): LetterDraft {
  return {
    type: 'lmn',
    templateId: 'lmn-general',
    title: 'Letter of Medical Necessity',
    sections: [
      { id: 'patient', heading: 'Patient', paragraphs: [{ parts: [{ text: 'Patient: ' }, { text: `Quinn Fablewood ${HOSTILE}`, source: { kind: 'field', fieldKey: 'k', concept: 'patient.name', label: 'Name' } }] }] },
      { id: 'treatment', heading: 'Treatment', paragraphs: [{ parts: [{ text: 'Goal: ' }, { text: placeholderText(goalGap), placeholder: goalGap }, { text: '. Tried: ' }, { text: placeholderText(triedGap), placeholder: triedGap }] }] },
    ],
    gaps: [goalGap, triedGap],
    enclosures: [],
  };
}

let container: HTMLElement;
let sendMessage: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.append(container);
  sendMessage = vi.fn(async (message: { letter: string; denial?: string }) =>
    message.letter === 'appeal' && !message.denial?.includes('CO-50') ? { ok: false, error: 'The denial names no reason' } : { ok: true, data: { draft: { ...draft(), type: message.letter, ...(message.letter === 'appeal' && { notes: [DEADLINE_NOTE] }) }, sources: ['Plan of care - Example EHR'] } });
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

const DEADLINE_NOTE = { id: 'deadline', heading: 'Deadline', paragraphs: [{ parts: [{ text: 'Send the appeal by 2027-03-31.' }] }] };

describe('the letter page', () => {
  it('asks the background for the tab\'s draft and shows it as text, placeholders highlighted, gaps listed', async () => {
    await act(async () => render(<LetterPage search="?tabId=7&type=lmn" />, container));
    await settle(() => container.querySelector('.letter-body') !== null);
    expect(sendMessage).toHaveBeenCalledWith({ type: 'claimlint/draft-letter', tabId: 7, letter: 'lmn' });
    expect([...container.querySelectorAll('mark.placeholder')].map((mark) => mark.textContent)).toEqual([placeholderText(goalGap), placeholderText(triedGap)]);
    expect(container.querySelector('.gaps h2')?.textContent).toBe('2 placeholders to fill');
    expect(container.querySelector('.drafted-from')?.textContent).toBe('Drafted from this page: Plan of care - Example EHR');
    expect(gapItems()).toEqual([`${goalGap.what} (lmn-core/goals)`, `${triedGap.what} (lmn-core/alternatives-tried)`]);
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
    const treatment = container.querySelector<HTMLElement>('[aria-label="Treatment, paragraph 1"]')!;
    await act(async () => {
      treatment.textContent = `Goal: sit for 60 minutes within 6 weeks. Tried: ${placeholderText(triedGap)}`;
      treatment.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(container.querySelector('.gaps h2')?.textContent).toBe('1 placeholder to fill');
    expect(gapItems()).toEqual([`${triedGap.what} (lmn-core/alternatives-tried)`]);
    await act(async () => button('Copy to clipboard').click());
    const copied = writeText.mock.calls[0]![0];
    expect(copied).toContain('Goal: sit for 60 minutes within 6 weeks.');
    expect(copied).not.toContain(placeholderText(goalGap));
    expect(copied).toContain(placeholderText(triedGap));
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Copied the letter as plain text.');
  });

  it('in appeal mode asks for the denial first and sends what was typed as "Label: value" lines', async () => {
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
    expect(sendMessage).toHaveBeenCalledWith({
      type: 'claimlint/draft-letter', tabId: 7, letter: 'appeal',
      denial: 'Claim number: QF-8812\nDenial date: 2026-10-02\nReason codes: CO-50\nReason: not medically necessary',
    });
    expect(container.querySelector('h1')?.textContent).toBe('Appeal draft');
    // The biller's notes show beside the letter, never in it (so Copy, downloads and Print leave them out).
    expect(container.querySelector('.biller-notes')?.textContent).toContain('Send the appeal by 2027-03-31.');
    expect(container.querySelector('.letter-body')?.textContent).not.toContain('Send the appeal by');
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
