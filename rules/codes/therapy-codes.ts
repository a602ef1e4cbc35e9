/**
 * Loads rules/codes/therapy-codes.json: which codes are timed or Medicare therapy codes, psychotherapy time
 * ranges and KX thresholds by year. (NCCI pairs and add-on codes come from the CMS tables: public/data/ncci.json.)
 * Validated and range-expanded at load, so a typo in the data is a build error rather than a silent pass.
 */
import * as z from 'zod/mini';
import { sourceSchema, type Source } from '../schema';
import { readProcedureCode } from './procedure-format';
import data from './therapy-codes.json' with { type: 'json' };
import { english } from '../schema-english';

const codeSchema = z.string().check(z.refine((text) => readProcedureCode(text).ok && text === text.toUpperCase(),
  'a code is 5 characters in CPT/HCPCS form, upper case'));
const codeOrRange = z.string().check(z.regex(/^[0-9A-Z]{5}(?:-[0-9A-Z]{5})?$/, 'a code or a range like 99202-99215'));
const codeList = z.array(codeOrRange).check(z.minLength(1));
const minutes = z.number().check(z.int(), z.gte(0));

export const therapyCodesSchema = z.object({
  about: z.string(),
  timedCodes: z.object({ codes: codeList, source: sourceSchema }),
  medicareTherapyCodes: z.object({ codes: codeList, source: sourceSchema }),
  psychotherapyTimes: z.object({
    codes: z.array(z.object({ code: codeSchema, minMinutes: minutes, maxMinutes: z.nullable(minutes), withEm: z.boolean() })),
    source: sourceSchema,
  }),
  kxThresholds: z.array(z.object({ year: z.number().check(z.int()), usd: z.number().check(z.positive()), source: sourceSchema })),
});

export interface PsychotherapyTime { code: string; minMinutes: number; maxMinutes: number | null; withEm: boolean }
export interface KxThreshold { year: number; usd: number; source: Source }

export interface TherapyCodes {
  timed: ReadonlySet<string>;
  medicareTherapy: ReadonlySet<string>;
  psychotherapy: readonly PsychotherapyTime[];
  kxThresholds: readonly KxThreshold[];
}

/** Validates the data and expands its ranges; throws an error that says what is wrong and where. */
export function loadTherapyCodes(input: unknown): TherapyCodes {
  const parsed = therapyCodesSchema.safeParse(input, english);
  if (!parsed.success) throw new Error(`therapy-codes data is not valid: ${z.prettifyError(parsed.error)}`);
  const { timedCodes, medicareTherapyCodes, psychotherapyTimes, kxThresholds } = parsed.data;
  for (const time of psychotherapyTimes.codes) {
    if (time.maxMinutes !== null && time.maxMinutes < time.minMinutes) {
      throw new Error(`therapy-codes data: ${time.code} ends before it starts`);
    }
  }
  return {
    timed: expandCodes(timedCodes.codes),
    medicareTherapy: expandCodes(medicareTherapyCodes.codes),
    psychotherapy: psychotherapyTimes.codes,
    kxThresholds,
  };
}

/** "99202-99205" -> 99202, 99203, 99204, 99205; ranges are numeric CPT codes only. */
export function expandCodes(entries: readonly string[]): Set<string> {
  const codes = new Set<string>();
  for (const entry of entries) {
    const [from, to] = entry.split('-');
    if (to === undefined) {
      if (!readProcedureCode(from!).ok) throw new Error(`therapy-codes data: ${entry} is not a procedure code`);
      codes.add(from!);
      continue;
    }
    if (!/^\d{5}$/.test(from!) || !/^\d{5}$/.test(to) || Number(to) < Number(from) || Number(to) - Number(from) > 1000) {
      throw new Error(`therapy-codes data: ${entry} is not a range of CPT codes`);
    }
    for (let code = Number(from); code <= Number(to); code++) codes.add(String(code).padStart(5, '0'));
  }
  return codes;
}

/** The bundled therapy code data, validated at load. */
export const THERAPY_CODES: TherapyCodes = loadTherapyCodes(data);
