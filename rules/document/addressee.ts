/**
 * Who a letter is addressed to, as the payer: a line of the inside address that names an insurer or a review
 * department, or the salutation ("Dear Aetna Utilization Review Team,"). "To:" lines are labelled values.
 */
import { componentAt, trimEndOf, trimSpan } from './text-spans';
import type { DocumentBlock, DocumentComponent } from './types';

/** Words that name an insurer or its review department. */
export const PAYER_WORDS = /\b(?:insurance|assurance|health ?plan|healthcare|health care|health(?: net| partners| alliance| first| choice)?|blue ?cross|blue ?shield|florida blue|wellmark|emblem\w*|tufts|harvard pilgrim|geisinger|BCBS|aetna|cigna|united ?health\w*|UHC|humana|anthem|kaiser|premera|regence|centene|molina|ambetter|wellcare|elevance|highmark|oscar|tricare|medicare|medicaid|HMO|PPO|mutual|benefits?|claims?|utilization (?:review|management)|prior authori[sz]ation|appeals?|grievances?|medical (?:review|management|director)|review (?:department|committee|team|unit)|case management|underwrit\w*|HSA|FSA|HRA|flexible spending|health savings|(?:benefits?|claims|third[- ]party) administrators?|reimbursement)\b/i;
// A clinic's letterhead also says "health"; a street, a city line or a phone number names no one.
const NOT_A_NAME = /^\s*(?:\d|p\.?o\.?\s*box|suite|ste\b|fax|phone|tel|attn?\b|attention\b)|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\s*$|@|www\.|https?:/i;
const ADDRESS_LEAD = /^(?:to|attn|attention)\s*:\s*/i;
const ROLE_WORDS = /\b(?:utilization (?:review|management)|medical (?:review(?:er)?|director|management)|review(?:er|ers)?|committee|team|department|dept\.?|unit|staff|appeals?|grievances?|prior authori[sz]ation|claims?|case manag\w*|nurse|coordinator|administrators?|sir|madam|members? of the)\b/gi;

// "Aetna Utilization Review" without its role words is "Aetna"; "Benefits Administrator" is no one.
function withoutRoles(words: string): string {
  return words.replace(ROLE_WORDS, ' ').replace(/\b(?:at|of|the|and|&|plan|benefits?)\b/gi, ' ').replace(/\s+/g, ' ').trim();
}

function namesSomeone(line: string): boolean {
  return /\p{L}{2}/u.test(withoutRoles(line));
}

/** The payer the letter is addressed to, from the inside address (after the date) or the salutation. */
export function findAddressee(text: string, insideAddress: readonly DocumentBlock[], salutation: DocumentBlock | undefined): DocumentComponent | null {
  for (const block of insideAddress) {
    const line = block.text.trim();
    const name = line.replace(ADDRESS_LEAD, '');
    // "Pt: Delgado, Ramon   Ins: Premera BC" is a line of labels (read as labels), not an address line.
    if (NOT_A_NAME.test(line) || line.length > 80 || !PAYER_WORDS.test(line) || name.includes(':') || !namesSomeone(name)) continue;
    return componentAt(text, 'payer.name', name, trimSpan(text, block.start, block.end), 0.75);
  }
  if (!salutation) return null;
  const dear = /^dear\s+(.+)$/is.exec(trimEndOf(salutation.text.trim(), ',:'));
  if (!dear || !PAYER_WORDS.test(dear[1]!)) return null;
  const name = withoutRoles(dear[1]!);
  return name.length >= 2 ? componentAt(text, 'payer.name', name, trimSpan(text, salutation.start, salutation.end), 0.6) : null;
}
