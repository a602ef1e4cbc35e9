import * as z from 'zod/mini';
import { outcomeFor, quoteValue } from '../outcome/check-support';
import { readCodeInText } from '../codes/code-in-text';
import { ICD10_SHAPE, normalizeIcd10 } from '../codes/icd10-format';
import { DIAGNOSIS_LETTERS } from '../concepts';
import type { Field } from '../schema';
import { hasValue } from '../reading/snapshot-fields';
import { defineCheck, type CheckOutcome } from './types';

const regexOption = z.string().check(z.minLength(1), z.refine((source) => {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}, 'must be a valid regular expression'));

/**
 * The first diagnosis (box 21 A) must be of a kind a payer names (Medicare chiropractic: a spinal subluxation
 * M99.01–M99.05), and, when asked, another diagnosis must follow it: `secondary` 'required' fails without one,
 * 'ask' says "can't tell" (contractors differ). No diagnosis on the page is "can't tell".
 */
export const primaryDiagnosis = defineCheck({
  options: z.object({
    pattern: regexOption,
    /** What the pattern accepts, for messages: "a spinal subluxation code (M99.01–M99.05)". */
    label: z.string().check(z.minLength(1)),
    secondary: z.optional(z.enum(['required', 'ask'])),
    /** Why a secondary diagnosis is wanted, for the message when 'ask'. */
    secondaryBecause: z.optional(z.string().check(z.minLength(1))),
  }),
  run(context, { pattern, label, secondary, secondaryBecause }) {
    const { fields } = context;
    const all = fields.all('claim.diagnosis');
    if (all.length === 0) {
      return [{ status: 'cantTell', concept: 'claim.diagnosis', index: null, fieldKey: null, message: `ClaimLint could not find the diagnosis codes ${context.where.inIt}` }];
    }
    const filled = all.filter(hasValue).sort((a, b) => rank(a) - rank(b));
    const first = filled[0];
    if (!first) return [outcomeFor(all[0]!, 'fail', `No diagnosis is entered; the first one must be ${label}`)];
    const accepts = new RegExp(pattern, 'i');
    if (first.codeSystem === 'snomed-ct') {
      return [outcomeFor(first, 'cantTell', `The first diagnosis (${first.index}) is coded in SNOMED CT, not ICD-10-CM, so ClaimLint can't tell whether it is ${label}`)];
    }
    const code = codeOf(first);
    const outcomes: CheckOutcome[] = [];
    if (code && accepts.test(code)) {
      outcomes.push(outcomeFor(first, 'pass', `The first diagnosis (${first.index}) ${code} is ${label}`));
    } else {
      const later = filled.slice(1).find((field) => { const other = codeOf(field); return other !== null && accepts.test(other); });
      const move = later ? `; ${codeOf(later)} (diagnosis ${later.index}) is one, so list it first` : '';
      outcomes.push(outcomeFor(first, 'fail', `The first diagnosis (${first.index}) ${code ?? quoteValue(first.value)} is not ${label}${move}`));
    }
    if (secondary) outcomes.push(secondaryOutcome(first, filled.slice(1), secondary, secondaryBecause));
    return outcomes;
  },
});

function secondaryOutcome(first: Field, rest: Field[], secondary: 'required' | 'ask', because: string | undefined): CheckOutcome {
  const next = rest[0];
  if (next) return outcomeFor(next, 'pass', `A further diagnosis is listed after the first: ${codeOf(next) ?? quoteValue(next.value)}`);
  if (secondary === 'required') return outcomeFor(first, 'fail', 'Only one diagnosis is listed; add the condition treated as a further diagnosis');
  return outcomeFor(first, 'cantTell', `Only one diagnosis is listed${because ? `; ${because}` : ''}`);
}

function rank(field: Field): number {
  return typeof field.index === 'string' ? DIAGNOSIS_LETTERS.indexOf(field.index as (typeof DIAGNOSIS_LETTERS)[number]) : 99;
}

function codeOf(field: Field): string | null {
  const read = readCodeInText(field.value, ICD10_SHAPE);
  return read.ok ? normalizeIcd10(read.code) ?? read.code.toUpperCase() : null;
}
