/**
 * Where a letter's parts are: the header (letterhead, date, inside address, RE line) before the salutation or
 * the first paragraph, and the signature block after the closing ("Sincerely,"). A note without them has an
 * empty header and a signature region only when it has a signature line.
 */
import { sectionConcept } from './sections';
import type { DocumentBlock } from './types';

export const SALUTATION = /^(?:dear\b|to whom it may concern\b|greetings\b|hello\b|hi\b|attention\b|attn\b)/i;
const CLOSING = /^(?:sincerely|respectfully(?: submitted| yours)?|(?:best|kind|warm|warmest)?\s*regards|thank you(?: for your (?:time|consideration|attention))?|thanks|cordially|yours (?:truly|sincerely|faithfully)|with (?:appreciation|gratitude))\s*[,.!]?\s*$/i;
export const SIGNATURE_LINE = /^(?:electronically signed|e-?signed|digitally signed|signed electronically|\/s\/|signature\s*:|signed\s*:|(?:(?:requesting|treating|rendering) )?(?:provider|clinician|therapist|physician|practitioner|counselor)(?:[’']s)? signature|signature on file\b|signed by\b|signed\s+(?:on\s+)?\d)/i;

// A line naming the writer, their license or NPI: the signature block's, when it stands right above the signature.
const SIGNER_LINE = /^(?:(?:treating|rendering|physical|occupational|speech)\s+)?(?:therapist|provider|clinician|practitioner|counselor)(?:\s+name)?\s*:|^(?:NPI|licen[sc]e|lic\.?)\b/i;

export interface LetterParts {
  /** Index of the first block after the header (the salutation or first paragraph); 0 when there is none. */
  bodyStart: number;
  /** Index of the first block of the signature region; blocks.length when there is none. */
  signatureStart: number;
  /** Index of the closing line ("Sincerely,"), when there is one. */
  closing: number | null;
  /** Index of the salutation ("Dear …"), when there is one. */
  salutation: number | null;
}

export function letterParts(blocks: readonly DocumentBlock[]): LetterParts {
  const salutation = blocks.findIndex((block) => block.kind !== 'heading' && SALUTATION.test(block.text));
  // The body opens with the first paragraph or list item, or the headings right above it; a heading that opens the
  // whole document is its title and stays in the header with the date under it.
  let firstProse = blocks.findIndex((block) => block.kind === 'paragraph' || block.kind === 'item');
  while (firstProse > 1 && blocks[firstProse - 1]!.kind === 'heading') firstProse -= 1;
  // A form filled in as text ("Member ID ...... W12", "Frequency ...... 2x per week") may hold no paragraph until late:
  // its first heading naming a section (not the title) opens the body all the same.
  const firstSection = blocks.findIndex((block, i) => i > 0 && block.kind === 'heading' && sectionConcept(block.text) !== null);
  if (firstSection !== -1 && (firstProse === -1 || firstSection < firstProse)) firstProse = firstSection;
  const bodyStart = salutation !== -1 && (firstProse === -1 || salutation <= firstProse) ? salutation : Math.max(0, firstProse);
  // The last closing line wins: "Thank you for your consideration." may close the body before "Sincerely,".
  let closing: number | null = null;
  for (let i = blocks.length - 1; i > bodyStart; i -= 1) {
    if (blocks[i]!.kind !== 'heading' && CLOSING.test(blocks[i]!.text.trim())) {
      closing = i;
      break;
    }
  }
  let signatureStart = closing === null ? blocks.length : closing + 1;
  for (let i = bodyStart; i < signatureStart; i += 1) {
    if (SIGNATURE_LINE.test(blocks[i]!.text.trim())) {
      signatureStart = i;
      // "Therapist: Jo Kessler, PT   License: PT61077" and "NPI: …" right above "Signature: /s/ …" are the signer's.
      while (signatureStart > bodyStart + 1 && closing === null && blocks[signatureStart - 1]!.kind === 'line' && SIGNER_LINE.test(blocks[signatureStart - 1]!.text)) signatureStart -= 1;
      break;
    }
  }
  return { bodyStart, signatureStart, closing, salutation: salutation === -1 ? null : salutation };
}
