/**
 * The shape of public/data/icd10cm.json, shared by the script that writes it (scripts/build-icd10cm.ts) and
 * the table that reads it (icd10cm-table.ts), so both agree on one schema.
 *
 * The first fiscal year carries its full code lists; every later year carries only its changes against the year
 * before. Code lists are grouped by 3-character category: "M54": ",1,2,...,50,51,59" means M54, M541, M542, ...,
 * M5450, M5451, M5459 (the empty entry is the category itself). Codes have no dot.
 */
import * as z from 'zod/mini';

export const ICD10CM_DATA_FORMAT = 'claimlint-icd10cm/1';

const CATEGORY = /^[A-Z][A-Z0-9][A-Z0-9]$/;
const SUFFIXES = /^[A-Z0-9]{0,4}(?:,[A-Z0-9]{0,4})*$/;
const CODE = /^[A-Z][A-Z0-9][A-Z0-9][A-Z0-9]{0,4}$/;

/** Codes grouped by category: category -> comma-separated suffixes, sorted. */
const codeGroupsSchema = z.record(
  z.string().check(z.regex(CATEGORY, 'a category key is 3 letters or digits, the first a letter')),
  z.string().check(z.regex(SUFFIXES, 'a category lists comma-separated suffixes of 0-4 letters or digits')),
);
export type CodeGroups = z.infer<typeof codeGroupsSchema>;

const codeListSchema = z.array(z.string().check(z.regex(CODE, 'a code is 3-7 letters or digits, without the dot')));

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD'));

const fiscalYearSchema = z.object({
  name: z.string().check(z.minLength(1)),
  /** First and last date of service of the year, inclusive. */
  from: isoDate,
  to: isoDate,
  /** Where the year's codes come from, in words. */
  basis: z.string(),
  billableCount: z.number().check(z.int(), z.gte(0)),
  headerCount: z.number().check(z.int(), z.gte(0)),
});
export type FiscalYearInfo = z.infer<typeof fiscalYearSchema>;

const codeChangesSchema = z.object({
  addedBillable: codeListSchema,
  removedBillable: codeListSchema,
  addedHeader: codeListSchema,
  removedHeader: codeListSchema,
});
export type CodeChanges = z.infer<typeof codeChangesSchema>;

const sourceFileSchema = z.object({
  file: z.string(),
  /** Where the file was published and how it was obtained. */
  origin: z.string(),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  bytes: z.number(),
});

export const icd10CmDataSchema = z.object({
  format: z.literal(ICD10CM_DATA_FORMAT),
  provenance: z.object({
    summary: z.string(),
    sources: z.array(sourceFileSchema).check(z.minLength(1)),
  }),
  fiscalYears: z.array(fiscalYearSchema).check(z.minLength(1)),
  /** The first fiscal year's codes in full. */
  base: z.object({ billable: codeGroupsSchema, header: codeGroupsSchema }),
  /** One entry per later fiscal year: its changes against the year before. */
  changes: z.array(codeChangesSchema),
});
export type Icd10CmData = z.infer<typeof icd10CmDataSchema>;

/** Groups codes by their 3-character category, in code order; the output depends only on the set of codes. */
export function groupByCategory(codes: Iterable<string>): CodeGroups {
  const byCategory = new Map<string, string[]>();
  for (const code of [...new Set(codes)].sort(compareCodes)) {
    const category = code.slice(0, 3);
    const suffixes = byCategory.get(category);
    if (suffixes) suffixes.push(code.slice(3));
    else byCategory.set(category, [code.slice(3)]);
  }
  const groups: CodeGroups = {};
  for (const [category, suffixes] of byCategory) groups[category] = suffixes.join(',');
  return groups;
}

/** The codes of a grouping, in code order. */
export function expandGroups(groups: CodeGroups): string[] {
  return Object.entries(groups).flatMap(([category, suffixes]) =>
    suffixes.split(',').map((suffix) => category + suffix));
}

/** Plain code-unit order, the same on every machine and locale (localeCompare is not). */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
