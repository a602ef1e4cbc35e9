import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import {
  splitTabFieldKey,
  tabResultSchema,
  tabResultStorageKey,
  type checkTabMessageSchema,
  type focusFieldMessageSchema,
  type getTabResultMessageSchema,
  type setChoiceMessageSchema,
  type Reply,
  type TabResult,
} from '../../utils/messages';

type GetTabResultMessage = z.infer<typeof getTabResultMessageSchema>;
type CheckTabMessage = z.infer<typeof checkTabMessageSchema>;
type SetChoiceMessage = z.infer<typeof setChoiceMessageSchema>;
type FocusFieldMessage = z.infer<typeof focusFieldMessageSchema>;

/*
 * The popup's side of the message protocol. Replies and stored results are parsed like any other message:
 * they carry text that came from the page.
 */

const tabResultReplySchema = z.union([
  z.object({ ok: z.literal(true), data: z.nullable(tabResultSchema) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);


async function ask(message: GetTabResultMessage | CheckTabMessage | SetChoiceMessage): Promise<Reply<TabResult | null>> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(message);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const parsed = tabResultReplySchema.safeParse(reply);
  return parsed.success ? parsed.data : { ok: false, error: 'the background sent an answer ClaimLint does not understand.' };
}

/** The latest stored result for the tab, without scanning. */
export function requestStoredResult(tabId: number): Promise<Reply<TabResult | null>> {
  return ask({ type: 'claimlint/get-tab-result', tabId });
}

/** Scan the tab now (the background injects the content script if needed) and reply with the fresh result. */
export function requestCheck(tabId: number): Promise<Reply<TabResult | null>> {
  return ask({ type: 'claimlint/check-tab', tabId });
}

/**
 * Calls back whenever the background stores a new result for the tab (the user edits the page), or null when
 * it drops it (the tab navigated away). Returns the unsubscribe function.
 */
export function watchTabResult(tabId: number, onResult: (result: TabResult | null) => void): () => void {
  const key = tabResultStorageKey(tabId);
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    const change = changes[key];
    if (!change) return;
    if (change.newValue === undefined || change.newValue === null) return onResult(null);
    const parsed = tabResultSchema.safeParse(change.newValue);
    if (parsed.success) onResult(parsed.data);
  };
  browser.storage.session.onChanged.addListener(listener);
  return () => browser.storage.session.onChanged.removeListener(listener);
}

/** Asks the content script in the field's frame to scroll to and focus it. Rejects when the page is gone. */
export async function focusFieldInTab(tabId: number, tabFieldKey: string): Promise<void> {
  const target = splitTabFieldKey(tabFieldKey);
  if (!target) throw new Error(`not a field key: ${tabFieldKey}`);
  const message: FocusFieldMessage = { type: 'claimlint/focus-field', fieldKey: target.localKey };
  await browser.tabs.sendMessage(tabId, message, { frameId: target.frameId });
}

/** Check the tab for this payer / service instead of the ones read from the page (null: read from the page). */
export function requestChoice(tabId: number, payer: string | null, service: string | null): Promise<Reply<TabResult | null>> {
  return ask({ type: 'claimlint/set-choice', tabId, payer, service });
}
