/**
 * A license number with no label beside the signer: "Occupational Therapist · NPI 1837561020 · WA OT60781233",
 * "Jo Ames, PT, DPT  OR PT-004417". Signature blocks often print the state and the board's number bare, where a
 * labelled one ("License: …", "Lic. PT-004417") is read by labels.ts. Only the shape a board issues counts: a state's
 * two letters, then letters and digits ("OT60781233", "PT-004417"); digits alone after a state are a ZIP code.
 */
import { componentAt, trimSpan } from './text-spans';
import type { DocumentBlock, DocumentComponent } from './types';

const STATE = String.raw`A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]`;
// Case-sensitive: a state's code and a board's prefix are capitals in print ("WA OT60781233"), not "or pt12".
const STATE_LICENSE = new RegExp(String.raw`(?<![\w-])(?:${STATE})\s+[A-Z]{1,4}-?\d{4,10}(?![\w-])`, 'g');
// A number that follows one of these words is that thing, not a license: "Member ID: CA AB12345", "Claim # TX K1234".
const OTHER_LABEL_BEFORE = /\b(?:NPI|ID|I\.D\.|member|policy|claim|account|acct|group|auth\w*|reference|ref|MRN|chart|case|tax|TIN|EIN|DEA|fax|phone|tel)\b[\s#:.]*$/i;
// The lines under the signer that still belong to the signature: name, title, clinic, NPI, license.
const LINES_AFTER_SIGNER = 4;

/** The license printed bare on the signer's line or the few lines under it; null when none has the shape. */
export function licenseBesideSigner(text: string, region: readonly DocumentBlock[], signerStart: number): DocumentComponent | null {
  const from = region.findIndex((block) => block.end > signerStart);
  if (from === -1) return null;
  for (const block of region.slice(from, from + 1 + LINES_AFTER_SIGNER)) {
    for (const match of block.text.matchAll(STATE_LICENSE)) {
      if (OTHER_LABEL_BEFORE.test(block.text.slice(0, match.index))) continue;
      return componentAt(text, 'provider.license', match[0], trimSpan(text, block.start, block.end), 0.7);
    }
  }
  return null;
}
