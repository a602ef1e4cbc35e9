// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Snapshot } from '../../rules/schema';
import { fieldMappings } from '../../utils/field-mappings';
import { startClaimLintSession } from './session';

const site = 'https://portal.example';

async function settle(ms = 50) {
  await new Promise((done) => setTimeout(done, ms));
}

/** The snapshots the session sent to the background, answered with no findings. */
function recordSnapshots(): Snapshot[] {
  const sent: Snapshot[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { snapshot: Snapshot }) => {
    sent.push(message.snapshot);
    return { ok: true, data: { findings: [] } };
  }) as never);
  return sent;
}

// happy-dom has no requestIdleCallback; the scan runs in timer slices instead.
vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => setTimeout(() => callback({ didTimeout: true, timeRemaining: () => 0 })));

let ctx: ContentScriptContext;
beforeEach(() => {
  fakeBrowser.reset();
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`${site}/claims/new`);
  document.body.innerHTML = '<form><input id="box-x" name="fld_9a11"></form>';
  ctx = new ContentScriptContext('claim');
});
afterEach(() => {
  ctx.notifyInvalidated();
  vi.restoreAllMocks();
});

describe('the content script and the settings it follows', () => {
  it('gives each setting its own watcher and releases every one when the extension is updated', async () => {
    const local = vi.spyOn(fakeBrowser.storage.local.onChanged, 'addListener');
    const managed = vi.spyOn(fakeBrowser.storage.managed.onChanged, 'addListener');
    recordSnapshots();
    startClaimLintSession(ctx);
    await settle();
    // Taught mappings, marks hidden, the user's guard sites; the administrator's guard sites.
    expect(local).toHaveBeenCalledTimes(3);
    expect(managed).toHaveBeenCalledTimes(1);

    ctx.notifyInvalidated();
    expect(fakeBrowser.storage.local.onChanged.hasListeners()).toBe(false);
    expect(fakeBrowser.storage.managed.onChanged.hasListeners()).toBe(false);
    expect(fakeBrowser.storage.onChanged.hasListeners()).toBe(false);
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });

  it('checks the page again at once with a field taught for this site', async () => {
    const sent = recordSnapshots();
    startClaimLintSession(ctx);
    await settle();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.fields.map((field) => field.concept)).not.toContain('claim.priorAuthNumber');

    await fieldMappings.setValue({ [site]: [{ selector: '#box-x', concept: 'claim.priorAuthNumber' }] });
    await settle();
    expect(sent).toHaveLength(2);
    expect(sent[1]!.fields.map((field) => field.concept)).toContain('claim.priorAuthNumber');
  });
});

describe('a wizard', () => {
  it('names the step on screen in each snapshot, and checks again when the wizard renders its next step', async () => {
    const stepper = (current: number) => ['Patient', 'Authorization']
      .map((name, i) => `<li${i + 1 === current ? ' aria-current="step"' : ''}>${i + 1}. ${name}</li>`).join('');
    document.body.innerHTML = `<ol id="steps">${stepper(1)}</ol><form><label>Member ID <input name="member"></label></form>`;
    const sent = recordSnapshots();
    startClaimLintSession(ctx);
    await settle();
    expect(sent.map((snapshot) => snapshot.step)).toEqual(['Patient']);

    document.getElementById('steps')!.innerHTML = stepper(2);
    document.querySelector('form')!.innerHTML = '<label>Prior authorization number <input name="auth"></label>';
    await settle(1500);
    expect(sent.at(-1)!.step).toBe('Authorization');
  });
});

describe('an edit of a field the scan read', () => {
  type Sent = { type: string; snapshot?: Snapshot; fields?: Array<{ key: string; value: string }>; base?: number; revision?: number };
  const PAGE = '<form><label>Member ID <input id="member" name="member"></label><label>Patient name <input id="patient" name="patientName"></label></form>';

  /** A background that finds every empty field missing, and answers field changes as `changes` says. */
  function background(changes: 'apply' | 'stale'): Sent[] {
    const sent: Sent[] = [];
    const fields = new Map<string, string>();
    const answer = () => ({
      ok: true,
      data: {
        findings: [...fields].filter(([, value]) => !value).map(([fieldKey]) => ({
          checklistId: 'sample', ruleId: `missing-${fieldKey}`, title: 'Missing', severity: 'serious', status: 'fail', concept: null, index: null,
          fieldKey, message: 'This field is empty', why: 'why', fix: 'Fill it', source: 'Sample', citation: { policy: 'Sample', section: 'S', url: 'https://example.org', date: '2025-01-15' },
        })),
      },
    });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: Sent) => {
      sent.push(structuredClone(message));
      if (message.type === 'claimlint/field-changes') {
        if (changes === 'stale') return { ok: true, data: { stale: true } };
        for (const field of message.fields!) fields.set(field.key, field.value);
        return answer();
      }
      fields.clear();
      for (const field of message.snapshot!.fields) fields.set(field.key, field.value);
      return answer();
    }) as never);
    return sent;
  }

  const markedKeys = () => Array.from(
    document.querySelector('claimlint-marks')?.shadowRoot?.querySelectorAll('[data-claimlint-field-key]') ?? [],
    (box) => box.getAttribute('data-claimlint-field-key'),
  );
  const typeInto = (id: string, value: string) => {
    const input = document.getElementById(id) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };

  beforeEach(() => {
    document.body.innerHTML = PAGE;
  });

  it('sends only that field, against the last message, and its mark goes while the other stays', async () => {
    const sent = background('apply');
    startClaimLintSession(ctx);
    await settle();
    expect(sent.map((message) => message.type)).toEqual(['claimlint/snapshot']);
    const member = sent[0]!.snapshot!.fields.find((field) => field.concept === 'patient.memberId')!;
    expect(markedKeys()).toHaveLength(2);
    const otherBox = document.querySelector('claimlint-marks')!.shadowRoot!.querySelector(`[data-claimlint-field-key]:not([data-claimlint-field-key="${member.key}"])`);

    typeInto('member', 'XJQ123456789');
    await settle();
    expect(sent).toHaveLength(2);
    expect(sent[1]).toMatchObject({ type: 'claimlint/field-changes', base: sent[0]!.revision, fields: [{ key: member.key, value: 'XJQ123456789' }] });
    expect(sent[1]!.revision).toBeGreaterThan(sent[1]!.base!);
    expect(markedKeys()).not.toContain(member.key);
    expect(markedKeys()).toHaveLength(1);
    // The other field's mark was not redrawn.
    expect(otherBox!.isConnected).toBe(true);

    typeInto('member', '');
    await settle();
    expect(sent[2]).toMatchObject({ type: 'claimlint/field-changes', base: sent[1]!.revision, fields: [{ key: member.key, value: '' }] });
    expect(markedKeys()).toContain(member.key);
  });

  it('sends the whole snapshot when the background answers stale, and ends with the right marks', async () => {
    const sent = background('stale');
    startClaimLintSession(ctx);
    await settle();
    typeInto('member', 'XJQ123456789');
    await settle(200);
    expect(sent.map((message) => message.type)).toEqual(['claimlint/snapshot', 'claimlint/field-changes', 'claimlint/snapshot']);
    const member = sent[2]!.snapshot!.fields.find((field) => field.concept === 'patient.memberId')!;
    expect(member.value).toBe('XJQ123456789');
    expect(sent[2]!.revision).toBeGreaterThan(sent[1]!.revision!);
    expect(markedKeys()).toHaveLength(1);
    expect(markedKeys()).not.toContain(member.key);
  });

  it('scans the whole page again when the edited control was added after the scan', async () => {
    const sent = background('apply');
    startClaimLintSession(ctx);
    await settle();
    document.querySelector('form')!.insertAdjacentHTML('beforeend', '<label>Group number <input id="group" name="groupNumber"></label>');
    typeInto('group', 'G-100');
    await settle(1500);
    expect(sent.map((message) => message.type)).not.toContain('claimlint/field-changes');
    expect(sent.at(-1)!.snapshot!.fields.some((field) => field.value === 'G-100')).toBe(true);
  });
});

describe('an edit while the page changes its own text', () => {
  it('still sends the edited field at once, and the page is scanned again after the change', async () => {
    document.body.innerHTML = '<form><label>Member ID <input id="member" name="member"></label><p id="status"></p></form>';
    const types: string[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { type: string }) => {
      types.push(message.type);
      return { ok: true, data: { findings: [] } };
    }) as never);
    startClaimLintSession(ctx);
    await settle();
    const input = document.getElementById('member') as HTMLInputElement;
    input.value = 'XJQ123456789';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    document.getElementById('status')!.textContent = '12 characters';
    await settle();
    expect(types).toEqual(['claimlint/snapshot', 'claimlint/field-changes']);
    await settle(1500);
    expect(types).toEqual(['claimlint/snapshot', 'claimlint/field-changes', 'claimlint/snapshot']);
  });
});
