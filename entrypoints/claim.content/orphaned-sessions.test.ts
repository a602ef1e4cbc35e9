// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { retireOrphanedSessions } from './orphaned-sessions';

// Two script worlds are simulated in one: the old session's context has its own name, so WXT's same-world
// notice (which only works inside one world) does not reach it and only ClaimLint's own event can.
const contexts: ContentScriptContext[] = [];
function session(name: string): ContentScriptContext {
  const ctx = new ContentScriptContext(name);
  contexts.push(ctx);
  retireOrphanedSessions(ctx);
  return ctx;
}

afterEach(() => {
  for (const ctx of contexts.splice(0)) ctx.notifyInvalidated();
  vi.restoreAllMocks();
});

describe('retireOrphanedSessions', () => {
  it('invalidates the old session at once when its extension was updated or reloaded', () => {
    const old = session('claim-before-update');
    const cleanedUp = vi.fn();
    old.onInvalidated(cleanedUp);
    // After an update the old script's runtime is gone: browser.runtime.id reads undefined there.
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as never);
    session('claim');
    expect(cleanedUp).toHaveBeenCalledOnce();
  });

  it('leaves a session whose extension is still there alone', () => {
    const other = session('claim-other-frame-kind');
    session('claim');
    expect(other.isValid).toBe(true);
  });
});
