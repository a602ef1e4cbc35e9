/**
 * Which diagnosis letter (box 21 A–L) or service line (1..n) a repeated field belongs to. Read from the field's
 * own words and structure; collect-fields then fills the gaps page-wide (normalizeRepeatIndexes).
 */
import { CONCEPTS, DIAGNOSIS_LETTERS, type ConceptKey, type DiagnosisLetter } from '../../rules/concepts';
import type { FieldIndex } from '../../rules/schema';
import type { Signal } from './label-text';

/** Where a line number came from, strongest first; collect-fields needs it to fix 0-based names. */
export type LineNumberSource = 'explicit' | 'grid' | 'name' | 'default';

/** "ICD-10" and "ICD-9" name the code set; their digits are not a diagnosis number. */
const CODE_SET = /\bicd[\s-]*(10|9)([\s-]*cm)?\b/g;
const LETTER_ALONE = /^([a-l])(?:[.)]|\s*[.)]?\s*$)/;
const AFTER_DX_WORD = /\b(?:diagnosis|diagnoses|diag|dx|icd)\s*(?:code\s*|cd\s*)?(?:#\s*)?([a-l]|\d{1,2})\b/;
const BOX_21 = /\b21\s*([a-l])\b/;
const RANKED = [
  [/\b(primary|principal|first)\b/, 'A'],
  [/\bsecondary\b/, 'B'],
  [/\btertiary\b/, 'C'],
] as const;

/** The box-21 letter a diagnosis field names, from its strongest signal that names one; numbers 1–12 map to A–L. */
export function diagnosisLetter(signals: readonly Signal[]): DiagnosisLetter | null {
  for (const signal of signals) {
    const text = signal.normalized.replace(CODE_SET, ' ').replace(/\b(e\.g|i\.e)\.?/g, ' ');
    const letter = letterFrom(text.replace(/\s+/g, ' ').trim());
    if (letter) return letter;
  }
  return null;
}

function letterFrom(text: string): DiagnosisLetter | null {
  const raw = LETTER_ALONE.exec(text)?.[1] ?? AFTER_DX_WORD.exec(text)?.[1] ?? BOX_21.exec(text)?.[1];
  if (raw) return toLetter(raw);
  for (const [re, letter] of RANKED) if (re.test(text)) return letter;
  return null;
}

function toLetter(raw: string): DiagnosisLetter | null {
  if (/^\d+$/.test(raw)) return DIAGNOSIS_LETTERS[Number(raw) - 1] ?? null;
  return DIAGNOSIS_LETTERS.find((letter) => letter === raw.toUpperCase()) ?? null;
}

const EXPLICIT_LINE = /\b(?:line|row|ln|svc|service\s*line|item)\s*#?\s*(\d{1,3})\b/;
/** Digits that are not a line number: modifier slots, box numbers, code sets. */
const NOT_LINE_DIGITS = [/\bmod(ifier)?s?\s*\d\b/g, /\bbox\s*\d{1,2}\s*[a-j]?\b/g, /\b24\s*[a-j]\b/g, CODE_SET];
const MAX_NAME_LINE = 99;

/** The service line a field belongs to: "line 2" in its name or label, its grid row, other name digits, else 1. */
export function lineNumber(signals: readonly Signal[], gridRow: number | null): { value: number; source: LineNumberSource } {
  for (const signal of signals) {
    const explicit = EXPLICIT_LINE.exec(signal.normalized)?.[1];
    if (explicit && signal.kind !== 'column-header') return { value: Number(explicit), source: 'explicit' };
  }
  if (gridRow !== null) return { value: gridRow, source: 'grid' };
  for (const signal of signals) {
    if (signal.target !== 'name' || signal.kind === 'autocomplete') continue;
    let tokens = signal.normalized;
    for (const re of NOT_LINE_DIGITS) tokens = tokens.replace(re, ' ');
    const digits = tokens.match(/\b\d{1,3}\b/g);
    const last = digits ? Number(digits[digits.length - 1]) : NaN;
    if (Number.isInteger(last) && last <= MAX_NAME_LINE) return { value: last, source: 'name' };
  }
  return { value: 1, source: 'default' };
}

/** A classified field as normalizeRepeatIndexes sees it. */
export interface RepeatIndexed {
  concept: string;
  index: FieldIndex | 0;
  lineSource: LineNumberSource | null;
}

/**
 * Page-wide fixes, in place: when names count lines from 0 (cpt_0, cpt_1) every name-derived line number
 * moves up by one; a diagnosis field whose words name no letter takes the next letter not used on the page.
 */
export function normalizeRepeatIndexes(fields: RepeatIndexed[]): void {
  const nameLines = fields.filter((field) => field.lineSource === 'name');
  if (nameLines.some((field) => field.index === 0)) {
    for (const field of nameLines) field.index = (field.index as number) + 1;
  }
  for (const field of fields) if (field.index === 0) field.index = 1;

  const diagnoses = fields.filter((field) => CONCEPTS[field.concept as ConceptKey]?.repeat === 'letter');
  const used = new Set(diagnoses.map((field) => field.index));
  for (const field of diagnoses) {
    if (field.index !== null) continue;
    const free = DIAGNOSIS_LETTERS.find((letter) => !used.has(letter));
    if (!free) break;
    field.index = free;
    used.add(free);
  }
}
