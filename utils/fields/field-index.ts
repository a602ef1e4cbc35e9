/**
 * Which diagnosis letter (box 21 A–L) or service line (1..n) a repeated field belongs to. Read from the field's
 * own words and structure; collect-fields then fills the gaps page-wide (normalizeRepeatIndexes).
 */
import { CONCEPTS, DIAGNOSIS_LETTERS, type ConceptKey, type DiagnosisLetter } from '../../rules/concepts';
import type { FieldIndex } from '../../rules/schema';
import type { Signal } from './label-text';

/**
 * Where a line number came from, strongest first: the page's own words ("Line 2"), the field's repeated row
 * (see repeated-rows.ts), else line 1. Digits inside names and ids never count: apps generate them.
 */
export type LineNumberSource = 'explicit' | 'row' | 'default';

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

/**
 * The service line a field belongs to: a line number the page shows for it ("Line 2" in its label), else its
 * row's position among the repeated rows, else 1. A name or id is not shown: `svc[0]`, `line_1` and `:r2b:`
 * are what the app generated, and they go stale when a line is removed, so they never number a line.
 */
export function lineNumber(signals: readonly Signal[], row: number | null): { value: number; source: LineNumberSource } {
  for (const signal of signals) {
    if (signal.target !== 'label' || signal.kind === 'column-header') continue;
    const explicit = EXPLICIT_LINE.exec(signal.normalized)?.[1];
    if (explicit) return { value: Number(explicit), source: 'explicit' };
  }
  if (row !== null) return { value: row, source: 'row' };
  return { value: 1, source: 'default' };
}

/** A classified field as normalizeRepeatIndexes sees it. */
export interface RepeatIndexed {
  concept: string;
  index: FieldIndex | 0;
  lineSource: LineNumberSource | null;
}

/**
 * Page-wide fixes, in place: when the page shows lines counted from 0 ("Row 0", "Row 1") every number it shows
 * moves up by one; a diagnosis field whose words name no letter takes the next letter not used on the page.
 */
export function normalizeRepeatIndexes(fields: RepeatIndexed[]): void {
  const shown = fields.filter((field) => field.lineSource === 'explicit' && typeof field.index === 'number');
  if (shown.some((field) => field.index === 0)) {
    for (const field of shown) field.index = (field.index as number) + 1;
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
