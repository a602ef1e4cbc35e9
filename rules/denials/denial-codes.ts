/**
 * Denial reason codes (X12 CARC, RARC and the CARC group codes) in ClaimLint's own words: what each means for the
 * biller, what an appeal must answer, the documents it rests on and the checklist rules whose components it
 * points at. Data in denial-codes.json, validated once when this module loads; an unknown code is looked up as
 * unknown, never dropped or guessed.
 */
import * as z from 'zod/mini';
import data from './denial-codes.json' with { type: 'json' };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const codeSourceSchema = z.object({
  list: z.string().check(z.minLength(1)),
  url: z.string().check(z.regex(/^https:\/\/x12\.org\/codes\//)),
  date: z.string().check(z.regex(ISO_DATE)),
});

export const denialFamilySchema = z.enum([
  'medical-necessity', 'authorization', 'coding', 'documentation', 'coverage', 'benefit-limit', 'eligibility',
  'timely-filing', 'duplicate', 'provider', 'cost-share', 'alert',
]);
export type DenialFamily = z.infer<typeof denialFamilySchema>;

const denialCodeSchema = z.object({
  kind: z.enum(['carc', 'rarc']),
  code: z.string().check(z.regex(/^[A-Z0-9]{1,6}$/)),
  family: denialFamilySchema,
  title: z.string().check(z.minLength(1)),
  means: z.string().check(z.minLength(1)),
  appealAnswers: z.string().check(z.minLength(1)),
  documents: z.array(z.string().check(z.minLength(1))),
  checklistRules: z.array(z.object({ checklistId: z.string(), ruleId: z.string() })),
  source: codeSourceSchema,
});
export type DenialCode = z.infer<typeof denialCodeSchema>;

const denialCodeTableSchema = z.object({
  title: z.string(),
  groups: z.array(z.object({ code: z.string().check(z.regex(/^[A-Z]{2}$/)), title: z.string(), means: z.string() })),
  groupSource: codeSourceSchema,
  codes: z.array(denialCodeSchema).check(
    z.refine((codes) => new Set(codes.map((entry) => `${entry.kind}:${entry.code}`)).size === codes.length, 'duplicate code'),
  ),
});
export type DenialCodeTable = z.infer<typeof denialCodeTableSchema>;

/** The bundled table, validated at load: a broken edit fails the first import, not a letter. */
export const DENIAL_CODES: DenialCodeTable = denialCodeTableSchema.parse(data);

export type DenialCodeKind = DenialCode['kind'];

/** A code's entry, or undefined when ClaimLint does not know it (the caller says so; it never guesses). */
export function denialCode(kind: DenialCodeKind, code: string): DenialCode | undefined {
  const wanted = normalCode(code);
  return DENIAL_CODES.codes.find((entry) => entry.kind === kind && entry.code === wanted);
}

/** A CARC group code's words (CO, PR, OA, PI, CR), or undefined for a group X12 does not define. */
export function denialGroup(group: string): DenialCodeTable['groups'][number] | undefined {
  return DENIAL_CODES.groups.find((entry) => entry.code === group.trim().toUpperCase());
}

/**
 * Which list a bare code belongs to: remark codes start with M or N (M127, MA130, N115); reason codes are numbers
 * or a letter other than M/N and digits (A1, B7, P12). Used when a source does not say which list it used.
 */
export function codeKindOf(code: string): DenialCodeKind | undefined {
  const wanted = normalCode(code);
  if (/^(M|MA|N)\d{1,4}$/.test(wanted)) return 'rarc';
  if (/^(\d{1,3}|[A-LO-Z]\d{1,3})$/.test(wanted)) return 'carc';
  return undefined;
}

// A leading zero ("050") and lower case are how some systems write the same code.
function normalCode(code: string): string {
  const upper = code.trim().toUpperCase();
  return /^\d+$/.test(upper) ? String(Number(upper)) : upper;
}

/**
 * Families that deny nothing: cost sharing (a deductible, coinsurance, copay or contracted write-off) and alerts
 * (a remark that informs — appeal rights, a claim forwarded or split — without giving a reason). An appeal answers
 * neither.
 */
export function deniesNothing(family: DenialFamily | undefined): boolean {
  return family === 'cost-share' || family === 'alert';
}

/** A reason whose code is one that denies nothing (deniesNothing); an unknown code may deny, so it is not. */
export function reasonDeniesNothing(reason: { kind: string; code: string }): boolean {
  return (reason.kind === 'carc' || reason.kind === 'rarc') && deniesNothing(denialCode(reason.kind, reason.code)?.family);
}
