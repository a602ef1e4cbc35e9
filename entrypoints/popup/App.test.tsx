// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Finding } from '../../rules/schema';
import type { PageContextView, Reply, TabResult } from '../../utils/messages';
import { siteChoices } from '../../utils/site-choices';
import { App } from './App';

const TAB_ID = 7;

const citation = {
  policy: 'Sample Payer Outpatient Therapy Policy',
  section: 'Documentation requirements',
  url: 'https://example.org/policies/outpatient-therapy',
  date: '2025-01-15',
};

function finding(overrides: Partial<Finding> & Pick<Finding, 'ruleId' | 'status'>): Finding {
  return {
    checklistId: 'sample-pt',
    title: `Rule ${overrides.ruleId}`,
    severity: 'moderate',
    concept: null,
    index: null,
    fieldKey: null,
    message: `Message for ${overrides.ruleId}`,
    why: `Why ${overrides.ruleId}`,
    fix: `Fix ${overrides.ruleId}`,
    source: 'Sample Payer Outpatient Therapy Policy, Documentation requirements, 2025-01-15, https://example.org/policies/outpatient-therapy',
    citation,
    ...overrides,
  };
}

function sampleResult(overrides: Partial<TabResult> = {}): TabResult {
  return {
    tabId: TAB_ID,
    url: 'http://127.0.0.1/claim.html',
    title: 'Sample claim form',
    checkedAt: '2026-11-22T10:15:00.000Z',
    fieldCount: 12,
    checklists: [
      {
        id: 'sample-pt',
        title: 'Outpatient physical therapy',
        payer: 'Sample Payer',
        service: 'Physical therapy',
        vintage: '2025-02-01',
        source: citation,
      },
    ],
    findings: [
      finding({ ruleId: 'minor-gap', status: 'fail', severity: 'minor', fieldKey: 'units-1', frameId: 0 }),
      finding({ ruleId: 'critical-gap', status: 'fail', severity: 'critical', fieldKey: 'npi', frameId: 2 }),
      finding({ ruleId: 'passes-1', status: 'pass', fieldKey: 'dob', frameId: 0 }),
      finding({ ruleId: 'serious-gap', status: 'fail', severity: 'serious', fieldKey: 'goals', frameId: 0 }),
      finding({ ruleId: 'no-signature', status: 'cantTell', severity: 'serious', concept: 'provider.signature' }),
      finding({ ruleId: 'not-relevant', status: 'notApplicable' }),
      finding({ ruleId: 'passes-2', status: 'pass' }),
    ],
    ...overrides,
  };
}

type Message = { type: string; tabId: number };
let container: HTMLElement;

/**
 * Answers the popup's messages like the background would: a check stores `result` (default: the sample) in
 * storage.session, where the popup reads it, and answers only "started". `stored` is there before the popup opens.
 * Returns the spy to inspect what was asked.
 */
async function answerBackground(answers: {
  check?: (message: Message) => Promise<Reply<null>>;
  result?: TabResult;
  stored?: TabResult;
}) {
  if (answers.stored) await fakeBrowser.storage.session.set({ [`tabResult:${TAB_ID}`]: answers.stored });
  return vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: Message) => {
    // Choosing re-checks the tab; what it stores then is up to the test.
    if (message.type === 'claimlint/set-choice') return { ok: true, data: null };
    if (message.type === 'claimlint/check-tab') {
      if (answers.check) return answers.check(message);
      await fakeBrowser.storage.session.set({ [`tabResult:${message.tabId}`]: answers.result ?? sampleResult({ tabId: message.tabId }) });
      return { ok: true, data: null };
    }
    throw new Error(`unexpected message ${message.type}`);
  }) as never);
}

async function openPopup(search = `?tabId=${TAB_ID}`) {
  await act(() => {
    render(<App search={search} />, container);
  });
}

const query = (selector: string) => container.querySelector(selector);
const queryAll = (selector: string) => [...container.querySelectorAll(selector)];
const text = (selector: string) => query(selector)?.textContent ?? null;
const ruleIds = (group: string) =>
  queryAll(`[data-group="${group}"] [data-rule-id]`).map((item) => item.getAttribute('data-rule-id'));

async function until(assertion: () => void) {
  await vi.waitFor(async () => {
    await act(async () => {});
    assertion();
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
  vi.restoreAllMocks();
});

describe('popup', () => {
  it('shows counts and groups for a result', async () => {
    await answerBackground({});
    await openPopup();
    await until(() => expect(text('[data-count="fail"]')).toBe('3'));

    expect(text('[data-count="cantTell"]')).toBe('1');
    expect(text('[data-count="pass"]')).toBe('2');
    expect(queryAll('[data-group]').map((group) => group.getAttribute('data-group'))).toEqual([
      'fail',
      'cantTell',
      'pass',
    ]);
    expect(ruleIds('cantTell')).toEqual(['no-signature']);
    expect(ruleIds('pass')).toEqual(['passes-1', 'passes-2', 'not-relevant']);
    expect(query('[data-rule-id="not-relevant"]')?.textContent).toContain('Not applicable');
    expect(text('.page-title')).toBe('Sample claim form');
    // The checklists are one line above the list; "change" opens the selectors and each checklist's source.
    expect(text('.checked-against-names')).toBe('Checked against Outpatient physical therapy');
    expect(query('.checklists')).toBeNull();
    await act(() => (query('.checked-against-change') as HTMLButtonElement).click());
    expect(query('.checked-against-change')?.getAttribute('aria-expanded')).toBe('true');
    const policyLink = query('.checklists a') as HTMLAnchorElement;
    expect(policyLink.href).toBe(citation.url);
    expect(policyLink.target).toBe('_blank');
    expect(policyLink.rel).toBe('noreferrer');
  });

  it('opens the letter page for this tab from "Draft letter" and, in appeal mode, from "Draft appeal"', async () => {
    await answerBackground({});
    await openPopup();
    await until(() => expect(text('[data-count="fail"]')).toBe('3'));
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const button = (name: string) => queryAll('button').find((b) => b.textContent === name) as HTMLButtonElement;
    await act(() => button('Draft letter').click());
    await act(() => button('Draft appeal').click());
    const opened = create.mock.calls.map(([properties]) => new URL(properties.url!));
    expect(opened.map((url) => url.pathname)).toEqual(['/letter.html', '/letter.html']);
    expect(opened.map((url) => [url.searchParams.get('tabId'), url.searchParams.get('type')])).toEqual([[String(TAB_ID), 'lmn'], [String(TAB_ID), 'appeal']]);
  });

  it('says Invalid for a value present but wrong and Missing for an empty box', async () => {
    const result = sampleResult({ findings: [
      finding({ ruleId: 'billing-npi', status: 'fail', severity: 'serious', fieldKey: 'npi', frameId: 0, problem: 'invalid',
        message: "Billing provider NPI (box 33a) '1234567890' fails the NPI check digit" }),
      finding({ ruleId: 'member-id', status: 'fail', severity: 'critical', fieldKey: 'member', frameId: 0, problem: 'missing' }),
      finding({ ruleId: 'older-result', status: 'fail', severity: 'minor', fieldKey: 'units-1', frameId: 0 }),
    ] });
    await answerBackground({ result });
    await openPopup();
    await until(() => expect(ruleIds('fail')).toEqual(['member-id', 'billing-npi', 'older-result']));
    const word = (ruleId: string) => query(`[data-rule-id="${ruleId}"] .finding-problem`)?.textContent;
    expect(word('billing-npi')).toBe('Invalid');
    expect(word('member-id')).toBe('Missing');
    // A result stored before fails carried the word still reads as before.
    expect(word('older-result')).toBe('Missing');
    expect(text('[data-group="fail"] .group-heading')).toBe('3 to fix');
  });

  it('lists items to fix worst first, one line each (what, field, fix), with why, evidence and source on request', async () => {
    const result = sampleResult({ findings: [
      finding({ ruleId: 'minor-gap', status: 'fail', severity: 'minor', fieldKey: 'f2', frameId: 0 }),
      finding({ ruleId: 'units', status: 'fail', severity: 'critical', fieldKey: 'f40', frameId: 0, concept: 'line.units', index: 2,
        fix: 'Bill 2 units for 38 minutes. The 8-minute rule counts total timed minutes.' }),
      finding({ ruleId: 'npi', status: 'fail', severity: 'critical', fieldKey: 'f9', frameId: 0 }),
      finding({ ruleId: 'serious-gap', status: 'fail', severity: 'serious', fieldKey: 'f1', frameId: 0 }),
    ] });
    await answerBackground({ result });
    await openPopup();
    // Critical first; within a severity, the page's field order (f9 before f40), not the rules' order.
    await until(() => expect(ruleIds('fail')).toEqual(['npi', 'units', 'serious-gap', 'minor-gap']));

    const item = query('[data-rule-id="units"]')!;
    expect(item.getAttribute('data-status')).toBe('fail');
    expect(item.getAttribute('data-field-key')).toBe('f40');
    expect(item.querySelector('.finding-title')?.textContent).toBe('Message for units');
    // The field with its line, and only the fix's first sentence: the rest is in the details.
    expect(item.querySelector('.finding-line')?.textContent).toBe('Units (24G), line 2 · Bill 2 units for 38 minutes.');
    expect(item.textContent).not.toContain('Why units');
    expect(item.textContent).not.toContain('Sample Payer Outpatient Therapy Policy');
    expect(item.querySelector('.go-to-field')?.getAttribute('aria-label')).toBe('Go to field: Units (24G), line 2');

    const toggle = item.querySelector('.finding-toggle') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const details = item.querySelector('.finding-details')!;
    expect(details.hasAttribute('hidden')).toBe(false);
    expect(details.textContent).toContain('Rule units');
    expect(details.textContent).toContain('Why:');
    expect(details.textContent).toContain('Why units');
    expect(details.textContent).toContain('The 8-minute rule counts total timed minutes.');
    expect(details.textContent).toContain('Sample Payer Outpatient Therapy Policy');
    // Only the opened item shows a citation: it is not repeated on every item.
    expect(queryAll('[data-group="fail"] .finding-source')).toHaveLength(1);
  });

  it('says which field a cant-tell item could not find', async () => {
    await answerBackground({});
    await openPopup();
    await until(() => expect(query('[data-rule-id="no-signature"]')).not.toBeNull());

    expect(text('[data-rule-id="no-signature"] .finding-title')).toBe('Provider signature');
    // What ClaimLint could not find and what the user can do, once, in words: teach the field.
    expect(text('[data-rule-id="no-signature"] .finding-line')).toBe(
      'Not found on this page. If it is here, right-click it and choose “ClaimLint: this field is…”.',
    );
    expect(query('[data-rule-id="no-signature"] .go-to-field')).toBeNull();
    await act(() => (query('[data-rule-id="no-signature"] .finding-toggle') as HTMLButtonElement).click());
    expect(text('[data-rule-id="no-signature"] .finding-not-found')).toBe('Field not found on this page: Provider signature.');
  });

  it('keeps the passed group collapsed', async () => {
    await answerBackground({});
    await openPopup();
    await until(() => expect(query('[data-group="pass"]')).not.toBeNull());

    const details = query('[data-group="pass"] details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('Passed (2) · not applicable (1)');
  });

  it('renders hostile page text as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const result = sampleResult({
      title: hostile,
      findings: [finding({ ruleId: 'hostile', status: 'fail', message: hostile, fieldKey: 'x', frameId: 0 })],
    });
    await answerBackground({ result });
    await openPopup();
    await until(() => expect(query('[data-rule-id="hostile"]')).not.toBeNull());
    await act(() => (query('[data-rule-id="hostile"] .finding-toggle') as HTMLButtonElement).click());

    expect(query('img')).toBeNull();
    expect(text('[data-rule-id="hostile"] .finding-title')).toBe(hostile);
    expect(text('.page-title')).toBe(hostile);
  });

  it('sends focus-field to the frame that holds the field, and stays open when pinned to a tab', async () => {
    await answerBackground({});
    const sendToTab = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined as never);
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    await openPopup();
    await until(() => expect(query('[data-rule-id="critical-gap"] .go-to-field')).not.toBeNull());

    const button = query('[data-rule-id="critical-gap"] .go-to-field') as HTMLButtonElement;
    expect(button.getAttribute('aria-label')).toBe('Go to field: Rule critical-gap');
    await act(() => button.click());

    expect(sendToTab).toHaveBeenCalledWith(TAB_ID, { type: 'claimlint/focus-field', fieldKey: 'npi' }, { frameId: 2 });
    expect(close).not.toHaveBeenCalled();
  });

  it('says which wizard step a gap is on, and offers no "Go to field" for a field not on screen', async () => {
    const result = sampleResult({
      findings: [finding({ ruleId: 'prior-auth', status: 'fail', severity: 'serious', fieldKey: 'auth', step: 'Authorization' })],
    });
    await answerBackground({ result });
    const sendToTab = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined as never);
    await openPopup();
    await until(() => expect(query('[data-rule-id="prior-auth"]')).not.toBeNull());

    expect(text('[data-rule-id="prior-auth"] .finding-step')).toBe('On the Authorization step, not on screen. Go to the Authorization step to fix it.');
    expect(query('[data-rule-id="prior-auth"] .go-to-field')).toBeNull();
    expect(sendToTab).not.toHaveBeenCalled();
  });

  it('checks the active tab and closes after "Go to field" when opened as a popup', async () => {
    // The fake browser has no current window, so the active-tab query is answered here.
    const tab = { id: 42 };
    const queryTabs = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab] as never);
    const sendMessage = await answerBackground({});
    const sendToTab = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined as never);
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    await openPopup('');
    await until(() => expect(query('[data-rule-id="serious-gap"] .go-to-field')).not.toBeNull());
    expect(queryTabs).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(sendMessage).toHaveBeenCalledWith({ type: 'claimlint/check-tab', tabId: tab.id });

    await act(() => (query('[data-rule-id="serious-gap"] .go-to-field') as HTMLButtonElement).click());

    expect(sendToTab).toHaveBeenCalledWith(tab.id, { type: 'claimlint/focus-field', fieldKey: 'goals' }, { frameId: 0 });
    await until(() => expect(close).toHaveBeenCalledOnce());
  });

  it('shows why a page cannot be checked', async () => {
    await answerBackground({ check: async () => ({ ok: false, error: 'Cannot access a chrome:// URL' }) });
    await openPopup();
    await until(() => expect(query('.status-error')).not.toBeNull());

    expect(text('[role="status"]')).toBe("ClaimLint can't check this page: Cannot access a chrome:// URL");
    expect(query('[data-group]')).toBeNull();
  });

  it('asks again once when the background stopped mid-check, and never shows the browser\'s words', async () => {
    const channelClosed = new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received');
    let calls = 0;
    await answerBackground({
      check: async () => {
        calls++;
        if (calls === 1) throw channelClosed;
        await fakeBrowser.storage.session.set({ [`tabResult:${TAB_ID}`]: sampleResult() });
        return { ok: true, data: null };
      },
    });
    await openPopup();
    await until(() => expect(text('[data-count="fail"]')).toBe('3'));
    expect(calls).toBe(2);
    expect(container.textContent).not.toContain('message channel');
  });

  it('says in its own words when the background does not answer at all', async () => {
    await answerBackground({ check: async () => { throw new Error('Could not establish connection. Receiving end does not exist.'); } });
    await openPopup();
    await until(() => expect(query('.status-error')).not.toBeNull());
    expect(text('[role="status"]')).toBe("ClaimLint can't check this page: its background stopped before it answered. Press Check again.");
  });

  it('does not repeat the background\'s own "can\'t read this page" prefix', async () => {
    await answerBackground({ check: async () => ({ ok: false, error: "ClaimLint can't read this page: browser pages are off limits." }) });
    await openPopup();
    await until(() => expect(query('.status-error')).not.toBeNull());

    expect(text('[role="status"]')).toBe("ClaimLint can't check this page: browser pages are off limits.");
  });

  it('says so when "Go to field" cannot reach the page, and stays open', async () => {
    await answerBackground({});
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 42 }] as never);
    await openPopup('');
    await until(() => expect(query('[data-rule-id="minor-gap"] .go-to-field')).not.toBeNull());

    await act(() => (query('[data-rule-id="minor-gap"] .go-to-field') as HTMLButtonElement).click());

    // The browser's own words never reach the user.
    await until(() => expect(text('.status-message')).toBe("Couldn't go to the field: the page no longer answers (it may have been reloaded or closed). Press Check again."));
    expect(close).not.toHaveBeenCalled();
  });

  it('says so when the page has no claim fields', async () => {
    await answerBackground({ result: sampleResult({ fieldCount: 0, checklists: [], findings: [] }) });
    await openPopup();
    await until(() =>
      expect(text('[role="status"]')).toMatch(/^No claim or documentation fields found on this page\. .*Right-click a field/),
    );
    expect(query('[data-group]')).toBeNull();
  });

  it('shows the stored result at once while the check is still running, with a small "checking…" beside it', async () => {
    await answerBackground({ stored: sampleResult(), check: () => new Promise(() => {}) });
    await openPopup();
    await until(() => expect(text('[data-count="fail"]')).toBe('3'));
    expect(text('.checking')).toBe('checking…');
    // Nothing replaces or pushes down the list being read.
    expect(query('.status-message')).toBeNull();
    expect(ruleIds('fail')).toEqual(['critical-gap', 'serious-gap', 'minor-gap']);
  });

  it('keeps the result on screen through "Check again" and updates it in place', async () => {
    let answer: (reply: Reply<null>) => void = () => {};
    let checks = 0;
    await answerBackground({
      stored: sampleResult(),
      check: async () => {
        checks++;
        if (checks > 1) return new Promise((resolve) => { answer = resolve; });
        await fakeBrowser.storage.session.set({ [`tabResult:${TAB_ID}`]: sampleResult({ checkedAt: '2026-11-22T10:16:00.000Z' }) });
        return { ok: true, data: null };
      },
    });
    await openPopup();
    await until(() => expect(text('.checking')).toBe(''));
    const before = query('[data-rule-id="critical-gap"]');
    await act(() => (query('.check-again') as HTMLButtonElement).click());
    expect(text('.checking')).toBe('checking…');
    expect(query('[data-rule-id="critical-gap"]')).toBe(before);
    // The fresh result replaces the items in place: the same element for the same gap.
    await fakeBrowser.storage.session.set({ [`tabResult:${TAB_ID}`]: sampleResult({ checkedAt: '2026-11-22T10:20:00.000Z' }) });
    await until(() => expect(text('.checking')).toBe(''));
    expect(query('[data-rule-id="critical-gap"]')).toBe(before);
    // A re-check that fails leaves the result where it is and says why it is not newer.
    await act(() => (query('.check-again') as HTMLButtonElement).click());
    await act(() => answer({ ok: false, error: 'The tab was closed' }));
    await until(() => expect(text('.status-message')).toBe("Couldn't check again: The tab was closed"));
    expect(ruleIds('fail')).toEqual(['critical-gap', 'serious-gap', 'minor-gap']);
  });

  it('follows storage.session as the user edits the page', async () => {
    await answerBackground({});
    await openPopup();
    await until(() => expect(text('[data-count="fail"]')).toBe('3'));

    const edited = sampleResult({
      checkedAt: '2026-11-22T10:16:00.000Z',
      findings: [finding({ ruleId: 'critical-gap', status: 'pass' })],
    });
    await fakeBrowser.storage.session.set({ [`tabResult:${TAB_ID}`]: edited });

    await until(() => expect(text('[data-count="fail"]')).toBe('0'));
    expect(text('[data-count="pass"]')).toBe('1');
    expect(text('[data-group="fail"] .group-empty')).toBe('Nothing missing.');
  });

  it('checks again on request', async () => {
    const sendMessage = await answerBackground({});
    await openPopup();
    await until(() => expect(text('[data-count="fail"]')).toBe('3'));

    await act(() => (query('.check-again') as HTMLButtonElement).click());

    const checks = sendMessage.mock.calls.filter(([message]) => (message as unknown as Message).type === 'claimlint/check-tab');
    expect(checks).toHaveLength(2);
  });
});

describe('asking what the page is before counting', () => {
  const context = (choice: NonNullable<PageContextView['choice']>): PageContextView => ({
    payer: choice.payer ? { id: choice.payer, title: 'Aetna', evidence: 'only the page address or title', certain: choice.certain } : null,
    services: [],
    kind: { id: 'plan-of-care', title: 'Plan of care', evidence: 'the heading “Plan of Care”', certain: true },
    choice,
    chosen: { payer: null, service: null, kind: null },
  });
  const guessed = (overrides: Partial<TabResult> = {}) =>
    sampleResult({
      url: 'https://emr.example/patients/1/poc',
      findings: [finding({ ruleId: 'passes-1', status: 'pass' })],
      context: context({
        payer: 'aetna',
        kind: 'plan-of-care',
        certain: false,
        evidence: 'payer guessed from only the page address or title; kind from the heading “Plan of Care”',
      }),
      ...overrides,
    });
  const questionText = () => text('.choice-question');

  it('asks "Who is this claim for?" instead of showing counts or "Nothing missing" when the payer is a guess', async () => {
    await answerBackground({ result: guessed() });
    await openPopup();
    await until(() => expect(questionText()).toContain('Who is this claim for?'));
    expect(questionText()).toContain('Check this page as …');
    expect(text('[role="status"]')).toMatch(/not sure what this page is \(payer guessed from only the page address or title;/);
    expect(container.textContent).not.toContain('Nothing missing');
    expect(query('[data-count]')).toBeNull();
    expect(query('[data-group]')).toBeNull();
    // The likely answers come first, already selected.
    const payer = query('select[name="payer"]') as HTMLSelectElement;
    expect(payer.value).toBe('aetna');
    expect(payer.querySelector('optgroup[label="Likely"] option')?.getAttribute('value')).toBe('aetna');
    expect((query('select[name="kind"]') as HTMLSelectElement).value).toBe('plan-of-care');
  });

  it('asks too when fields were found but no checklist applies', async () => {
    await answerBackground({ result: sampleResult({ checklists: [], findings: [] }) });
    await openPopup();
    await until(() => expect(questionText()).toContain('Who is this claim for?'));
    expect(text('[role="status"]')).toMatch(/none of its checklists fits/);
    expect(container.textContent).not.toContain('Nothing missing');
  });

  it('sends the answer as set-choice and remembers it for the site, ids only', async () => {
    const sendMessage = await answerBackground({ result: guessed() });
    await openPopup();
    await until(() => expect(questionText()).toContain('Who is this claim for?'));
    const payer = query('select[name="payer"]') as HTMLSelectElement;
    await act(() => {
      payer.value = 'medicare';
      payer.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(() => (query('.choice-check') as HTMLButtonElement).click());
    await until(() =>
      expect(sendMessage.mock.calls.map(([message]) => message)).toContainEqual({
        type: 'claimlint/set-choice',
        tabId: TAB_ID,
        payer: 'medicare',
        service: null,
        kind: 'plan-of-care',
      }),
    );
    expect(await siteChoices.getValue()).toEqual([{ site: 'https://emr.example', payer: 'medicare', kind: 'plan-of-care' }]);
  });

  it('shows the list as before when the choice is certain', async () => {
    const certain = sampleResult({
      context: context({ payer: 'aetna', kind: 'plan-of-care', certain: true, evidence: 'payer from payer field “Aetna”; kind from the heading “Plan of Care”' }),
    });
    await answerBackground({ result: certain });
    await openPopup();
    await until(() => expect(text('[data-count="fail"]')).toBe('3'));
    expect(query('.choice-question')).toBeNull();
    expect(ruleIds('fail')).toEqual(['critical-gap', 'serious-gap', 'minor-gap']);
  });

  it('offers "Check as …" when no fields were found', async () => {
    const sendMessage = await answerBackground({ result: sampleResult({ fieldCount: 0, checklists: [], findings: [] }) });
    await openPopup();
    await until(() => expect(text('.choice-check')).toBe('Check as …'));
    expect(text('[role="status"]')).toMatch(/^No claim or documentation fields found on this page\./);
    for (const [name, value] of [['payer', 'regence'], ['kind', 'daily-note']] as const) {
      const select = query(`select[name="${name}"]`) as HTMLSelectElement;
      await act(() => {
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
    }
    await act(() => (query('.choice-check') as HTMLButtonElement).click());
    await until(() =>
      expect(sendMessage.mock.calls.map(([message]) => message)).toContainEqual(
        expect.objectContaining({ type: 'claimlint/set-choice', payer: 'regence', kind: 'daily-note' }),
      ),
    );
  });
});

describe('the to-do list', () => {
  const checkedAs = (kind: string): PageContextView => ({
    payer: null,
    services: [],
    kind: { id: kind, title: kind === 'professional-claim' ? 'Professional claim (CMS-1500)' : 'Plan of care', evidence: 'the heading', certain: true },
    choice: { payer: 'other', kind, certain: true, evidence: 'kind from the heading' },
    chosen: { payer: null, service: null, kind: null },
  });
  // What a payer's therapy checklist leaves on a claim page: goals and plan dates only a plan of care holds (two
  // rules need the long-term goals), one claim box not found, and gaps to fix.
  const documentationGaps = [
    finding({ ruleId: 'poc-long-term-goals', status: 'cantTell', severity: 'critical', concept: 'doc.longTermGoals' }),
    finding({ ruleId: 'plan-goals', status: 'cantTell', severity: 'serious', concept: 'doc.longTermGoals' }),
    finding({ ruleId: 'poc-frequency', status: 'cantTell', severity: 'critical', concept: 'doc.frequencyDuration' }),
    finding({ ruleId: 'certified', status: 'cantTell', severity: 'critical', concept: 'cert.signatureDate' }),
    finding({ ruleId: 'session-time', status: 'cantTell', severity: 'serious', concept: 'visit.startTime' }),
  ];
  const withGaps = (kind: string) =>
    sampleResult({
      context: checkedAs(kind),
      findings: [
        ...documentationGaps,
        finding({ ruleId: 'prior-auth', status: 'cantTell', severity: 'minor', concept: 'claim.priorAuthNumber' }),
        finding({ ruleId: 'pointer', status: 'fail', severity: 'critical', fieldKey: 'f30', frameId: 0, concept: 'line.diagnosisPointer', index: 2 }),
        finding({ ruleId: 'referring', status: 'fail', severity: 'serious', fieldKey: 'f12', frameId: 0 }),
        finding({ ruleId: 'rendering', status: 'fail', severity: 'moderate', fieldKey: 'f41', frameId: 0 }),
      ],
    });

  it('on a claim page, says in one line that documentation items are checked on the documents, and lists them on request', async () => {
    await answerBackground({ result: withGaps('professional-claim') });
    await openPopup();
    await until(() => expect(ruleIds('fail')).toEqual(['pointer', 'referring', 'rendering']));

    // Only the claim's own box is a can't-tell item; the documentation is one line, never a pass.
    expect(queryAll('[data-group="cantTell"] > ul [data-rule-id]').map((item) => item.getAttribute('data-rule-id'))).toEqual(['prior-auth']);
    expect(text('.elsewhere-line')).toBe('4 documentation items are checked on the plan of care or visit note, not the claim. Show them');
    // The count stays visible: every distinct thing ClaimLint could not tell, the collapsed ones included.
    expect(text('[data-count="cantTell"]')).toBe('5');
    expect(text('[data-group="cantTell"] .group-heading')).toBe("Can't tell (5)");
    expect(query('[data-status="pass"][data-rule-id="poc-long-term-goals"]')).toBeNull();

    const show = query('.elsewhere-line button') as HTMLButtonElement;
    expect(show.getAttribute('aria-expanded')).toBe('false');
    await act(() => show.click());
    expect(show.getAttribute('aria-expanded')).toBe('true');
    // The long-term goals once, though two rules need them; the rule that stands for it is the worst.
    expect(queryAll('#elsewhere-list [data-rule-id]').map((item) => item.getAttribute('data-rule-id'))).toEqual([
      'poc-long-term-goals', 'poc-frequency', 'certified', 'session-time',
    ]);
    expect(text('#elsewhere-list [data-rule-id="poc-long-term-goals"] .finding-advice-line')).toBe(' Open the plan of care to check it.');
    await act(() => (query('#elsewhere-list [data-rule-id="poc-long-term-goals"] .finding-toggle') as HTMLButtonElement).click());
    expect(text('#elsewhere-list [data-rule-id="poc-long-term-goals"] .finding-also')).toBe('Also needed by: Rule plan-goals.');
  });

  it('on a plan of care, lists the same documentation items as can\'t tell, each once, with what to do', async () => {
    await answerBackground({ result: withGaps('plan-of-care') });
    await openPopup();
    await until(() => expect(ruleIds('fail')).toEqual(['pointer', 'referring', 'rendering']));

    expect(query('.elsewhere-line')).toBeNull();
    expect(ruleIds('cantTell')).toEqual(['poc-long-term-goals', 'poc-frequency', 'certified', 'session-time', 'prior-auth']);
    expect(text('[data-count="cantTell"]')).toBe('5');
    expect(text('[data-rule-id="poc-long-term-goals"] .finding-line')).toBe(
      'Not found on this page. Add it, or if it is here, right-click it and choose “ClaimLint: this field is…”. Not a plan of care? Choose the kind (change, above).',
    );
  });

  it('moves through the gaps with the arrow keys and goes to the field with Enter', async () => {
    await answerBackground({ result: withGaps('professional-claim') });
    const sendToTab = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined as never);
    await openPopup();
    await until(() => expect(ruleIds('fail')).toEqual(['pointer', 'referring', 'rendering']));

    const gaps = () => queryAll('li[data-gap]') as HTMLElement[];
    // One gap is in the tab order at a time: the first.
    expect(gaps().map((item) => item.tabIndex)).toEqual([0, -1, -1, -1]);
    const press = (key: string) => act(() => {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    });
    gaps()[0]!.focus();
    await press('ArrowDown');
    expect(document.activeElement?.getAttribute('data-rule-id')).toBe('referring');
    await press('ArrowDown');
    await press('ArrowDown');
    expect(document.activeElement?.getAttribute('data-rule-id')).toBe('prior-auth');
    // The last gap stays the last.
    await press('ArrowDown');
    expect(document.activeElement?.getAttribute('data-rule-id')).toBe('prior-auth');
    await press('ArrowUp');
    await press('ArrowUp');
    expect(document.activeElement?.getAttribute('data-rule-id')).toBe('referring');
    expect(gaps().map((item) => item.tabIndex)).toEqual([-1, 0, -1, -1]);

    await press('Enter');
    expect(sendToTab).toHaveBeenCalledWith(TAB_ID, { type: 'claimlint/focus-field', fieldKey: 'f12' }, { frameId: 0 });
    // A can't-tell has no field to go to: Enter opens what it is about instead.
    await press('End');
    await press('Enter');
    expect(query('[data-rule-id="prior-auth"] .finding-toggle')?.getAttribute('aria-expanded')).toBe('true');
  });
});
