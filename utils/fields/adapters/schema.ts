/**
 * Site adapters are data (adapters/<id>.json): for one EHR or portal, which elements are which concept, by
 * selector. They win over heuristics wherever their URL patterns match; the user's own mappings win over them.
 */
import * as z from 'zod/mini';
import { conceptKeySchema, fieldIndexSchema } from '../../../rules/schema';

/** One mapping: the elements a selector finds are this concept. */
export const adapterFieldSchema = z.strictObject({
  selector: z.string().check(z.minLength(1), z.maxLength(2000)),
  concept: conceptKeySchema,
  index: z.optional(fieldIndexSchema),
});

export const siteAdapterSchema = z.strictObject({
  /** Kebab-case; also the file name. */
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case')),
  title: z.string().check(z.minLength(1)),
  description: z.optional(z.string()),
  /** Simple globs over the whole URL; "*" matches any run of characters. See urlMatchesPattern. */
  urlPatterns: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  fields: z.array(adapterFieldSchema).check(z.minLength(1)),
});
export type SiteAdapter = z.infer<typeof siteAdapterSchema>;

/** Validates one adapter file; throws a readable error naming the file. */
export function parseSiteAdapter(raw: unknown, fileName: string): SiteAdapter {
  const parsed = siteAdapterSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${fileName}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
