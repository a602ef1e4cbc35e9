/**
 * A code as EHR pickers show it: with its description beside it ("M54.16 Radiculopathy, lumbar region",
 * "97110 – Therapeutic exercise", "1234567893 (Dana Wu)", "Low back pain (M54.50)"). The code is read only
 * from the start or the end of the value, next to a separator; a value holding two codes, or a code inside a
 * sentence, is reported as such and never reduced to one code, because picking one would judge a guess.
 */
import { withArticle } from '../outcome/with-article';

/** What a kind of code looks like: `token` finds candidates in text, `isCode` says whether one is that code. */
export interface CodeShape {
  /** A regular expression source (no anchors, no flags) for one candidate token. */
  token: string;
  isCode(token: string): boolean;
  /** Words in a description that look like a code but are not one (spinal levels "T10-T12" for ICD-10-CM). */
  notCodes?: RegExp;
}

export type CodeInText =
  | { ok: true; code: string; description: string | null; position: 'whole' | 'start' | 'end' }
  | { ok: false; reason: 'no-code'; codes: [] }
  | { ok: false; reason: 'several-codes' | 'inside-text'; codes: string[] };

// A description must hold a word: "M54.50 - Low back pain", not "M54.50 - 2".
const HAS_WORD = /\p{L}{2,}/u;
const OPEN = String.raw`[(\[]`;
const CLOSE = String.raw`[)\]]`;
const DASH_OR_COLON = String.raw`[-–—:|]`;

/** Reads the one code at the start or end of a value with its description, or says why it cannot. */
export function readCodeInText(text: string, shape: CodeShape): CodeInText {
  const value = text.trim();
  if (shape.isCode(value)) return { ok: true, code: value, description: null, position: 'whole' };
  const searched = shape.notCodes ? value.replace(shape.notCodes, (words) => ' '.repeat(words.length)) : value;
  const tokens = [...searched.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}.])(?:${shape.token})(?![\p{L}\p{N}]|\.[\p{L}\p{N}])`, 'giu'))]
    .map((match) => match[0]).filter((token) => shape.isCode(token));
  const codes = [...new Set(tokens.map((token) => token.toUpperCase()))];
  if (codes.length === 0) return { ok: false, reason: 'no-code', codes: [] };
  if (codes.length > 1) return { ok: false, reason: 'several-codes', codes };
  const [code] = tokens as [string];
  const escaped = code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  // Code first: "M54.16 Radiculopathy", "97110 – Therapeutic exercise", "1234567893 (Dana Wu)".
  const start = new RegExp(String.raw`^${OPEN}?${escaped}${CLOSE}?(?:\s*${DASH_OR_COLON}\s*|\s*${OPEN}|\s+)(.+?)${CLOSE}?$`, 'su').exec(value);
  if (start && HAS_WORD.test(start[1]!)) return { ok: true, code, description: start[1]!.trim(), position: 'start' };
  // Description first, the code set off: "Low back pain (M54.50)", "Low back pain - M54.50", "Low back pain: M54.50".
  const end = new RegExp(String.raw`^(.+?)(?:\s*${OPEN}\s*${escaped}\s*${CLOSE}|\s*${DASH_OR_COLON}\s*${escaped})$`, 'su').exec(value);
  if (end && HAS_WORD.test(end[1]!)) return { ok: true, code, description: end[1]!.trim(), position: 'end' };
  return { ok: false, reason: 'inside-text', codes };
}

/** "holds 2 codes (M54.50, M54.16)" / "holds M54.50 inside other words", for a message about a value. */
export function describeUnread(read: Extract<CodeInText, { ok: false }>, what: string): string {
  if (read.reason === 'several-codes') return `holds ${read.codes.length} ${what}s (${read.codes.join(', ')}); enter one ${what} per box`;
  if (read.reason === 'inside-text') {
    return `holds ${read.codes[0]} inside other words; ClaimLint reads ${withArticle(what)} only at the start or end of a value, beside its description`;
  }
  return `holds no ${what}`;
}
