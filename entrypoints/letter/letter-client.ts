import { browser } from 'wxt/browser';
import type { LetterDraft } from '../../rules/letters/draft';
import type { DraftLetterMessage, Reply } from '../../utils/messages';

export type LetterType = DraftLetterMessage['letter'];

/** What the page says when the background did not answer (Chromium stops an idle worker at any moment). */
export const NO_ANSWER = 'ClaimLint\'s background did not answer. Press "Draft again".';

/**
 * Asks the background for the tab's draft. The draft is the reply (not stored anywhere); it came from page text, so
 * it is shown only as text. A refusal's message is shown as the background wrote it.
 */
/** The draft and the titles of the open pages it was drafted from (the tab asked for first). */
export interface TabDraft {
  draft: LetterDraft;
  sources: string[];
}

export async function requestDraft(tabId: number, letter: LetterType, denial?: string): Promise<Reply<TabDraft>> {
  const message: DraftLetterMessage = { type: 'claimlint/draft-letter', tabId, letter, ...(denial !== undefined && { denial }) };
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(message);
  } catch {
    return { ok: false, error: NO_ANSWER };
  }
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) return { ok: false, error: NO_ANSWER };
  const answer = reply as { ok: boolean; data?: unknown; error?: unknown };
  if (!answer.ok) return { ok: false, error: typeof answer.error === 'string' ? answer.error : NO_ANSWER };
  const data = answer.data as Partial<TabDraft> | null;
  if (typeof data !== 'object' || data === null || !isDraft(data.draft) || !Array.isArray(data.sources)) return { ok: false, error: NO_ANSWER };
  return { ok: true, data: { draft: data.draft, sources: data.sources.filter((title): title is string => typeof title === 'string') } };
}

function isDraft(value: unknown): value is LetterDraft {
  const draft = value as Partial<LetterDraft> | null;
  return typeof draft === 'object' && draft !== null && typeof draft.title === 'string' && Array.isArray(draft.sections) && Array.isArray(draft.gaps);
}

/** "?tabId=7&type=appeal" → the tab and the letter; null when the address names no tab. */
export function letterRequestOf(search: string): { tabId: number; letter: LetterType } | null {
  const params = new URLSearchParams(search);
  const tabId = Number(params.get('tabId'));
  if (params.get('tabId') === null || !Number.isInteger(tabId) || tabId < 0) return null;
  return { tabId, letter: params.get('type') === 'appeal' ? 'appeal' : 'lmn' };
}
