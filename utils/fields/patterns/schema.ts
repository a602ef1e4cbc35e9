/**
 * The pattern tables are data (patterns/*.json, like Chromium autofill's form_parsing regex tables), so adding a
 * synonym is a data change that this schema checks: regex sources as strings, known concepts, signal kinds and
 * field kinds, weights in range. A long alternation may be written as a list of alternatives for readability.
 */
import * as z from 'zod/mini';
import { conceptKeySchema, fieldKindSchema } from '../../../rules/schema';
import type { ConceptKey } from '../../../rules/concepts';
import { SIGNAL_KINDS, type ConceptPatterns, type Matcher } from './types';

/** No g or y: a stateful regex would make RegExp.test skip matches on the next field. */
const FLAGS = /^[imsu]*$/;

const regexSourceSchema = z
  .union([z.string().check(z.minLength(1)), z.array(z.string().check(z.minLength(1))).check(z.minLength(1))])
  .check(z.refine((source) => compiles(joinSource(source)), 'not a valid regular expression'));

const patternSchema = z.strictObject({
  re: regexSourceSchema,
  flags: z.optional(z.string().check(z.regex(FLAGS, 'flags may be i, m, s, u only'))),
  weight: z.optional(z.number().check(z.gt(0), z.lte(2))),
  on: z.optional(z.enum(['label', 'name'])),
  signals: z.optional(z.array(z.enum(SIGNAL_KINDS)).check(z.minLength(1))),
  context: z.optional(regexSourceSchema),
  notContext: z.optional(regexSourceSchema),
  /** Like context, but for the whole page (its title and h1): "Assessment" in a daily note is progress. */
  page: z.optional(regexSourceSchema),
  notPage: z.optional(regexSourceSchema),
  where: z.optional(z.enum(['row', 'single'])),
  kinds: z.optional(z.array(fieldKindSchema).check(z.minLength(1))),
  /** true: only a field that picks from a list (select, combobox); false: only one typed freely. */
  picks: z.optional(z.boolean()),
  /** Why the pattern exists, for the next person editing it (JSON has no comments). */
  why: z.optional(z.string()),
});
export type PatternData = z.infer<typeof patternSchema>;

const conceptPatternsSchema = z.strictObject({
  concept: conceptKeySchema,
  patterns: z.array(patternSchema),
  negative: z.optional(z.array(regexSourceSchema)),
  why: z.optional(z.string()),
});

/** One patterns/*.json file. */
export const patternFileSchema = z.strictObject({
  description: z.optional(z.string()),
  concepts: z.array(conceptPatternsSchema),
});
export type PatternFile = z.infer<typeof patternFileSchema>;

/** Validates one pattern file and compiles it into matchers; throws a readable error naming the bad entry. */
export function compilePatternFile(raw: unknown, fileName: string): ConceptPatterns[] {
  const parsed = patternFileSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${fileName}: ${z.prettifyError(parsed.error)}`);
  return parsed.data.concepts.map((entry) => ({
    concept: entry.concept as ConceptKey,
    matchers: entry.patterns.map(compilePattern),
    ...(entry.negative ? { negative: entry.negative.map((source) => new RegExp(joinSource(source))) } : {}),
  }));
}

function compilePattern(pattern: PatternData): Matcher {
  const matcher: Matcher = { re: new RegExp(joinSource(pattern.re), pattern.flags ?? ''), weight: pattern.weight ?? 1 };
  if (pattern.on) matcher.on = pattern.on;
  if (pattern.signals) matcher.signals = pattern.signals;
  if (pattern.context) matcher.context = new RegExp(joinSource(pattern.context));
  if (pattern.notContext) matcher.notContext = new RegExp(joinSource(pattern.notContext));
  if (pattern.page) matcher.page = new RegExp(joinSource(pattern.page));
  if (pattern.notPage) matcher.notPage = new RegExp(joinSource(pattern.notPage));
  if (pattern.where) matcher.where = pattern.where;
  if (pattern.kinds) matcher.kinds = pattern.kinds;
  if (pattern.picks !== undefined) matcher.picks = pattern.picks;
  return matcher;
}

/** A list of alternatives is one alternation; each part is grouped so its anchors stay its own. */
function joinSource(source: string | string[]): string {
  return typeof source === 'string' ? source : source.map((part) => `(?:${part})`).join('|');
}

function compiles(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}
