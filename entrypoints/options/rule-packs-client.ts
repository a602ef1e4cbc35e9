import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Checklist } from '../../rules/schema';
import { checklistSummarySchema, type Reply } from '../../utils/messages';
import type { ImportRulePackMessage, RemoveRulePackMessage, RulePacksMessage } from '../../utils/rule-pack-messages';

/*
 * The options page's side of the rule-pack requests (utils/rule-pack-messages.ts): the background validates and
 * stores; this page lists what it answers and follows storage, so a pack imported in another tab, or a policy
 * that arrives late, shows here too.
 */

type Area = RulePacksMessage['area'];

/** What the page says instead of the browser's own words when the background did not answer. */
export const BACKGROUND_GONE = 'ClaimLint did not answer; reload this page and try again.';

/** Chrome stops an idle service worker at any moment; a request it was handling is then lost, not refused. */
const RETRY_AFTER_MS = 300;

async function ask(message: RulePacksMessage | ImportRulePackMessage | RemoveRulePackMessage): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(message);
  } catch {
    await new Promise((resume) => setTimeout(resume, RETRY_AFTER_MS));
    try {
      return await browser.runtime.sendMessage(message);
    } catch {
      return { ok: false, error: BACKGROUND_GONE };
    }
  }
}

function isReply(reply: unknown): reply is Reply<unknown> {
  if (typeof reply !== 'object' || reply === null) return false;
  const { ok, error } = reply as { ok?: unknown; error?: unknown };
  return ok === true || (ok === false && typeof error === 'string');
}

/** The checklists the background answered, each kept as sent (what Export writes) once it reads as a checklist. */
function checklistsOf(reply: unknown): Reply<Checklist[]> {
  if (!isReply(reply)) return { ok: false, error: BACKGROUND_GONE };
  if (!reply.ok) return reply;
  if (!Array.isArray(reply.data)) return { ok: false, error: BACKGROUND_GONE };
  return { ok: true, data: reply.data.filter((item) => checklistSummarySchema.safeParse(item).success) as Checklist[] };
}

/** Asks the background to add the pack in this text; answers the pack's title or why it was refused. */
export async function requestImport(text: string): Promise<Reply<{ title: string }>> {
  const reply = await ask({ type: 'claimlint/import-rule-pack', text });
  if (!isReply(reply)) return { ok: false, error: BACKGROUND_GONE };
  if (!reply.ok) return reply;
  const title = (reply.data as { title?: unknown } | null)?.title;
  return typeof title === 'string' ? { ok: true, data: { title } } : { ok: false, error: BACKGROUND_GONE };
}

/** Asks the background to remove the user's pack with this id. */
export async function requestRemove(id: string): Promise<Reply<null>> {
  const reply = await ask({ type: 'claimlint/remove-rule-pack', id });
  if (!isReply(reply)) return { ok: false, error: BACKGROUND_GONE };
  return reply.ok ? { ok: true, data: null } : reply;
}

const preloadedPacks = new Map<Area, Checklist[]>();

/** Asks the background for these areas' checklists now, so the lists paint in the page's first render. */
export async function preloadRulePacks(areas: readonly Area[]): Promise<void> {
  await Promise.all(
    areas.map(async (area) => {
      const read = checklistsOf(await ask({ type: 'claimlint/rule-packs', area }));
      if (read.ok) preloadedPacks.set(area, read.data);
    }),
  );
}

/**
 * The checklists of one area as the background reads them (null until it answers; preloaded when preloadRulePacks ran), asked again whenever the
 * area's `rulePacks` key changes in storage. `onError` hears why a list could not be read.
 */
export function useRulePacks(area: Area, onError?: (error: string) => void): Checklist[] | null {
  const [packs, setPacks] = useState<Checklist[] | null>(() => preloadedPacks.get(area) ?? null);
  const latestOnError = useRef(onError);
  latestOnError.current = onError;
  useEffect(() => {
    let current = true;
    const load = () =>
      void ask({ type: 'claimlint/rule-packs', area }).then((reply) => {
        if (!current) return;
        const read = checklistsOf(reply);
        if (read.ok) setPacks(read.data);
        else {
          setPacks((shown) => shown ?? []);
          latestOnError.current?.(read.error);
        }
      });
    // A preloaded list is on screen from the first render: asked again only when it changes.
    if (!preloadedPacks.delete(area)) load();
    if (area === 'bundled') return () => void (current = false);
    const onChanged = (changes: Record<string, unknown>, areaName: string) => {
      if (areaName === area && 'rulePacks' in changes) load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      current = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [area]);
  return packs;
}
