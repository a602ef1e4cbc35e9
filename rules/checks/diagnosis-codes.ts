import * as z from 'zod/mini';
import { DIAGNOSIS_LETTERS } from '../concepts';
import { documentGap, notFound, outcomeFor, quoteValue } from '../outcome/check-support';
import { ICD10_SHAPE, normalizeIcd10, readIcd10Format } from '../codes/icd10-format';
import { describeUnread, readCodeInText } from '../codes/code-in-text';
import type { Icd10CmLookup } from '../codes/icd10cm-lookup';
import { claimDateOfService, type DateOfService } from '../reading/date-of-service';
import type { Field } from '../schema';
import { hasValue } from '../reading/snapshot-fields';
import { defineCheck, type CheckOutcome } from './types';
import { replaceCodeIn, withSuggestions } from '../outcome/suggestions';
import type { SourceWords } from '../outcome/source-words';

/** Children named in a "choose ..." message; a longer list would bury the message. */
const MAX_CHILDREN_SHOWN = 8;
const CHARACTERS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Box 21 needs at least one diagnosis, and every filled one must be an ICD-10-CM code that is billable on the
 * claim's date of service. One outcome per filled diagnosis letter, so each bad code is marked on its own field.
 * Without the code table (or for a date it does not cover) a well-formed code is "can't tell", never "pass".
 */
export const diagnosisCodes = defineCheck({
  options: z.object({
    /**
     * 'one-per-box': a claim's box-21 letter holds one code, so a value with two codes, or a code inside a
     * sentence, fails as such. 'every-code': a note's or plan's diagnosis field may list several codes or write
     * one in a sentence ("Neck pain M54.2 after the fall"), so every code in it is judged on its own, and words
     * with no code in them are not a code to judge.
     */
    codesPerValue: z._default(z.enum(['one-per-box', 'every-code']), 'one-per-box'),
  }),
  run(context, { codesPerValue }) {
    const { fields, today, references } = context;
    const all = [...fields.all('claim.diagnosis')].sort(byLetter);
    if (all.length === 0) return [notFound(context, 'claim.diagnosis', 'box 21 diagnosis')];
    const filled = all.filter(hasValue);
    if (filled.length === 0) {
      return [outcomeFor(all[0]!, 'fail', documentGap(all[0]!) ?? 'Box 21 has no diagnosis code; a claim needs at least one (A)')];
    }
    const service = claimDateOfService(fields, today);
    if (codesPerValue === 'one-per-box') return filled.map((field) => judgeDiagnosis(field, service, references.icd10cm, context.where));
    return filled.flatMap((field) => everyCodeIn(field).map((value) => (value === null
      ? outcomeFor(field, 'notApplicable', `${nameOf(field)} ${quoteValue(field.value)} gives no diagnosis code to judge`)
      : judgeDiagnosis({ ...field, value }, service, references.icd10cm, context.where, field.value))));
  },
});

/** Each ICD-10-CM-shaped code in a value, or the value itself when it may be one code; null for words alone. */
function everyCodeIn(field: Field): (string | null)[] {
  const read = readCodeInText(field.value, ICD10_SHAPE);
  if (!read.ok && read.reason !== 'no-code') return read.codes;
  // "724.2 Lumbago" or "M545" is a code to judge (and fail); "Low back pain" holds none.
  return read.ok || /\d/.test(field.value) ? [field.value] : [null];
}

function nameOf(field: Field): string {
  return field.index === null ? 'Diagnosis' : `Diagnosis ${field.index}`;
}

/** What a claim file may say a diagnosis is coded in, besides ICD: ClaimLint judges only ICD-10-CM codes. */
const NOT_ICD: Partial<Record<NonNullable<Field['codeSystem']>, string>> = { 'snomed-ct': 'SNOMED CT' };

/** `whole`: the field's whole value, when `field.value` is one code read from it (a note's list of codes). */
function judgeDiagnosis(field: Field, service: DateOfService, icd10cm: Icd10CmLookup | undefined, where: SourceWords, whole = field.value): CheckOutcome {
  const name = nameOf(field);
  if (field.codeSystem === 'icd-9-cm') {
    // The claim says so itself (X12 qualifier BK/BF): a wrong code set, not a misshapen ICD-10 code.
    return outcomeFor(field, 'fail', `${name} ${quoteValue(field.value)} is sent as an ICD-9-CM code; ICD-9 codes are not accepted for `
      + 'dates of service from 2015-10-01 on, so code it in ICD-10-CM');
  }
  const system = field.codeSystem && NOT_ICD[field.codeSystem];
  if (system) {
    return outcomeFor(field, 'cantTell', `${name} ${quoteValue(field.value)} is coded in ${system}, not ICD-10-CM, so ClaimLint `
      + "can't tell which ICD-10-CM code the payer will read; send the ICD-10-CM code beside it");
  }
  // A picker's "M54.16 Radiculopathy, lumbar region" is judged by its code; two codes or a code in a sentence are not.
  const inText = readCodeInText(field.value, ICD10_SHAPE);
  if (!inText.ok && inText.reason !== 'no-code') {
    return outcomeFor(field, 'fail', `${name} ${quoteValue(field.value)} ${describeUnread(inText, 'diagnosis code')}`);
  }
  // "724.2 Lumbago": the reason is about its first word, the code the picker meant, not the description's spaces.
  const leading = /^\s*[([]?([^\s,;:|()[\]–—]+)[)\]]?\s*(?:[-–—:|]\s*)?\p{L}{2,}/u.exec(field.value)?.[1];
  const written = inText.ok ? inText.code : leading && /\d/.test(leading) ? leading : field.value;
  const read = readIcd10Format(written);
  if (!read.ok) return outcomeFor(field, 'fail', `${name} ${quoteValue(field.value)} is not an ICD-10-CM code: ${read.reason}`);
  const subject = `${name} ${read.code}${inText.ok && inText.description ? ` (${inText.description})` : ''}`;
  if (!icd10cm) {
    return outcomeFor(field, 'cantTell', `${subject} is shaped like an ICD-10-CM code, but the ICD-10-CM code table `
      + "was not available, so ClaimLint can't tell whether it is a billable code");
  }
  const date = service.date;
  const onDate = `on ${date}${service.source === 'today' ? ` (no date of service found ${where.inIt}, so the day checked)` : ''}`;
  const status = icd10cm.statusOn(read.compact, date);
  switch (status) {
    case null:
      return outcomeFor(field, 'cantTell', `ClaimLint's ICD-10-CM table covers dates of service ${icd10cm.coverage.from} `
        + `to ${icd10cm.coverage.to}, so it can't tell whether ${subject} is valid ${onDate}`);
    case 'billable':
      return outcomeFor(field, 'pass', `${subject} is a billable ICD-10-CM code ${onDate}`);
    case 'header': {
      const until = wasBillableBefore(icd10cm, read.compact, date);
      const choice = childrenToChoose(icd10cm, read.compact, date);
      const outcome = outcomeFor(field, 'fail', `${subject} is a category, not a billable code${until ? ` (billable until ${until})` : ''}; `
        + `${howToChoose(choice, read.code)}`);
      // Only the whole choice is offered, and not in a document's text, which ClaimLint does not edit.
      if (!choice.complete || field.document !== undefined) return outcome;
      return withSuggestions(outcome, choice.children.flatMap((child) => {
        const code = written.includes('.') ? child : child.replace('.', '');
        const value = replaceCodeIn(whole, written, code);
        return value === null ? [] : [{ value, label: code }];
      }));
    }
    case 'unknown': {
      const change = validInOtherYear(icd10cm, read.compact, date);
      return outcomeFor(field, 'fail', `${subject} is not an ICD-10-CM code in effect ${onDate}${change ? ` (${change})` : ''}`);
    }
  }
}

/** A header's billable children on the date; `complete` when they are the whole choice and few enough to list. */
function childrenToChoose(icd10cm: Icd10CmLookup, compact: string, date: string): { children: string[]; complete: boolean } {
  const children = icd10cm.billableChildrenOn(compact, date).map((child) => normalizeIcd10(child) ?? child);
  // Subcategories below it (M54 -> M54.1, M54.5, ...) hold more choices than its billable children show.
  const hasSubcategories = [...CHARACTERS].some((next) => icd10cm.statusOn(compact + next, date) === 'header');
  return { children, complete: children.length > 0 && !hasSubcategories && children.length <= MAX_CHILDREN_SHOWN };
}

/** "choose M54.50, M54.51 or M54.59" when that is the whole choice, else a pointer to more specific codes. */
function howToChoose({ children, complete }: { children: string[]; complete: boolean }, code: string): string {
  if (children.length === 0) return `choose a more specific code under ${code}`;
  if (complete) return `choose ${orList(children)}`;
  return `choose a more specific code under ${code}, such as ${children.slice(0, MAX_CHILDREN_SHOWN).join(', ')}`;
}

/** For a header: the last day of the previous fiscal year, when the code was billable then. */
function wasBillableBefore(icd10cm: Icd10CmLookup, compact: string, date: string): string | null {
  const lastDay = dayBefore(fiscalYearStart(date));
  return icd10cm.statusOn(compact, lastDay) === 'billable' ? lastDay : null;
}

/** For a code unknown on the date: "deleted 2026-10-01" or "valid from 2026-10-01", when the table says so. */
function validInOtherYear(icd10cm: Icd10CmLookup, compact: string, date: string): string | null {
  const start = fiscalYearStart(date);
  const before = icd10cm.statusOn(compact, dayBefore(start));
  if (before === 'billable' || before === 'header') return `deleted ${start}`;
  const next = `${Number(start.slice(0, 4)) + 1}-10-01`;
  const after = icd10cm.statusOn(compact, next);
  return after === 'billable' || after === 'header' ? `valid from ${next}` : null;
}

/** ICD-10-CM code sets change on October 1 (the federal fiscal year). */
function fiscalYearStart(date: string): string {
  const year = Number(date.slice(0, 4));
  return `${date.slice(5) >= '10-01' ? year : year - 1}-10-01`;
}

/** The last day of the fiscal year that ends just before this October 1. */
function dayBefore(octoberFirst: string): string {
  return `${octoberFirst.slice(0, 4)}-09-30`;
}

function orList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function letterRank(field: Field): number {
  const rank = DIAGNOSIS_LETTERS.indexOf(field.index as (typeof DIAGNOSIS_LETTERS)[number]);
  return rank === -1 ? DIAGNOSIS_LETTERS.length : rank;
}

function byLetter(a: Field, b: Field): number {
  return letterRank(a) - letterRank(b);
}
