import { browser } from 'wxt/browser';
import type { ClaimFileMessage, FieldChangesMessage, Reply, SnapshotAnswer, StaleAnswer, ToBackgroundMessage } from '../../utils/messages';
import type { SiteAdapterMessage } from '../../utils/site-adapter-messages';

type SnapshotMessage = Extract<ToBackgroundMessage, { type: 'claimlint/snapshot' }>;
/**
 * What the background answers to each message a page sends: a snapshot's findings; field changes' findings, or
 * stale when it does not hold their base; only ok for a claim file; for a site adapter its mappings (unknown
 * until parsed).
 */
type AnswerTo<M> = M extends SnapshotMessage ? SnapshotAnswer
  : M extends FieldChangesMessage ? SnapshotAnswer | StaleAnswer
  : M extends SiteAdapterMessage ? unknown
  : null;

/** Waits before each retry: the browser restarts a stopped service worker on the next message, within ~1 s. */
export const RETRY_DELAYS_MS = [250, 1000, 3000] as const;

/**
 * Sends a snapshot (or field changes, or a claim file's text) to the background and returns its answer. Chrome stops an idle service worker at any moment;
 * a message it was handling then fails ("the message channel closed before a response was received") or gets
 * no answer. The same message is sent again after a pause, as long as `stillWanted` (the script is valid and no
 * newer check replaced this one); null when it no longer is. Throws when every try failed.
 */
export async function sendToBackground<M extends SnapshotMessage | FieldChangesMessage | ClaimFileMessage | SiteAdapterMessage>(
  message: M,
  stillWanted: () => boolean,
  delays: readonly number[] = RETRY_DELAYS_MS,
): Promise<Reply<AnswerTo<M>> | null> {
  for (let attempt = 0; ; attempt++) {
    let failure: unknown = new Error('the background did not answer');
    try {
      const reply = (await browser.runtime.sendMessage(message)) as Reply<AnswerTo<M>> | undefined;
      if (reply) return reply;
    } catch (error) {
      failure = error;
    }
    if (attempt >= delays.length) throw failure;
    await new Promise((resume) => setTimeout(resume, delays[attempt]));
    if (!stillWanted()) return null;
  }
}
