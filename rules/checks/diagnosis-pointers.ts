import * as z from 'zod/mini';
import { DIAGNOSIS_LETTERS, type DiagnosisLetter } from '../concepts';
import { hasLineFields, lineAnchor, outcomeFor, pointAt, quoteValue, serviceLines } from '../outcome/check-support';
import { hasValue, type SnapshotFields } from '../reading/snapshot-fields';
import { defineCheck, type CheckContext, type CheckOutcome } from './types';

/**
 * Box 24E: every service line points at 1–4 filled box-21 diagnoses (letters A–L; portals often take 1–12).
 * One outcome per service line, on its pointer field.
 */
export const diagnosisPointers = defineCheck({
  options: z.object({}),
  run(context) {
    const { fields } = context;
    const lines = serviceLines(fields);
    if (lines.length === 0) {
      return hasLineFields(fields)
        ? [{ status: 'notApplicable', concept: 'line.procedureCode', index: null, fieldKey: null,
          message: 'No service lines are filled in yet' }]
        : [{ status: 'cantTell', concept: 'line.procedureCode', index: null, fieldKey: null,
          message: `ClaimLint could not find any service lines (box 24) ${context.where.inIt}` }];
    }
    return lines.map((line) => checkLine(context, line));
  },
});

function checkLine({ fields, where }: CheckContext, line: number): CheckOutcome {
  const pointerFields = fields.all('line.diagnosisPointer', line);
  const first = pointerFields[0];
  if (!first) {
    const anchor = lineAnchor(fields, line);
    return {
      status: 'cantTell', concept: 'line.diagnosisPointer', index: line, ...pointAt(anchor),
      message: `ClaimLint could not find a diagnosis pointer field for service line ${line}`,
    };
  }
  // Some portals split 24E into one box per pointer: read them together.
  const text = pointerFields.filter(hasValue).map((field) => field.value).join(' ');
  const at = (status: CheckOutcome['status'], message: string) => ({ ...outcomeFor(first, status, message), index: line });
  if (!text.trim()) return at('fail', `Service line ${line} has no diagnosis pointer`);

  const read = readPointers(text);
  if ('bad' in read) {
    return at('fail', `Service line ${line} diagnosis pointer ${quoteValue(read.bad)} is not a letter A–L (or 1–12)`);
  }
  const { letters } = read;
  // Wrong pointers fail; a pointer whose diagnosis field ClaimLint did not find is only "can't tell".
  const wrong: string[] = [];
  const unsure: string[] = [];
  if (letters.length > 4) wrong.push(`has ${letters.length} diagnosis pointers; box 24E takes at most 4`);
  const repeated = [...new Set(letters.filter((letter, i) => letters.indexOf(letter) !== i))];
  if (repeated.length > 0) wrong.push(`points at ${repeated.join(', ')} more than once`);
  const hasDiagnoses = fields.has('claim.diagnosis');
  for (const letter of new Set(letters)) {
    const diagnosis = fields.all('claim.diagnosis', letter);
    if (diagnosis.some(hasValue)) continue;
    if (diagnosis.length > 0) wrong.push(`points at diagnosis ${letter}, but box 21 ${letter} is empty`);
    else if (hasDiagnoses) unsure.push(`points at diagnosis ${letter}, but ClaimLint could not find box 21 ${letter} ${where.inIt}`);
    else unsure.push(`points at diagnosis ${letter}, but ClaimLint could not find box 21 ${where.inIt} to compare`);
  }
  if (wrong.length > 0) return at('fail', `Service line ${line} ${[...wrong, ...unsure].join('; ')}`);
  if (unsure.length > 0) return at('cantTell', `Service line ${line} ${unsure.join('; ')}`);
  return at('pass', `Service line ${line} points at ${letters.join(', ')}`);
}

/**
 * Reads "A", "AB", "A,B", "a b", "1,2", "12" (= L) into letters in order; digits run together like "1234"
 * are read digit by digit because no pointer is above 12.
 */
export function readPointers(text: string): { letters: DiagnosisLetter[] } | { bad: string } {
  const letters: DiagnosisLetter[] = [];
  for (const token of text.toUpperCase().split(/[\s,;/|+-]+/).filter(Boolean)) {
    if (/^[A-Z]+$/.test(token)) {
      for (const char of token) {
        const letter = DIAGNOSIS_LETTERS.find((l) => l === char);
        if (!letter) return { bad: char };
        letters.push(letter);
      }
    } else if (/^\d+$/.test(token)) {
      const numbers = Number(token) <= 12 ? [Number(token)] : [...token].map(Number);
      for (const number of numbers) {
        const letter = DIAGNOSIS_LETTERS[number - 1];
        if (!letter) return { bad: String(number) };
        letters.push(letter);
      }
    } else {
      return { bad: token };
    }
  }
  return { letters };
}
