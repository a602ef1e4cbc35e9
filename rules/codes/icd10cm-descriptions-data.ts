/**
 * The shape of the packaged ICD-10-CM descriptions (public/data/icd10cm-descriptions/): an index, and one chunk per
 * code prefix (a first letter, or the first two characters for the largest letters), each gzip-compressed JSON.
 * Shared by the script that writes them (scripts/support/icd10cm-descriptions-build.ts) and the lookup that reads
 * them (icd10cm-descriptions.ts), so both agree on one schema.
 *
 * A chunk carries the first fiscal year's official long descriptions in full, and for every later year only what
 * changed: codes added or retitled (with their new description) and codes removed. Codes have no dot.
 */
import * as z from 'zod/mini';

export const ICD10CM_DESCRIPTIONS_FORMAT = 'claimlint-icd10cm-descriptions/1';

const CODE = /^[A-Z][A-Z0-9]{2,6}$/;
const PREFIX = /^[A-Z][A-Z0-9]?$/;
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD'));
const code = z.string().check(z.regex(CODE, 'a code is 3-7 letters or digits, without the dot'));
const prefix = z.string().check(z.regex(PREFIX, 'a chunk prefix is a letter, or a letter and one more character'));

/** Code -> official long description. */
const describedSchema = z.record(code, z.string().check(z.minLength(1), z.maxLength(400)));

const fiscalYearSchema = z.object({
  name: z.string().check(z.minLength(1)),
  /** First and last date of service of the year, inclusive. */
  from: isoDate,
  to: isoDate,
});
export type DescriptionYear = z.infer<typeof fiscalYearSchema>;

export const descriptionChunkSchema = z.object({
  format: z.literal(ICD10CM_DESCRIPTIONS_FORMAT),
  /** Every code in the chunk starts with it. */
  prefix,
  fiscalYears: z.array(fiscalYearSchema).check(z.minLength(1)),
  /** The first fiscal year's descriptions. */
  base: describedSchema,
  /** One entry per later fiscal year, against the year before. */
  changes: z.array(z.object({ described: describedSchema, removed: z.array(code) })),
});
export type DescriptionChunk = z.infer<typeof descriptionChunkSchema>;

export const descriptionIndexSchema = z.object({
  format: z.literal(ICD10CM_DESCRIPTIONS_FORMAT),
  fiscalYears: z.array(fiscalYearSchema).check(z.minLength(1)),
  /** Each chunk: its prefix and file name (beside the index); a code belongs to the chunk with its longest prefix. */
  chunks: z.array(z.object({
    prefix,
    file: z.string().check(z.regex(/^[A-Z][A-Z0-9]?\.json\.gz$/, 'a chunk file is <prefix>.json.gz')),
  })).check(z.minLength(1)),
});
export type DescriptionIndex = z.infer<typeof descriptionIndexSchema>;

/** The chunk prefix a code belongs to: the longest listed prefix it starts with, or null (no chunk holds it). */
export function chunkPrefixOf(compactCode: string, prefixes: readonly string[]): string | null {
  let best: string | null = null;
  for (const candidate of prefixes) {
    if (compactCode.startsWith(candidate) && (best === null || candidate.length > best.length)) best = candidate;
  }
  return best;
}
