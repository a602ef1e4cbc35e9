/**
 * runtime.onMessage for ClaimLint's listeners, which answer with a Promise (or undefined: not theirs to answer).
 * The extension no longer loads webextension-polyfill, and Chrome's own onMessage does not take a returned
 * Promise as the answer on every version: the answer goes through sendResponse, and `true` keeps the channel open
 * until it is sent. Firefox takes this form too. The one helper is used by the content script and the background.
 */
import { browser, type Browser } from 'wxt/browser';

export type MessageSender = Browser.runtime.MessageSender;

/** Listens for runtime messages answered by `answer`; returns the function that stops listening. */
export function answerMessages(answer: (raw: unknown, sender: MessageSender) => Promise<unknown> | undefined): () => void {
  const listener = (raw: unknown, sender: MessageSender, sendResponse: (response: unknown) => void): boolean => {
    const answered = answer(raw, sender);
    if (answered === undefined) return false;
    // Every ClaimLint answer is a Reply; a handler that throws anyway answers as a refusal, never leaves the sender waiting.
    answered.then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
