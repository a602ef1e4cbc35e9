/**
 * The options page's rule-pack requests, answered here because validating a pack takes the whole engine (every
 * check's options), which the options page does not carry. The packs are read and written exactly as before:
 * through the `rulePacks` settings, so each one passes parseChecklist on the way in and on every read.
 */
import type { Checklist } from '../../rules/schema';
import { loadBundledChecklists } from '../../utils/checklists-loader';
import type { ImportRulePackMessage, RulePacksMessage } from '../../utils/rule-pack-messages';
import { importRulePack, managedRulePacks, rulePacks } from '../../utils/settings';
import type { Reply } from '../../utils/messages';

/** A checklist as plain data (a compiled rule's run() stays here): what the page lists and exports. */
function asData(checklist: Checklist): Checklist {
  return JSON.parse(JSON.stringify(checklist)) as Checklist;
}

/** The checklists of one area, as the background reads them. */
export async function listRulePacks({ area }: RulePacksMessage): Promise<Checklist[]> {
  if (area === 'bundled') return (await loadBundledChecklists()).map(asData);
  return (await (area === 'managed' ? managedRulePacks : rulePacks).getValue()).map(asData);
}

/** Adds the pack in the text to the user's packs; answers its title, or why it was refused (nothing stored). */
export async function importRulePackText({ text }: ImportRulePackMessage): Promise<Reply<{ title: string }>> {
  // Against what is stored now, so a pack imported in another tab meanwhile is neither lost nor duplicated.
  const result = importRulePack(text, await rulePacks.getValue());
  if (!result.ok) return result;
  await rulePacks.setValue(result.packs);
  return { ok: true, data: { title: result.packs.at(-1)!.title } };
}

export async function removeRulePack(id: string): Promise<void> {
  await rulePacks.setValue((await rulePacks.getValue()).filter((pack) => pack.id !== id));
}
