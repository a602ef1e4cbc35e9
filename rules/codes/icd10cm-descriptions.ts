/**
 * Official ICD-10-CM long descriptions ("M54.2" -> "Cervicalgia") over the chunks of
 * public/data/icd10cm-descriptions/ that were loaded. A code's wording can change from one fiscal year to the next
 * (L02.232 gained "and flank" in FY2027), so the description is the one in effect on the date of service.
 * Every chunk is validated first: a broken chunk is an error that says what is wrong, never a made-up description.
 */
import { descriptionChunkSchema, type DescriptionChunk } from './icd10cm-descriptions-data';

/** What a letter drafter takes (rules/letters DiagnosisDescriptions): descriptions on one date of service. */
export interface DescriptionsOnDate {
  describe(code: string): string | null;
}

export interface Icd10CmDescriptions {
  /**
   * The official long description of a code as written ("M54.2", "m542"), in the fiscal year of `dateOfService`
   * (YYYY-MM-DD). Without a date, the latest year the data has: a letter with no date of service is about care
   * now or to come, and the latest wording is the one a reviewer reads today. Null when that year has no such code,
   * the date is outside the years the data covers, or the code's chunk was not loaded.
   */
  describe(code: string, dateOfService?: string): string | null;
  /** The same descriptions with the date fixed, in the shape the letter drafters take. */
  onDate(dateOfService: string | undefined): DescriptionsOnDate;
  /** The dates of service the data covers (inclusive). */
  coverage: { from: string; to: string };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A lookup over parsed chunks (any number, each a different prefix). Throws, naming the chunk and the problem, on any invalid one. */
export function createIcd10CmDescriptions(chunks: readonly unknown[]): Icd10CmDescriptions {
  const valid = chunks.map((chunk, position) => validChunk(chunk, position));
  const years = valid[0]?.fiscalYears;
  if (!years) throw new Error('The ICD-10-CM descriptions: no chunk was given');
  const byPrefix = new Map<string, DescriptionChunk>();
  for (const chunk of valid) {
    if (byPrefix.has(chunk.prefix)) throw new Error(`The ICD-10-CM descriptions: chunk ${chunk.prefix} was given twice`);
    if (JSON.stringify(chunk.fiscalYears) !== JSON.stringify(years)) {
      throw new Error(`The ICD-10-CM descriptions: chunk ${chunk.prefix} covers other fiscal years than chunk ${valid[0]!.prefix}`);
    }
    byPrefix.set(chunk.prefix, chunk);
  }
  // Each chunk's later years are built the first time a date in them is asked about.
  const built = new Map<string, Map<string, string>[]>();
  const yearsOf = (chunk: DescriptionChunk): Map<string, string>[] => {
    let list = built.get(chunk.prefix);
    if (!list) built.set(chunk.prefix, (list = [new Map(Object.entries(chunk.base))]));
    while (list.length < years.length) list.push(applyChanges(list.at(-1)!, chunk.changes[list.length - 1]!));
    return list;
  };
  const yearIndex = (date: string | undefined): number => {
    if (date === undefined) return years.length - 1;
    return ISO_DATE.test(date) ? years.findIndex((year) => year.from <= date && date <= year.to) : -1;
  };
  const prefixes = [...byPrefix.keys()];

  const describe = (code: string, dateOfService?: string): string | null => {
    const compact = code.trim().toUpperCase().replace('.', '');
    const index = yearIndex(dateOfService);
    // The longest prefix wins: with chunks S and S0 both loaded, S0 holds S00-S09.
    const prefix = prefixes.filter((candidate) => compact.startsWith(candidate)).sort((a, b) => b.length - a.length)[0];
    if (index === -1 || prefix === undefined) return null;
    return yearsOf(byPrefix.get(prefix)!)[index]!.get(compact) ?? null;
  };
  return {
    describe,
    onDate: (dateOfService) => ({ describe: (code) => describe(code, dateOfService) }),
    coverage: { from: years[0]!.from, to: years.at(-1)!.to },
  };
}

function validChunk(chunk: unknown, position: number): DescriptionChunk {
  const parsed = descriptionChunkSchema.safeParse(chunk);
  const name = typeof (chunk as { prefix?: unknown } | null)?.prefix === 'string' ? `chunk ${(chunk as { prefix: string }).prefix}` : `chunk ${position + 1}`;
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`);
    throw new Error(`The ICD-10-CM descriptions: ${name} is not valid (${issues.join('; ')})`);
  }
  const { prefix, fiscalYears, base, changes } = parsed.data;
  const invalid = (why: string) => new Error(`The ICD-10-CM descriptions: ${name} is not valid (${why})`);
  if (changes.length !== fiscalYears.length - 1) throw invalid(`${fiscalYears.length} fiscal years but ${changes.length} change sets`);
  fiscalYears.forEach((year, index) => {
    const previous = fiscalYears[index - 1];
    if (year.from > year.to || (previous !== undefined && previous.to >= year.from)) throw invalid(`${year.name} ${year.from}..${year.to} does not follow on`);
  });
  const codes = [...Object.keys(base), ...changes.flatMap((change) => [...Object.keys(change.described), ...change.removed])];
  const stray = codes.find((code) => !code.startsWith(prefix));
  if (stray !== undefined) throw invalid(`${stray} does not start with ${prefix}`);
  const present = new Set(Object.keys(base));
  changes.forEach((change, index) => {
    const missing = change.removed.find((code) => !present.delete(code));
    if (missing !== undefined) throw invalid(`it removes ${missing} in ${fiscalYears[index + 1]!.name}, which the year before did not have`);
    for (const code of Object.keys(change.described)) present.add(code);
  });
  return parsed.data;
}

/** The year after `before`: removed codes gone (validChunk checked they were there), added and retitled ones with their new wording. */
function applyChanges(before: Map<string, string>, change: DescriptionChunk['changes'][number]): Map<string, string> {
  const after = new Map(before);
  for (const code of change.removed) after.delete(code);
  for (const [code, description] of Object.entries(change.described)) after.set(code, description);
  return after;
}
