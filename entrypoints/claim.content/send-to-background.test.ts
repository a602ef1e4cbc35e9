import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { snapshotOf } from '../../rules/testing/test-snapshot';
import { sendToBackground } from './send-to-background';

const message = { type: 'claimlint/snapshot', snapshot: snapshotOf([]) } as const;
const answer = { ok: true, data: { findings: [] } } as const;
const CHANNEL_CLOSED = 'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('sendToBackground', () => {
  it('sends the snapshot again when the service worker stopped while handling it', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockRejectedValueOnce(new Error(CHANNEL_CLOSED))
      .mockResolvedValueOnce(undefined as never)
      .mockResolvedValueOnce(answer as never);
    await expect(sendToBackground(message, () => true, [0, 0, 0])).resolves.toEqual(answer);
    expect(send).toHaveBeenCalledTimes(3);
    expect(send).toHaveBeenLastCalledWith(message);
  });

  it('gives up quietly when a newer check (or an update of ClaimLint) replaced this one', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error(CHANNEL_CLOSED));
    await expect(sendToBackground(message, () => false, [0, 0, 0])).resolves.toBeNull();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('says so after the last try fails', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection.'));
    await expect(sendToBackground(message, () => true, [0, 0])).rejects.toThrow('Could not establish connection.');
    expect(send).toHaveBeenCalledTimes(3);
  });
});
