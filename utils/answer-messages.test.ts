import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerMessages } from './answer-messages';

type Listener = (raw: unknown, sender: unknown, sendResponse: (response: unknown) => void) => boolean;

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

/** The listener as the browser holds it. */
function listenerOf(answer: Parameters<typeof answerMessages>[0]): { listener: Listener; stop: () => void } {
  const add = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  const stop = answerMessages(answer);
  return { listener: add.mock.calls[0]![0] as unknown as Listener, stop };
}

describe('answering runtime messages without the polyfill', () => {
  it('answers through sendResponse and keeps the channel open for it', async () => {
    const { listener } = listenerOf(async () => ({ ok: true, data: 7 }));
    const sendResponse = vi.fn();
    expect(listener({ type: 'x' }, {}, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: true, data: 7 }));
  });

  it('leaves a message that is not its to answer to the other listeners', () => {
    const { listener } = listenerOf(() => undefined);
    const sendResponse = vi.fn();
    expect(listener({ type: 'x' }, {}, sendResponse)).toBe(false);
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('answers a handler that fails as a refusal, never leaves the sender waiting', async () => {
    const { listener } = listenerOf(async () => {
      throw new Error('broken');
    });
    const sendResponse = vi.fn();
    expect(listener({}, {}, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: false, error: 'broken' }));
  });

  it('stops listening when asked', () => {
    const { stop } = listenerOf(() => undefined);
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    stop();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });
});
