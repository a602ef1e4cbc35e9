/**
 * Diagnosis and procedure codes written in prose: "lumbar radiculopathy (M54.16)", "CPT 97140 x 2 units".
 * A code-shaped word is taken only when the code set says it is one, or (without the code set) when its shape and
 * the words around it say so, so "PO Box 5450", "L4-L5", "A1C", "T12", a ZIP code or a phone number are not codes.
 */
import { DIAGNOSIS_LETTERS } from '../concepts';
import { MAX_LINE_INDEX } from '../schema';
import { normalizeIcd10 } from '../codes/icd10-format';
import { THERAPY_CODES } from '../codes/therapy-codes';
import { minutesOfCode } from './minutes-in-text';
import { sentenceAt, componentAt, matchesIn } from './text-spans';
import type { DocumentBlock, DocumentComponent } from './types';

const ICD_SHAPE = /(?<![\w.-])((?:[A-Z][0-9]|QA)[0-9A-Z](?:\.[0-9A-Z]{1,4}|[0-9A-Z]{1,4})?)(?![\w-]|\.\d)/g;
// Words that say a code follows or precedes: "ICD-10", "diagnosis", "Dx", "code".
const DIAGNOSIS_CONTEXT = /\b(?:ICD(?:-?10(?:-?CM)?)?|diagnos[ie]s|diagnosed|dx|codes?|impression|condition)\b/i;
const SPINAL_LEVEL = /^[CTLS]\d{1,2}$/;
const SPINE_WORDS = /\b(?:vertebra\w*|level|disc|spine|spinal|segment|fusion|laminectomy|dermatome|nerve root|radiat\w*|[CTLS]\d{1,2}\s*[-–/]\s*$)/i;
const LOOK_ALIKES = /^(?:A1C|B12|B6|D3|T3|T4|E2|K2|C19)$/;
const RULED_OUT = /\b(?:r\/o|rule out|ruled out|rule-out|history of|hx of)\s*[^.;\n]{0,30}$/i;

export interface CodeOptions {
  isDiagnosisCode?: (code: string) => boolean | undefined;
}

/** Diagnosis codes in text order, indexed A, B, … (first mention of each code), from paragraphs, items and lines. */
export function findDiagnosisCodes(text: string, blocks: readonly DocumentBlock[], options: CodeOptions): DocumentComponent[] {
  const found: DocumentComponent[] = [];
  const seen = new Set<string>();
  for (const block of blocks) {
    if (found.length >= DIAGNOSIS_LETTERS.length) break;
    for (const { span, match } of matchesIn(text, ICD_SHAPE, block)) {
      const raw = match[1]!;
      const code = normalizeIcd10(raw);
      if (!code || seen.has(code)) continue;
      const sentence = sentenceAt(text, block, span.start);
      const before = text.slice(Math.max(sentence.start, span.start - 60), span.start);
      const after = text.slice(span.end, Math.min(sentence.end, span.end + 20));
      const confidence = diagnosisConfidence(raw, code, before, after, block, options);
      if (confidence === 0 || RULED_OUT.test(before)) continue;
      seen.add(code);
      found.push(componentAt(text, 'claim.diagnosis', code, sentence, confidence, DIAGNOSIS_LETTERS[found.length]!));
      if (found.length >= DIAGNOSIS_LETTERS.length) break;
    }
  }
  return found;
}

function diagnosisConfidence(raw: string, code: string, before: string, after: string, block: DocumentBlock, options: CodeOptions): number {
  const upper = raw.toUpperCase();
  if (LOOK_ALIKES.test(upper) || /\b(?:box|suite|ste|apt|unit|room|rm|floor|bldg|building|lot|flight|model|part)\s*#?\s*$/i.test(before)) return 0;
  const context = DIAGNOSIS_CONTEXT.test(before) || DIAGNOSIS_CONTEXT.test(block.heading ?? '') || /^\s*[)\]]/.test(after) && /[([]\s*$/.test(before);
  // "T12", "C7" or "S1" undotted is a vertebra unless the words call it a diagnosis; a range of levels never is one.
  if (SPINAL_LEVEL.test(upper) && (!context || SPINE_WORDS.test(before.slice(-25)) || /^\s*[-–/]\s*[CTLS]\d/i.test(after))) return 0;
  const known = options.isDiagnosisCode?.(code);
  if (known === false) return 0;
  if (known === true) return context || raw.includes('.') ? 0.95 : 0.8;
  // Without the code set: a dotted code, or an undotted one with diagnosis words or in parentheses.
  if (raw.includes('.')) return context ? 0.85 : 0.7;
  if (/^[A-Z]\d/.test(upper) && /\d/.test(upper.slice(1)) && context && upper.length >= 3) return 0.65;
  return 0;
}

const PROCEDURE_SHAPE = /(?<![\w.$#/-])(\d{5}|[A-V]\d{4}|\d{4}[FTU])(?![\w/]|[.,]\d|-\d{4})/g;
const PROCEDURE_CONTEXT = /\b(?:CPT|HCPCS|procedure(?: codes?)?|codes?|billing|billed|bill)\b[^.;\n]{0,40}$/i;
const NOT_A_PROCEDURE = /\b(?:box|suite|ste|apt|unit|zip|room|rm|floor|ext|extension|#)\.?\s*$|\$\s*$|\b(?:phone|tel|fax|ph)\b[^\n]{0,20}$/i;
// A ZIP code follows a state: "Portland, OR 97110" (case matters: "or 97140" lists a code).
const STATE_BEFORE = /\b(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])\s*,?\s*$/;
const THERAPY_SETS = [THERAPY_CODES.timed, THERAPY_CODES.medicareTherapy];
// CPT ranges a letter about therapy names without saying "CPT": physical medicine and rehabilitation,
// chiropractic and osteopathic manipulation, psychiatric services, acupuncture.
const THERAPY_RANGES: [string, string][] = [['97010', '97799'], ['98925', '98943'], ['90785', '90899'], ['97810', '97814']];
// "x 25 min" is the code's minutes and "x 12 visits" its visits, not 25 or 12 units.
const UNITS_AFTER = /^\s*(?:[-–(:,]\s*)?(?:x\s*(\d{1,2})(?!\s*-?\s*(?:min|visits?|sessions?|treatments?|appointments?|weeks?|wks?|days?|months?|mos?)\b|\d)\s*(?:units?|u)?\b|\(?\s*(\d{1,2})\s*units?\b|[^.;\n]{0,30}?\b(\d{1,2})\s*units?\b)/i;
// A row written out as labelled cells: "CPT: 97110; Units: 2; Minutes: 28".
const UNITS_CELL = /\b(?:units?|qty|quantity)\s*[:=]\s*(\d{1,2})\b/i;
const UNITS_BEFORE = /\b(\d{1,2})\s*units?\s+(?:of\s+)?(?:CPT\s*)?$/i;

/**
 * Procedure codes with context, numbered 1..n, each with its units when the words give them. Above a letter's
 * salutation (before `bodyFrom`: letterhead, address) a number in a therapy range is a ZIP code or a suite until
 * the words say CPT.
 */
export function findProcedureCodes(text: string, blocks: readonly DocumentBlock[], bodyFrom = 0): DocumentComponent[] {
  const found: DocumentComponent[] = [];
  const seen = new Set<string>();
  let lines = 0;
  for (const block of blocks) {
    for (const { span, match } of matchesIn(text, PROCEDURE_SHAPE, block)) {
      const code = match[1]!.toUpperCase();
      if (seen.has(code) || lines >= MAX_LINE_INDEX) continue;
      const sentence = sentenceAt(text, block, span.start);
      const before = text.slice(Math.max(block.start, span.start - 60), span.start);
      if (NOT_A_PROCEDURE.test(before) || STATE_BEFORE.test(before)) continue;
      // A listed code ("97110, 97140 and 97530") takes the context of the first.
      // "CPT 97110, 97140 and 97530": a listed code is within reach of the word that names the list.
      const worded = PROCEDURE_CONTEXT.test(before) || /\b(?:CPT|HCPCS)\b/i.test(block.heading ?? '');
      const therapy = /^\d{5}$/.test(code) && (THERAPY_SETS.some((set) => set.has(code)) || THERAPY_RANGES.some(([from, to]) => code >= from && code <= to))
        || THERAPY_CODES.psychotherapy.some((time) => time.code === code);
      if (!worded && (!therapy || span.start < bodyFrom)) continue;
      seen.add(code);
      lines += 1;
      const line = lines;
      found.push(componentAt(text, 'line.procedureCode', code, sentence, worded ? 0.9 : 0.7, line));
      // Units and minutes after the next code belong to that code; minutes before a code only when no code
      // stands before it in the sentence ("25 min of therapeutic exercise (97110)").
      const ahead = text.slice(span.end, Math.min(sentence.end, span.end + 120));
      const own = ahead.slice(0, NEXT_CODE.exec(ahead)?.index ?? ahead.length);
      const units = unitsNear(text, span.end, own, before);
      if (units) found.push(componentAt(text, 'line.units', units, sentence, 0.8, line));
      const previousCode = found.findLast((component) => component.concept === 'line.procedureCode' && component.index !== line);
      const leading = previousCode && previousCode.span.start === sentence.start ? '' : text.slice(sentence.start, span.start);
      const minutes = minutesOfCode(own, leading) ?? columnInTable(text, span.end, MINUTES_COLUMN);
      if (minutes) found.push(componentAt(text, 'line.minutes', minutes, sentence, 0.8, line));
    }
  }
  return found;
}

const NEXT_CODE = /\b(?:\d{5}|[A-V]\d{4})\b/;

function unitsNear(text: string, codeEnd: number, own: string, before: string): string | null {
  const after = UNITS_AFTER.exec(own.slice(0, 40));
  const units = after?.[1] ?? after?.[2] ?? after?.[3] ?? UNITS_CELL.exec(own)?.[1] ?? UNITS_BEFORE.exec(before)?.[1]
    ?? columnInTable(text, codeEnd, UNITS_COLUMN);
  return units && Number(units) > 0 ? String(Number(units)) : null;
}

const CELLS = /\t|\s*\|\s*|\s{2,}/;
const MAX_HEADER_LOOKBACK = 10;

const UNITS_COLUMN = /^(?:units?|qty|quantity)$/i;
// A clock time ("10:30") in a "Time" column is no count of minutes: the cell must be a bare number.
const MINUTES_COLUMN = /^(?:minutes|mins?|time|time\s*\(\s*min(?:utes|s)?\s*\)|(?:timed|treatment|tx)\s+min(?:utes|s)?|min(?:utes|s)?\s*\(timed\))$/i;

// A table row "97110 | 2 | Therapeutic exercise" under a header row naming the column ("Units", "Minutes").
function columnInTable(text: string, codeEnd: number, name: RegExp): string | undefined {
  const rowStart = text.lastIndexOf('\n', codeEnd) + 1;
  const rowEnd = text.indexOf('\n', codeEnd);
  const row = text.slice(rowStart, rowEnd === -1 ? text.length : rowEnd).trim().replace(/^\|\s*/, '');
  if (!CELLS.test(row)) return undefined;
  let end = rowStart - 1;
  let blank = false;
  for (let lines = 0; lines < MAX_HEADER_LOOKBACK && end > 0; lines += 1) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const header = text.slice(start, end).trim().replace(/^\|\s*/, '');
    // A Markdown table's "|---|" row reads as one blank line under its header; two blank lines end the table.
    if (header === '') {
      if (blank) return undefined;
      blank = true;
      end = start - 1;
      continue;
    }
    blank = false;
    const column = header.split(CELLS).findIndex((cell) => name.test(cell.trim()));
    if (column !== -1) return /^\d{1,3}$/.exec(row.split(CELLS)[column]?.trim() ?? '')?.[0];
    end = start - 1;
  }
  return undefined;
}
