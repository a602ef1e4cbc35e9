/**
 * The clinician a letterhead names: "Joanna Pike, LMT · Washington License …" above the letter's date. An
 * unsigned letter (or one whose signature block is an image) still says who wrote it there. Only a name with
 * credentials counts, and only above the date: below it is the inside address, which may name the payer's
 * medical director ("Dr. Ruth Alvarez, MD").
 */
import { readNameLine } from './name-line';
import { componentAt, trimSpan } from './text-spans';
import type { DocumentBlock, DocumentComponent } from './types';

/** Lines of a letterhead read at most: a clinic, a name, an address, a phone line. */
const MAX_LETTERHEAD_LINES = 6;

/** The writer named with credentials in the first lines of the header (those above the date, when it is dated). */
export function findLetterheadWriter(text: string, letterhead: readonly DocumentBlock[]): DocumentComponent[] {
  for (const block of letterhead.slice(0, MAX_LETTERHEAD_LINES)) {
    if (block.kind === 'paragraph' || block.kind === 'item') continue;
    const person = readNameLine(block.text.trim());
    if (!person?.credentials) continue;
    const span = trimSpan(text, block.start, block.end);
    return [componentAt(text, 'provider.name', person.name, span, 0.7), componentAt(text, 'provider.credentials', person.credentials, span, 0.7)];
  }
  return [];
}
