/**
 * The signature block: who signed (name and credentials split: "Dana Wu, LCSW"), that it was signed
 * ("Electronically signed by …", "/s/ Dana Wu", "Signature: Dana Wu", or a typed name under the closing), when,
 * the date it was signed on. The NPI and license are labelled values (labels.ts).
 */
import { FULL_DATE, componentAt, trimSpan } from './text-spans';
import type { DocumentBlock, DocumentComponent } from './types';

const CREDENTIAL = String.raw`(?:M\.?D|D\.?O|Ph\.?D|Psy\.?D|Ed\.?D|DPT|PT|PTA|OTR\/L|OTR|OTD|OT|COTA|LCSW(?:-C|-R)?|LICSW|LMSW|LMFT|LPCC?|LCPC|LMHC|LPC-?S|LCMHC|MFT|NCC|LCADC|CADC|LADC|MSW|ACSW|BCBA|PMHNP(?:-BC)?|FNP(?:-BC|-C)?|NP(?:-C)?|APRN|ARNP|CRNP|DNP|RN|BSN|MSN|CNS|PA-C|PA|DC|D\.?C|LMT|CMT|LMBT|NCBTMB|RMT|L\.?Ac|DAOM|CCC-SLP|SLP|ATC|CSCS|OCS|SCS|NCS|CHT|FAAOMPT|MS|MA|MEd|MPH|FACP|FAAFP|FACOG|FAAP|BCPS|CPT)`;
const CREDENTIALS = String.raw`${CREDENTIAL}\.?(?:\s*[,/]\s*${CREDENTIAL}\.?)*`;
const PERSON = String.raw`(?:Dr\.?\s+)?[A-Z][A-Za-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][A-Za-z'’-]+){1,3}`;
const SIGNED_PREFIX = /^(?:(?:electronically|digitally|e-?)\s*signed(?:\s+by)?\s*:?|signed\s+by|\/s\/|signature\s*:|signed\s*:|name\s*:)\s*:?\s*/i;
// Case matters in a name ("Dana Wu"), so the prefix is cut off before the name is read.
const NAME_LINE = new RegExp(String.raw`^(${PERSON})(?:\s*,?\s+|\s*,\s*)?(${CREDENTIALS})?(?=\s*(?:$|,|\bon\b|\bat\b|\(|\||-|–|—|\d))`);
const E_SIGNED = /^(?:electronically|digitally|e-?)\s*signed|^signed electronically|^\/s\/|^signed\s+by\b|^(?:signature|signed)\s*:(?![\s_]*$)|^signed\s+(?:on\s+)?\d/i;
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
  const name = NAME_LINE.exec(words.trim().replace(SIGNED_PREFIX, ''));
  return name ? { name: name[1]!.replace(/^Dr\.?\s+/, ''), credentials: name[2] ?? null } : null;
}

/** The signer and the signature from the signature region's blocks. */
export function findSignature(text: string, region: readonly DocumentBlock[], { afterClosing, trailing = false }: SignatureOptions): DocumentComponent[] {
  const found: DocumentComponent[] = [];
  const has = (concept: DocumentComponent['concept']) => found.some((component) => component.concept === concept);
  for (const block of region) {
    const line = block.text.trim();
    const signed = E_SIGNED.test(line);
    const name = NAME_LINE.exec(line.replace(SIGNED_PREFIX, ''));
    if (name && !has('provider.name') && (signed || afterClosing || (trailing && name[2]))) {
      found.push(componentAt(text, 'provider.name', name[1]!.replace(/^Dr\.?\s+/, ''), trimSpan(text, block.start, block.end), signed ? 0.9 : 0.75));
      if (name[2]) found.push(componentAt(text, 'provider.credentials', name[2], trimSpan(text, block.start, block.end), 0.85));
    } else if (!has('provider.credentials') && has('provider.name') && new RegExp(`^${CREDENTIALS}$`).test(line)) {
      found.push(componentAt(text, 'provider.credentials', line, block, 0.75));
    }
    if (signed && !has('provider.signature')) {
      found.push(componentAt(text, 'provider.signature', line, trimSpan(text, block.start, block.end), 0.9));
      const date = DATE_ON_LINE.exec(line)?.[1];
      if (date && !has('provider.signatureDate')) found.push(componentAt(text, 'provider.signatureDate', date, trimSpan(text, block.start, block.end), 0.9));
    }
  }
  // A typed name under the closing is the letter's signature line.
  const signer = found.find((component) => component.concept === 'provider.name');
  if (!has('provider.signature') && signer && afterClosing) {
    found.push(componentAt(text, 'provider.signature', signer.evidence, signer.span, 0.6));
  }
  return found;
}
