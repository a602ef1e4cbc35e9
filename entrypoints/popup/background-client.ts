import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import type { Finding } from '../../rules/schema';
import {
  tabResultSchema,
  tabResultStorageKey,
  type checkTabMessageSchema,
  type focusFieldMessageSchema,
  type selectClaimMessageSchema,
  type setChoiceMessageSchema,
  type Reply,
  type TabResult,
} from '../../utils/messages';

type CheckTabMessage = z.infer<typeof checkTabMessageSchema>;
type SetChoiceMessage = z.infer<typeof setChoiceMessageSchema>;
type FocusFieldMessage = z.infer<typeof focusFieldMessageSchema>;
type SelectClaimMessage = z.infer<typeof selectClaimMessageSchema>;

/*
 * The popup's side of the message protocol. Requests answer only ok or a one-line error; the result itself is
 * read from storage.session, and parsed like any message: it carries text that came from the page.
 */

const startedReplySchema = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

/** What the popup says instead of the browser's own words when the background did not answer. */
export const BACKGROUND_GONE = 'its background stopped before it answered. Press Check again.';
/** What "Go to field" says when the page's content script does not answer. */
export const PAGE_GONE = 'the page no longer answers (it may have been reloaded or closed). Press Check again.';

/** Chrome stops an idle service worker at any moment; a request it was handling is then lost, not refused. */
const RETRY_AFTER_MS = 300;

async function ask(message: CheckTabMessage | SetChoiceMessage | SelectClaimMessage): Promise<Reply<null>> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(message);
  } catch {
    // The browser's error text ("the message channel closed before a response was received") is not for users:
    // try once more (the worker restarts on this message), then say it in ClaimLint's words.
    await new Promise((resume) => setTimeout(resume, RETRY_AFTER_MS));
    try {
      reply = await browser.runtime.sendMessage(message);
    } catch {
      return { ok: false, error: BACKGROUND_GONE };
    }
  }
  const parsed = startedReplySchema.safeParse(reply);
  if (!parsed.success) return { ok: false, error: BACKGROUND_GONE };
  return parsed.data.ok ? { ok: true, data: null } : parsed.data;
}

/** Scan the tab now (the background injects the content script if needed); the result arrives in storage. */
export function requestCheck(tabId: number): Promise<Reply<null>> {
  return ask({ type: 'claimlint/check-tab', tabId });
}

/**
 * Check the tab for this payer / service (and kind of document, when given) instead of the ones read from the page
 * (null: read from the page; no kind: keep the tab's).
 */
export function requestChoice(tabId: number, payer: string | null, service: string | null, kind?: string | null): Promise<Reply<null>> {
  return ask({ type: 'claimlint/set-choice', tabId, payer, service, ...(kind !== undefined && { kind }) });
}

/** Show this claim of the tab's claim file (1-based position); its findings arrive in storage. */
export function requestClaim(tabId: number, position: number): Promise<Reply<null>> {
  return ask({ type: 'claimlint/select-claim', tabId, position });
}

function parseResult(stored: unknown): TabResult | null {
  const parsed = tabResultSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/** The result the background keeps for the tab, or null when there is none (or it cannot be read). */
export async function readTabResult(tabId: number): Promise<TabResult | null> {
  const key = tabResultStorageKey(tabId);
  return parseResult((await browser.storage.session.get(key))[key]);
}

/**
 * Calls back whenever the background stores a new result for the tab (a check, the user editing the page), or
 * null when it drops it (the tab navigated away). Returns the unsubscribe function.
 */
export function watchTabResult(tabId: number, onResult: (result: TabResult | null) => void): () => void {
  const key = tabResultStorageKey(tabId);
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    const change = changes[key];
    if (!change) return;
    if (change.newValue === undefined || change.newValue === null) return onResult(null);
    const result = parseResult(change.newValue);
    if (result) onResult(result);
  };
  browser.storage.session.onChanged.addListener(listener);
  return () => browser.storage.session.onChanged.removeListener(listener);
}

/** Asks the content script in the finding's frame to scroll to and focus its field. Rejects when the page is gone. */
export async function focusFieldInTab(tabId: number, finding: Pick<Finding, 'fieldKey' | 'frameId'>): Promise<void> {
  if (finding.fieldKey === null) throw new Error('this item points at no field');
  const message: FocusFieldMessage = { type: 'claimlint/focus-field', fieldKey: finding.fieldKey };
  try {
    await browser.tabs.sendMessage(tabId, message, { frameId: finding.frameId ?? 0 });
  } catch (error) {
    // The frame is there but did not answer (the field is gone from it): as before, when webextension-polyfill
    // read Chrome's "message port closed" as an empty answer, that is no error to show.
    if (!/message port closed/i.test(error instanceof Error ? error.message : String(error))) throw new Error(PAGE_GONE);
  }
}
