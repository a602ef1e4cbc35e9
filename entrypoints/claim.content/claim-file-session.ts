import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { answerMessages, type MessageSender } from '../../utils/answer-messages';
import { toContentMessageSchema, type ClaimFileMessage, type Reply } from '../../utils/messages';
import { claimFileText, type ClaimFileText } from './claim-file-text';
import { sendToBackground } from './send-to-background';

/**
 * ClaimLint in a tab that shows a claim file as text: send the file's text to the background, which reads and
 * checks it claim by claim, and send it again whenever the popup asks (check again, another claim chosen). The
 * page is left exactly as it is: a raw file has no fields to mark, so no mark layer, watcher or guard starts.
 */
export function startClaimFileSession(ctx: ContentScriptContext, first: ClaimFileText): void {
  let latestSend = 0;
  const send = (file: ClaimFileText) => {
    const sending = ++latestSend;
    const message: ClaimFileMessage = {
      type: 'claimlint/claim-file',
      ...file,
      url: location.href,
      title: document.title,
      takenAt: new Date().toISOString(),
    };
    void sendToBackground(message, () => ctx.isValid && sending === latestSend).catch(reportError);
  };

  function onMessage(raw: unknown, sender: MessageSender): Promise<Reply<null>> | undefined {
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = toContentMessageSchema.safeParse(raw);
    if (!parsed.success || parsed.data.type !== 'claimlint/rescan') return undefined;
    const file = claimFileText(document);
    if (file) send(file);
    return Promise.resolve(file ? { ok: true, data: null } : { ok: false, error: 'This tab no longer shows a claim file.' });
  }
  ctx.onInvalidated(answerMessages(onMessage));
  send(first);
}

function reportError(error: unknown): void {
  // The page must never see ClaimLint fail; the message names ClaimLint's own state only.
  console.debug('ClaimLint:', error instanceof Error ? error.message : error);
}
