import { browser } from 'wxt/browser';
import type { LetterDraft } from '../../rules/letters/draft';
import type { CheckedSource } from '../../rules/letters/letter-sources';
import { loadDescriptionsFor } from '../../utils/icd10cm-descriptions-loader';
import { draftFromSources } from '../../utils/letters/draft-from-sources';
import { templatesForLetters } from '../../utils/letters/practice-templates';
import type { LetterSourcesMessage, Reply } from '../../utils/messages';

export type LetterType = 'lmn' | 'appeal';

/** What the page says when the background did not answer (Chromium stops an idle worker at any moment). */
export const NO_ANSWER = 'ClaimLint\'s background did not answer. Press "Draft again".';

/** An open page about the patient: the asked-for tab first, then the others the user may leave out. */
export interface SourcePage {
  tabId: number;
  title: string;
  used: boolean;
}

/** The draft and the open pages about the patient (the tab asked for first), each used or left out. */
export interface TabDraft {
  draft: LetterDraft;
  pages: SourcePage[];
  /** What to check before sending (a denial nothing ties to the page), and practice templates left out as broken. */
  notices: string[];
}

/** What the background sends: the checked pages of one patient, their titles, the popup's choice. */
interface TabLetterSources {
  sources: CheckedSource[];
  titles: string[];
  tabIds: number[];
  payer?: string;
  service?: string;
}

/**
 * The tab's draft: its checked pages asked of the background, the letter drafted here, in this page's memory (a
 * typed or pasted denial never leaves the page). `leftOut`: other tabs the user chose not to draft from. A refusal's
 * message is shown as the background or drafter wrote it.
 */
export async function requestDraft(tabId: number, letter: LetterType, denial?: string, leftOut: ReadonlySet<number> = new Set()): Promise<Reply<TabDraft>> {
  const reply = await requestLetterSources(tabId);
  if (!reply.ok) return reply;
  const { sources, titles, tabIds, payer, service } = reply.data;
  const pages = tabIds.map((id, at) => ({ tabId: id, title: titles[at] ?? '', used: at === 0 || !leftOut.has(id) }));
  const used = (_: unknown, at: number) => pages[at]?.used ?? true;
  try {
    const { templates, broken } = await templatesForLetters();
    const { draft, notices } = await draftFromSources({
      letter, sources: sources.filter(used), templates, loadDescriptions: loadDescriptionsFor, sourceNames: titles.filter(used),
      ...(denial !== undefined && { denial }), ...(payer && { payer }), ...(service && { service }),
    });
    return { ok: true, data: { draft, pages, notices: [...notices, ...broken] } };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

async function requestLetterSources(tabId: number): Promise<Reply<TabLetterSources>> {
  const message: LetterSourcesMessage = { type: 'claimlint/letter-sources', tabId };
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(message);
  } catch {
    return { ok: false, error: NO_ANSWER };
  }
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) return { ok: false, error: NO_ANSWER };
  const answer = reply as { ok: boolean; data?: unknown; error?: unknown };
  if (!answer.ok) return { ok: false, error: typeof answer.error === 'string' ? answer.error : NO_ANSWER };
  const data = answer.data as Partial<TabLetterSources> | null;
  if (typeof data !== 'object' || data === null || !Array.isArray(data.sources) || data.sources.length === 0 || !data.sources.every(isCheckedSource)) return { ok: false, error: NO_ANSWER };
  if (!Array.isArray(data.tabIds) || data.tabIds.length !== data.sources.length || !data.tabIds.every(Number.isInteger)) return { ok: false, error: NO_ANSWER };
  return {
    ok: true,
    data: {
      sources: data.sources,
      titles: Array.isArray(data.titles) ? data.titles.map((title) => (typeof title === 'string' ? title : '')) : [],
      tabIds: data.tabIds,
      ...(typeof data.payer === 'string' && { payer: data.payer }),
      ...(typeof data.service === 'string' && { service: data.service }),
    },
  };
}

// The background is ClaimLint's own: this guards against a half-answer (a worker stopped mid-reply), not an attacker.
function isCheckedSource(value: unknown): value is CheckedSource {
  const source = value as Partial<CheckedSource> | null;
  return typeof source === 'object' && source !== null && Array.isArray(source.snapshot?.fields) && Array.isArray(source.result?.findings) && Array.isArray(source.result?.checklists);
}

/** "?tabId=7&type=appeal" → the tab and the letter; null when the address names no tab. */
export function letterRequestOf(search: string): { tabId: number; letter: LetterType } | null {
  const params = new URLSearchParams(search);
  const tabId = Number(params.get('tabId'));
  if (params.get('tabId') === null || !Number.isInteger(tabId) || tabId < 0) return null;
  return { tabId, letter: params.get('type') === 'appeal' ? 'appeal' : 'lmn' };
}
