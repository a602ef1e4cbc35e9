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
