/**
 * The signature block: who signed (name and credentials split: "Dana Wu, LCSW"), that it was signed
 * ("Electronically signed by …", "/s/ Dana Wu", "Signature: Dana Wu", or a typed name under the closing), when,
 * the date it was signed on. The NPI and license are labelled values (labels.ts).
 */
import { isCredential } from '../reading/credentials';
import { readNameLine } from './name-line';
import { licenseBesideSigner } from './unlabelled-license';
import { FULL_DATE, componentAt, trimSpan } from './text-spans';
import type { DocumentBlock, DocumentComponent } from './types';

// "Therapist signature: /s/ Ana Ruiz": the words before the signer, possibly more than one kind of them.
const SIGNER_ROLE = String.raw`(?:(?:provider|clinician|therapist|physician|practitioner|counselor|treating provider|rendering provider)(?:[’']s)?\s+)?`;
// Each round starts with a word, and the spaces and colons after it are one run, so the pattern stays linear.
const SIGNED_PREFIX = new RegExp(String.raw`^(?:(?:(?:electronically|digitally|e-?)\s*signed(?:\s+by\b)?|signed\s+by\b|\/s\/|${SIGNER_ROLE}signature(?=\s*:)|signed(?=\s*:)|name(?=\s*:))[\s:]*)+`, 'i');
/** What a signature line says when it is not signed: "Signature: pending", "Signed: no", "unsigned". */
export const NOT_SIGNED_WORDS = String.raw`(?:pending|no|none|not(?: yet)?(?: signed)?|unsigned|awaiting(?: signature)?|n\/a|tbd)\b`;

// A signed line: its opening says so, or an electronic signature stamp follows the signer on the same line
// ("Therapist: Lucia Ferreira, PT    Electronically signed 11/24/2026"), not a pending or refused one.
const E_SIGNED = new RegExp(String.raw`^(?:electronically|digitally|e-?)\s*signed|^signed electronically|^\/s\/|^signed\s+by\b|^${SIGNER_ROLE}(?:signature|signed)\s*:(?![\s_]*(?:(?:date(?:\s+signed)?\s*:[\s_]*)?$|${NOT_SIGNED_WORDS}))|^signed\s+(?:on\s+)?\d|^signature on file\b|(?<!\b(?:not|never|be|to be|awaiting|pending)\s{1,3})\b(?:electronically|digitally)\s+signed\b(?![\s:]*(?:${NOT_SIGNED_WORDS}|_|$))`, 'i');
// "Licensed Massage Therapist", "Doctor of Chiropractic" under a signer's name: the credential spelled out.
const SPELLED_CREDENTIAL = /^(?:(?:licensed|registered|certified|board[- ]certified)\s+)?(?:clinical\s+)?(?:massage therapist|physical therapist(?: assistant)?|occupational therapist(?: assistant)?|speech[- ]language pathologist|(?:independent\s+)?social worker|professional counselor|mental health counselor|marriage (?:and|&) family therapist|acupuncturist|chiropractor|chiropractic physician|psychologist|nurse practitioner|physician assistant)\b|^doctor of (?:chiropractic|physical therapy|psychology|osteopathic medicine|naturopathic medicine|acupuncture)\b/i;
const DATE_AFTER_NAME = new RegExp(String.raw`^\s*[,·•|–—-]?\s*(?:on\s+|date[d:]?\s*)?(${FULL_DATE})`, 'i');
const DATE_ALONE = new RegExp(String.raw`^(?:date[d:]?\s*)?${FULL_DATE}$`, 'i');
const DATE_ON_LINE = new RegExp(`(?:\\bon\\s+|\\bdate\\s*:?\\s*|\\s|^)(${FULL_DATE})`, 'i');

export interface SignatureOptions {
  /** Whether a closing line ("Sincerely,") opens the region: then the first name line is the signer. */
  afterClosing: boolean;
  /**
   * The region is only the short lines that end a document with no closing or signature line: a name there is
   * the signer only with credentials ("Ana Ruiz, PT, DPT"), and it is not taken for a signature.
   */
  trailing?: boolean;
}

/** "Maria Santos, PT, DPT" as its name and credentials; null when the words do not read as a person's name. */
export function splitNameAndCredentials(words: string): { name: string; credentials: string | null } | null {
  const read = readNameLine(words.trim().replace(SIGNED_PREFIX, ''));
  return read ? { name: read.name, credentials: read.credentials } : null;
}

/** The signer and the signature from the signature region's blocks. */
export function findSignature(text: string, region: readonly DocumentBlock[], { afterClosing, trailing = false }: SignatureOptions): DocumentComponent[] {
  const found: DocumentComponent[] = [];
  const has = (concept: DocumentComponent['concept']) => found.some((component) => component.concept === concept);
  for (const [i, block] of region.entries()) {
    const line = block.text.trim();
    const span = trimSpan(text, block.start, block.end);
    const signed = E_SIGNED.test(line);
    const person = readNameLine(line.replace(SIGNED_PREFIX, ''));
    if (person && !has('provider.name') && (signed || afterClosing || (trailing && person.credentials))) {
      found.push(componentAt(text, 'provider.name', person.name, span, signed ? 0.9 : 0.75));
      if (person.credentials) found.push(componentAt(text, 'provider.credentials', person.credentials, span, 0.85));
      // "J. Castillo, PTA  11/19/2026" ending a note: the clinician typed a name and a date under the note, which
      // is how a note is signed where no "Signed" is written.
      // The date may stand alone on the line under the name ("Tamsin Ode, LMT" over "07/08/2026").
      const below = region[i + 1];
      const dateBelow = below && DATE_ALONE.test(below.text.trim()) ? below : null;
      const dated = DATE_AFTER_NAME.exec(person.rest)?.[1] ?? dateBelow?.text.trim();
      if (!signed && person.credentials && dated) {
        const signedSpan = dateBelow ? trimSpan(text, block.start, dateBelow.end) : span;
        found.push(componentAt(text, 'provider.signature', text.slice(signedSpan.start, signedSpan.end), signedSpan, 0.7));
        found.push(componentAt(text, 'provider.signatureDate', dated, signedSpan, 0.7));
      }
    } else if (!has('provider.credentials') && has('provider.name') && line.split(/\s*,\s*|\s+/).every(isCredential)) {
      found.push(componentAt(text, 'provider.credentials', line, block, 0.75));
    } else if (!has('provider.credentials') && has('provider.name')) {
      const spelled = SPELLED_CREDENTIAL.exec(line)?.[0];
      if (spelled) found.push(componentAt(text, 'provider.credentials', spelled, span, 0.7));
    }
    if (signed && !has('provider.signature')) {
      found.push(componentAt(text, 'provider.signature', line, span, 0.9));
      const date = DATE_ON_LINE.exec(line)?.[1];
      if (date && !has('provider.signatureDate')) found.push(componentAt(text, 'provider.signatureDate', date, span, 0.9));
    }
  }
  // A typed name under the closing is the letter's signature line.
  const signer = found.find((component) => component.concept === 'provider.name');
  if (!has('provider.signature') && signer && afterClosing) {
    found.push(componentAt(text, 'provider.signature', signer.evidence, signer.span, 0.6));
  }
  const license = signer ? licenseBesideSigner(text, region, signer.span.start) : null;
  if (license) found.push(license);
  return found;
}
