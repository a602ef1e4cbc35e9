/**
 * The shape of a CPT/HCPCS procedure code and its modifiers (CMS-1500 box 24D). Shape only: whether a CPT
 * code exists needs the AMA-licensed code set, which ClaimLint does not bundle.
 */

import { readCodeInText } from './code-in-text';

export type ProcedureCodeKind = 'CPT' | 'HCPCS Level II' | 'CPT Category II' | 'CPT Category III' | 'PLA';

export type ProcedureReading =
  | { ok: true; code: string; kind: ProcedureCodeKind }
  | { ok: false; reason: string };

export type ModifierReading = { ok: true; modifiers: string[] } | { ok: false; bad: string };

const SUFFIX_KINDS: Record<string, ProcedureCodeKind> = { F: 'CPT Category II', T: 'CPT Category III', U: 'PLA' };

/** Reads " 97140 " or "g0283" as a code with its kind, or says what is wrong with it. */
export function readProcedureCode(text: string): ProcedureReading {
  const code = text.trim().toUpperCase();
  if (!code) return { ok: false, reason: 'it is empty' };
  if (/^\d{5}$/.test(code)) return { ok: true, code, kind: 'CPT' };
  if (/^[A-Z]\d{4}$/.test(code)) return { ok: true, code, kind: 'HCPCS Level II' };
  const suffix = /^\d{4}([FTU])$/.exec(code)?.[1];
  if (suffix) return { ok: true, code, kind: SUFFIX_KINDS[suffix]! };
  if (/[^A-Z0-9]/.test(code)) return { ok: false, reason: 'it contains characters other than letters and digits' };
  if (code.length !== 5) return { ok: false, reason: `it has ${code.length} characters; a CPT/HCPCS code has 5` };
  return { ok: false, reason: 'a code is 5 digits (CPT), a letter and 4 digits (HCPCS), or 4 digits and F, T or U' };
}

/**
 * Splits what a procedure-code box holds into the code, any modifiers typed after it, as notes and some
 * portals write them ("97140-59", "97140 GP 59", "97140:GP"), and the description a picker puts beside it
 * ("97110 – Therapeutic exercise", "97140 GP Manual therapy", "Therapeutic exercise (97110)"). Two codes in one
 * box stay together (the code is then not well formed), so no check judges one of them as the line's code.
 */
export function splitProcedureText(text: string): { code: string; rest: string; description?: string } {
  const trimmed = text.trim();
  const inText = readCodeInText(trimmed, PROCEDURE_SHAPE);
  if (!inText.ok && inText.reason === 'several-codes') return { code: trimmed, rest: '' };
  if (inText.ok && inText.position === 'end') return { code: inText.code, rest: '', description: inText.description! };
  const match = /^([A-Za-z0-9]+)(?:\s*[-:/,;|]\s*|\s+)(.*)$/su.exec(trimmed);
  if (!match) return { code: trimmed, rest: '' };
  const word = DESCRIPTION_WORD.exec(match[2]!);
  const separator = DESCRIPTION_SEPARATOR.exec(match[2]!);
  const starts = [word?.index, separator && separator.index + separator[0].length].filter((at): at is number => typeof at === 'number');
  if (starts.length === 0) return { code: match[1]!, rest: match[2]! };
  const at = Math.min(...starts);
  const rest = match[2]!.slice(0, at).replace(/[\s\-–—:|(\[]+$/u, '');
  const description = match[2]!.slice(at).replace(/[)\]]\s*$/u, '').trim();
  return { code: match[1]!, rest, description };
}

// A word no modifier run can be: lower case in it, or too long or odd in length for runs of 2-character modifiers.
// A dash or colon with spaces around it (or an en/em dash), before words: "97140 GP - MANUAL THERAPY".
const DESCRIPTION_SEPARATOR = /(?:\s+[-:|]\s+|\s*[–—]\s*)(?=[^\p{L}]*\p{L}{3})/u;
const DESCRIPTION_WORD = /(?<![\p{L}\p{N}])(?=\p{L}{3})(?:\p{L}*\p{Ll}\p{L}*|\p{L}{9,}|(?:\p{L}{2})*\p{L})(?![\p{L}\p{N}])/u;

/**
 * Reads modifiers from one or several boxes ("59 GP", "GP,59", "GP59", or one per box) in order. Each is
 * 2 letters or digits; a run of 4, 6 or 8 is read as modifiers typed without a space.
 */
export function readModifiers(texts: string[]): ModifierReading {
  const modifiers: string[] = [];
  for (const token of texts.join(' ').toUpperCase().split(/[\s,;:/|+-]+/).filter(Boolean)) {
    if (!/^[A-Z0-9]+$/.test(token) || token.length % 2 !== 0 || token.length > 8) return { ok: false, bad: token };
    for (let i = 0; i < token.length; i += 2) modifiers.push(token.slice(i, i + 2));
  }
  return { ok: true, modifiers };
}

/** A CPT/HCPCS code as a token inside a longer value (for `readCodeInText`). */
export const PROCEDURE_SHAPE = {
  token: String.raw`\d{4}[0-9FTU]|[A-Z]\d{4}`,
  isCode: (token: string) => readProcedureCode(token).ok,
};
