import { adapterIdsFor } from '../../utils/fields/adapter-sites';
import type { FieldOverride } from '../../utils/fields/overrides';
import { siteAdapterAnswerSchema } from '../../utils/site-adapter-messages';
import { sendToBackground } from './send-to-background';

/**
 * The mappings of the site adapters whose URL patterns match `url`, asked of the background on the first scan of
 * such a page and kept for this script's life; none, without a message, on every other page. An adapter the
 * background cannot give is left out (the heuristics read the page) and asked again on the next scan. null: the
 * scan stopped being wanted while it waited.
 */
export function siteAdapterOverrides(): (url: string, stillWanted: () => boolean) => Promise<FieldOverride[] | null> {
  const known = new Map<string, FieldOverride[]>();
  return async (url, stillWanted) => {
    const overrides: FieldOverride[] = [];
    for (const id of adapterIdsFor(url)) {
      let fields = known.get(id);
      if (!fields) {
        const reply = await sendToBackground({ type: 'claimlint/site-adapter', id }, stillWanted).catch(() => undefined);
        if (reply === null) return null;
        const parsed = reply?.ok ? siteAdapterAnswerSchema.safeParse(reply.data) : undefined;
        if (!parsed?.success) continue;
        fields = parsed.data;
        known.set(id, fields);
      }
      overrides.push(...fields.map((field) => ({ ...field })));
    }
    return overrides;
  };
}
