/**
 * A documented sentence is quoted once per letter. Notes and plans often give one sentence for several components
 * (the treatment with its frequency and duration; a limitation that is also the reason for care), and payers'
 * criteria ask for the same components again: quoting it each time makes a letter read as padded. Later mentions
 * refer back to where it was quoted. Short values (a name, a code, a date) are not quotations: they repeat freely.
 */
import type { DraftPart } from './draft';

/** Characters from which a value is a quotation, not a name, code or date. */
const QUOTATION_LENGTH = 40;

export class QuotedOnce {
  private readonly where = new Map<string, string>();

  /** Where (a section heading, or a criterion) every one of these values was quoted already; null when any is new or short. */
  earlier(texts: readonly string[]): string | null {
    if (texts.length === 0 || texts.some((text) => text.length < QUOTATION_LENGTH)) return null;
    const places = texts.map((text) => this.placeOf(text));
    return places.every((place) => place !== null) ? places[0]! : null;
  }

  record(texts: readonly string[], where: string): void {
    for (const text of texts) if (text.length >= QUOTATION_LENGTH && !this.where.has(text)) this.where.set(text, where);
  }

  private placeOf(text: string): string | null {
    const exact = this.where.get(text);
    if (exact !== undefined) return exact;
    for (const [quoted, where] of this.where) if (quoted.includes(text)) return where;
    return null;
  }
}

/** The words that stand for a quotation made earlier in the letter. */
export function referBack(where: string): DraftPart {
  return { text: `As documented above under “${where}”.` };
}
