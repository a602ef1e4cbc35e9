// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Finding } from '../../rules/schema';
import type { ClaimEntry, ClaimFileView, TabResult } from '../../utils/messages';
import { App } from './App';
import { askReason } from './ChoiceQuestion';
import { claimFileSummary, claimLabel } from './claim-file-words';

const TAB_ID = 4;
const citation = { policy: 'CMS-1500 basics', url: 'https://example.org/cms1500', date: '2026-01-01' };

function finding(overrides: Partial<Finding> & Pick<Finding, 'ruleId' | 'status'>): Finding {
  return {
    checklistId: 'cms1500-basics', title: `Rule ${overrides.ruleId}`, severity: 'critical', concept: null, index: null,
    fieldKey: null, message: `Message for ${overrides.ruleId}`, why: 'Why', fix: 'Fix', source: 'CMS-1500 basics', citation,
    ...overrides,
  };
}

const entry = (position: number, claimId: string | null, more: Partial<ClaimEntry> = {}): ClaimEntry => ({
  position, claimId, title: `FHIR Claim ${position} of 3 (professional, claim)`, fail: 0, cantTell: 1, unsure: false, ...more,
});

const CLAIMS = [entry(1, 'PCN-3310'), entry(2, 'PCN-4471', { fail: 1 }), entry(3, null, { notChecked: 'ClaimLint checks professional claims; this is an institutional claim' })];

function fileResult(selected: number, findings: Finding[]): TabResult {
  const view: ClaimFileView = { format: 'fhir-json', claims: CLAIMS, selected, more: false, notices: [] };
  const checked = CLAIMS[selected - 1]!.notChecked === undefined;
  return {
    tabId: TAB_ID, url: 'http://127.0.0.1/two-claims.json', title: 'two-claims.json', checkedAt: new Date().toISOString(),
    fieldCount: checked ? 23 : 0,
    checklists: checked ? [{ id: 'cms1500-basics', title: 'CMS-1500', payer: 'any', service: 'any', vintage: '2026', source: citation }] : [],
    findings: checked ? findings : [],
    ...(checked && { context: { payer: null, services: [], chosen: { payer: null, service: null }, choice: { payer: 'aetna', kind: 'professional-claim', certain: true, evidence: 'read' } } }),
    claimFile: view,
  };
}

const FIRST = fileResult(1, [finding({ ruleId: 'signature', status: 'cantTell', concept: 'provider.signature', fieldKey: null }), finding({ ruleId: 'npi', status: 'pass', fieldKey: 'f3' })]);
const SECOND = fileResult(2, [finding({ ruleId: 'diagnosis-pointers', status: 'fail', fieldKey: 'f12', index: 2, message: 'Service line 2 has no diagnosis pointer' })]);
const THIRD = fileResult(3, []);

let container: HTMLElement;
const query = (selector: string) => container.querySelector(selector);

/** The background: a check stores the selected claim's result; choosing a claim selects it, then checks. */
function answerBackground() {
  const results = [FIRST, SECOND, THIRD];
  let selected = 1;
  return vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { type: string; tabId: number; position?: number }) => {
    if (message.type === 'claimlint/select-claim') selected = message.position!;
    await fakeBrowser.storage.session.set({ [`tabResult:${TAB_ID}`]: { ...results[selected - 1], checkedAt: new Date().toISOString() } });
    return { ok: true, data: null };
  }) as never);
}

async function until(assertion: () => void) {
  await vi.waitFor(async () => {
    await act(async () => {});
    assertion();
  });
}

async function choose(position: number) {
  const select = query('select[name="claim"]') as HTMLSelectElement;
  await act(() => {
    select.value = String(position);
    select.dispatchEvent(new Event('change', { bubbles: true }));
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

describe('popup on a claim file', () => {
  it('lists every claim by its id and place, and shows the one chosen', async () => {
    const send = answerBackground();
    await act(() => render(<App search={`?tabId=${TAB_ID}`} />, container));
    await until(() => expect(query('select[name="claim"]')).not.toBeNull());
    const options = [...container.querySelectorAll('select[name="claim"] option')].map((option) => option.textContent);
    expect(options).toEqual([
      "PCN-3310 (1 of 3) — none missing, 1 can't tell",
      'PCN-4471 (2 of 3) — 1 missing',
      'Claim (3 of 3) — not checked',
    ]);
    expect(query('.claim-file-summary')?.textContent).toBe('FHIR file · 3 claims · 1 with gaps · 1 not checked');
    expect(query('[data-group="fail"]')?.textContent).toContain('Nothing missing.');
    expect(query('[data-rule-id="signature"] .finding-line')?.textContent).toBe(
      'Not found in this claim. Add it to the claim, or check it on the document that holds it.',
    );
    await act(() => (query('[data-rule-id="signature"] .finding-toggle') as HTMLButtonElement).click());
    expect(query('[data-rule-id="signature"] .finding-not-found')?.textContent).toBe('Field not found in this claim: Provider signature.');

    await choose(2);
    expect(send).toHaveBeenCalledWith({ type: 'claimlint/select-claim', tabId: TAB_ID, position: 2 });
    await until(() => expect(query('[data-rule-id="diagnosis-pointers"]')).not.toBeNull());
    expect(query('[data-count="fail"]')?.textContent).toBe('1');
    expect((query('select[name="claim"]') as HTMLSelectElement).value).toBe('2');
    expect(query('.claim-title')?.textContent).toBe('FHIR Claim 2 of 3 (professional, claim)');
  });

  it('offers no "Go to field" and no page marks switch, and says why nothing is marked on the page', async () => {
    answerBackground();
    await act(() => render(<App search={`?tabId=${TAB_ID}`} />, container));
    await until(() => expect(query('select[name="claim"]')).not.toBeNull());
    await choose(2);
    await until(() => expect(query('[data-rule-id="diagnosis-pointers"]')).not.toBeNull());
    expect(query('.go-to-field')).toBeNull();
    expect(container.textContent).not.toContain('Show marks on the page');
    expect(query('.claim-file-marks')?.textContent).toMatch(/^No marks on the page: a claim file has no fields to mark/);
  });

  it('says a claim is not checked and why, with no count and no "Nothing missing"', async () => {
    answerBackground();
    await act(() => render(<App search={`?tabId=${TAB_ID}`} />, container));
    await until(() => expect(query('select[name="claim"]')).not.toBeNull());
    await choose(3);
    await until(() => expect(query('.status-message')?.textContent).toBe('Not checked: ClaimLint checks professional claims; this is an institutional claim'));
    expect(query('.counts')).toBeNull();
    expect(container.textContent).not.toContain('Nothing missing');
    expect(container.textContent).not.toContain('No claim or documentation fields found');
  });

  it('says why a file was not read', async () => {
    const unread: TabResult = {
      ...THIRD, claimFile: { format: 'x12-837p', claims: [], selected: 0, more: false, notices: [], unread: 'This file is 3.4 MB; ClaimLint reads claim files of up to 2 MB in the browser.' },
    };
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async () => {
      await fakeBrowser.storage.session.set({ [`tabResult:${TAB_ID}`]: unread });
      return { ok: true, data: null };
    }) as never);
    await act(() => render(<App search={`?tabId=${TAB_ID}`} />, container));
    await until(() => expect(query('.status-message')?.textContent).toBe(
      "ClaimLint can't read this claim file: This file is 3.4 MB; ClaimLint reads claim files of up to 2 MB in the browser.",
    ));
    expect(query('select[name="claim"]')).toBeNull();
    expect(query('.counts')).toBeNull();
  });
});

describe('claim labels', () => {
  it('never says "none missing" for a claim checked on a guess', () => {
    const view = { claims: CLAIMS, more: false };
    expect(claimLabel(entry(1, 'PCN-9', { unsure: true }), view)).toBe('PCN-9 (1 of 3) — payer or kind unclear');
    expect(claimLabel(entry(1, 'PCN-9', { cantTell: 0 }), { claims: CLAIMS, more: true })).toBe('PCN-9 (1 of 3+) — none missing');
  });

  it('names a FHIR file of documentation by what it holds, not as a claim', () => {
    const notes = entry(1, null, { title: 'FHIR CarePlan, Goal', documentation: true, unsure: true });
    const view: ClaimFileView = { format: 'fhir-json', claims: [notes], selected: 1, more: false, notices: [] };
    expect(claimLabel(notes, view)).toBe('FHIR CarePlan, Goal — payer or kind unclear');
    expect(claimFileSummary(view)).toBe('FHIR file · documentation, no claim');
    const result: TabResult = { ...THIRD, fieldCount: 4, checklists: [], claimFile: view };
    expect(askReason(result)).toBe('ClaimLint found fields in this file, but none of its checklists fits what it read. Say what this file is to check it.');
    expect(askReason(SECOND)).not.toContain('page');
  });

  it('sums up a file with one claim in the singular', () => {
    expect(claimFileSummary({ format: 'x12-837p', claims: [entry(1, 'A', { fail: 2 })], selected: 1, more: false, notices: [] }))
      .toBe('X12 837P file · 1 claim · 1 with gaps');
  });
});
