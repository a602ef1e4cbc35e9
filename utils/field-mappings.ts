/**
 * Field mappings the user taught ClaimLint ("this box is the prior authorization number"), per site. They hold
 * a selector and a concept only — never a value from the page — and win over site adapters and heuristics.
 */
import * as z from 'zod/mini';
import { conceptKeySchema, fieldIndexSchema } from '../rules/schema';
import { defineSetting, validEntriesOf } from './define-setting';
import { siteOriginSchema } from './sites';

const MAX_MAPPINGS_PER_SITE = 500;

export const taughtFieldSchema = z.object({
  selector: z.string().check(z.minLength(1), z.maxLength(2000)),
  concept: conceptKeySchema,
  index: z.optional(fieldIndexSchema),
});
export type TaughtField = z.infer<typeof taughtFieldSchema>;

/** origin -> taught fields, newest last. */
export type FieldMappings = Record<string, TaughtField[]>;

/**
 * Stored mappings are read entry by entry: a corrupt site or field is dropped on its own, so one bad entry
 * neither breaks the page check nor causes the other mappings to be lost at the next write.
 */
const siteFieldsSchema = z.pipe(
  validEntriesOf(taughtFieldSchema),
  z.transform((fields) => fields.slice(-MAX_MAPPINGS_PER_SITE)),
);
const fieldMappingsSchema = z.pipe(
  z.record(z.string(), z.unknown()),
  z.transform((stored) => {
    const mappings: FieldMappings = {};
    for (const [origin, fields] of Object.entries(stored)) {
      const parsed = siteFieldsSchema.safeParse(fields);
      if (siteOriginSchema.safeParse(origin).success && parsed.success && parsed.data.length > 0) mappings[origin] = parsed.data;
    }
    return mappings;
  }),
);

/** What the user taught, per site. The content script follows it, so a field taught applies at once. */
export const fieldMappings = defineSetting('local:fieldMappings', { schema: fieldMappingsSchema, fallback: {} });

/** The mappings with one taught field added (replacing an earlier one for the same selector). */
export function withTaughtField(mappings: FieldMappings, origin: string, taught: TaughtField): FieldMappings {
  const site = (mappings[origin] ?? []).filter((existing) => existing.selector !== taught.selector);
  return { ...mappings, [origin]: [...site, taught].slice(-MAX_MAPPINGS_PER_SITE) };
}

/** The mappings without the taught field for this selector. */
export function withoutTaughtField(mappings: FieldMappings, origin: string, selector: string): FieldMappings {
  const site = (mappings[origin] ?? []).filter((existing) => existing.selector !== selector);
  const { [origin]: _removed, ...others } = mappings;
  return site.length > 0 ? { ...others, [origin]: site } : others;
}
