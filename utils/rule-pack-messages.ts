/**
 * Options page -> background: the rule packs, as the background reads them, and the changes the user makes to
 * them. The background validates and compiles a pack (the whole engine: every check's options); the options page
 * only shows and sends, so it does not carry the engine. Only ClaimLint's own pages may send these.
 */
import * as z from 'zod/mini';

/** Larger than any sensible checklist; keeps a wrong file from filling storage or freezing the page. */
export const MAX_RULE_PACK_BYTES = 1024 * 1024;

/**
 * Which checklists to list: `bundled` (shipped with ClaimLint), `local` (the user's packs) or `managed` (an
 * administrator's). Asked apart, so the user's packs show while Chromium's first storage.managed read waits.
 */
export const rulePacksMessageSchema = z.object({
  type: z.literal('claimlint/rule-packs'),
  area: z.enum(['bundled', 'local', 'managed']),
});
export type RulePacksMessage = z.infer<typeof rulePacksMessageSchema>;

/**
 * A rule pack file's text to add to the user's packs. The answer is the imported pack's title, or why it was
 * refused. A text of more characters than the limit has more bytes too; the page refuses such a file first.
 */
export const importRulePackMessageSchema = z.object({
  type: z.literal('claimlint/import-rule-pack'),
  text: z.string().check(z.maxLength(MAX_RULE_PACK_BYTES)),
});
export type ImportRulePackMessage = z.infer<typeof importRulePackMessageSchema>;

/** Remove the user's pack with this id. */
export const removeRulePackMessageSchema = z.object({
  type: z.literal('claimlint/remove-rule-pack'),
  id: z.string().check(z.maxLength(1_000)),
});
export type RemoveRulePackMessage = z.infer<typeof removeRulePackMessageSchema>;
