/**
 * Content script -> background: the mappings of a site adapter whose URL patterns match the page
 * (utils/fields/adapter-sites.ts). The adapters' data stays out of the content script, which every page loads;
 * the background answers from the packaged data/site-adapters.json. The answer is the adapter's fields.
 */
import * as z from 'zod/mini';
import { adapterFieldSchema } from './fields/adapters/schema';

export const siteAdapterMessageSchema = z.object({
  type: z.literal('claimlint/site-adapter'),
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(100)),
});
export type SiteAdapterMessage = z.infer<typeof siteAdapterMessageSchema>;

/** The background's answer, parsed like any message. */
export const siteAdapterAnswerSchema = z.array(adapterFieldSchema);
