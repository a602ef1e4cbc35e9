/**
 * The user's rule packs, in storage.local, and an administrator's policy (storage.managed: packs, and defaults
 * that win over the user's own, which live in `default-choice-settings.ts`). Rule packs are checklists; every one
 * passes parseChecklist when imported and again whenever it is read, so a pack edited in storage cannot slip past
 * it. This module carries the engine: the background imports it; the options page asks the background.
 */
import * as z from 'zod/mini';
import { BUNDLED_CHECKLIST_IDS } from '../rules/checklists/bundled-ids';
import { parseChecklist } from '../rules/checklists/parse-checklist';
import type { Checklist } from '../rules/schema';
import { choiceIdSchema } from './default-choice-settings';
import { defineSetting } from './define-setting';
import { MAX_RULE_PACK_BYTES } from './rule-pack-messages';

const bundledIds = new Set(BUNDLED_CHECKLIST_IDS);

/**
 * Stored rule packs are read one by one: a pack that no longer passes parseChecklist, or whose id a bundled
 * checklist (or an earlier pack) now uses, is dropped on its own.
 */
const rulePacksSchema = z.pipe(
  z.array(z.unknown()),
  z.transform((stored) => {
    const packs: Checklist[] = [];
    for (const entry of stored) {
      const parsed = parseChecklist(entry);
      if (!parsed.ok || bundledIds.has(parsed.checklist.id) || packs.some((pack) => pack.id === parsed.checklist.id)) continue;
      packs.push(parsed.checklist);
    }
    return packs;
  }),
);

/** The user's own rule packs, imported in the options page. */
export const rulePacks = defineSetting('local:rulePacks', { schema: rulePacksSchema, fallback: [] });

/**
 * Rule packs an administrator deploys by policy (storage.managed `rulePacks`), each passing parseChecklist like
 * any other; the user cannot remove them. None when the browser has no managed storage or no policy.
 */
export const managedRulePacks = defineSetting('managed:rulePacks', { schema: rulePacksSchema, fallback: [] });

/** The packs a check uses: the administrator's first, then the user's whose ids do not clash with them. */
export function rulePacksInForce(managed: readonly Checklist[], user: readonly Checklist[]): Checklist[] {
  return [...managed, ...user.filter((pack) => !managed.some((locked) => locked.id === pack.id))];
}

/** An administrator's policy as a check uses it: the defaults it sets (null: not set) and the packs it deploys. */
export const policySchema = z.object({
  defaultPayer: z.nullable(choiceIdSchema),
  defaultService: z.nullable(choiceIdSchema),
  rulePacks: rulePacksSchema,
});
export type Policy = z.infer<typeof policySchema>;
export const NO_POLICY: Policy = { defaultPayer: null, defaultService: null, rulePacks: [] };

/**
 * The administrator's policy as last read, kept by the background so that a check right after the browser starts
 * (when Chromium's first storage.managed read waits seconds) applies it without waiting; the policy read then
 * replaces it. null: no policy has been read yet on this profile. Not a secret: the same values the options page shows.
 */
export const lastPolicySeen = defineSetting('local:policySeen', { schema: z.nullable(policySchema), fallback: null });

export async function readAllRulePacks(): Promise<Checklist[]> {
  const [managed, user] = await Promise.all([managedRulePacks.getValue(), rulePacks.getValue()]);
  return rulePacksInForce(managed, user);
}

export type RulePackImport = { ok: true; packs: Checklist[] } | { ok: false; error: string };

/**
 * Adds the checklist in a rule pack file's text to the existing packs. Refuses, saying exactly why, a file over
 * 1 MB, text that is not JSON (with where it breaks), a checklist parseChecklist rejects, and an id that a
 * bundled checklist or an existing pack already has. On a refusal the existing packs are returned untouched.
 */
export function importRulePack(text: string, existing: readonly Checklist[]): RulePackImport {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_RULE_PACK_BYTES) {
    return { ok: false, error: `The file is ${(bytes / 1024 / 1024).toFixed(1)} MB; a rule pack can be at most 1 MB.` };
  }
  let input: unknown;
  try {
    // JSON.parse keeps "__proto__" as a plain own key and never calls a setter; the schema then drops unknown keys.
    input = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `The file is not valid JSON${whereJsonBreaks(text, error)}: ${messageOf(error)}` };
  }
  const parsed = parseChecklist(input);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const { id } = parsed.checklist;
  if (bundledIds.has(id)) return { ok: false, error: `The id "${id}" is already used by a checklist that comes with ClaimLint.` };
  if (existing.some((pack) => pack.id === id)) {
    return { ok: false, error: `The id "${id}" is already used by an imported rule pack; remove that one first.` };
  }
  return { ok: true, packs: [...existing, parsed.checklist] };
}

/** " (line L, column C)" where the parser stopped, when the engine says (or the text simply ended). */
function whereJsonBreaks(text: string, error: unknown): string {
  const message = messageOf(error);
  const position = /position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : /end of (JSON|data)/i.test(message) ? text.length : null;
  if (offset === null) return '';
  const before = text.slice(0, offset).split('\n');
  return ` (line ${before.length}, column ${before.at(-1)!.length + 1})`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
