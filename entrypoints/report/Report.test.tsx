// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Finding } from '../../rules/schema';
import { tabResultStorageKey, type TabResult } from '../../utils/messages';
import { Report } from './Report';

const TAB_ID = 3;
/** What a hostile page can put in a label, a value, a title or an address, all of which reach the report. */
const PAYLOADS = ['<img src=x onerror="window.hacked=1">', '<script>window.hacked=1</script>', '"><svg onload=window.hacked=1>'];

const citation = { policy: 'Sample policy', section: 'Documentation', url: 'https://example.org/policy', date: '2025-01-15' };

function hostileFinding(payload: string, index: number): Finding {
  return {
    checklistId: 'sample',
    ruleId: `hostile-${index}`,
    title: `Rule ${index}`,
    severity: 'serious',
    status: 'fail',
    concept: 'claim.priorAuthNumber',
    index: null,
    fieldKey: `f${index}`,
    frameId: 0,
    message: `Field "${payload}" is empty`,
    why: `Because ${payload}`,
    fix: `Fill ${payload}`,
    source: `Sample policy, ${payload}`,
    citation,
  };
}

let container: HTMLElement;

beforeEach(async () => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.append(container);
  const result: TabResult = {
    tabId: TAB_ID,
    url: `http://127.0.0.1/claim.html?q=${encodeURIComponent(PAYLOADS[0]!)}`,
    title: PAYLOADS.join(' '),
    checkedAt: '2026-11-22T10:15:00.000Z',
    fieldCount: 3,
    checklists: [{ id: 'sample', title: PAYLOADS[1]!, payer: PAYLOADS[2]!, service: 'Physical therapy', vintage: '2025-02-01', source: citation }],
    findings: PAYLOADS.map(hostileFinding),
  };
  await fakeBrowser.storage.session.set({ [tabResultStorageKey(TAB_ID)]: result });
});

afterEach(() => {
  render(null, container);
  container.remove();
  delete (window as { hacked?: number }).hacked;
});

describe('the review report with hostile page text', () => {
  it('prints every payload as text and creates no element from it', async () => {
    await act(async () => render(<Report search={`?tabId=${TAB_ID}&patient=1`} />, container));
    await act(async () => {
      for (let attempt = 0; attempt < 50 && !container.querySelector('[data-checklist-id]'); attempt++) {
        await new Promise((done) => setTimeout(done, 10));
      }
    });
    expect(container.querySelector('[data-checklist-id]')).not.toBeNull();
    expect(container.querySelector('img, script, svg, iframe, object')).toBeNull();
    for (const payload of PAYLOADS) expect(container.textContent).toContain(payload);
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });
});

describe('the review report\'s status words', () => {
  it('says Invalid for a fail whose value is present but wrong, Missing for an empty one', async () => {
    const [first, second] = PAYLOADS.map(hostileFinding);
    const findings: Finding[] = [{ ...first!, ruleId: 'bad-npi', problem: 'invalid' }, { ...second!, ruleId: 'empty-box', problem: 'missing' }];
    const stored = (await fakeBrowser.storage.session.get(tabResultStorageKey(TAB_ID)))[tabResultStorageKey(TAB_ID)] as TabResult;
    await fakeBrowser.storage.session.set({ [tabResultStorageKey(TAB_ID)]: { ...stored, findings } });
    await act(async () => render(<Report search={`?tabId=${TAB_ID}&patient=1`} />, container));
    await act(async () => {
      for (let attempt = 0; attempt < 50 && !container.querySelector('[data-rule-id]'); attempt++) {
        await new Promise((done) => setTimeout(done, 10));
      }
    });
    expect(container.querySelector('[data-rule-id="bad-npi"] .report-status')?.textContent).toBe('Invalid');
    expect(container.querySelector('[data-rule-id="empty-box"] .report-status')?.textContent).toBe('Missing');
  });
});
