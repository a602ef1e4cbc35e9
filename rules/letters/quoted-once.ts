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

  /**
   * Where (a section heading, or a criterion) every one of these values was quoted already; null when any is new or
   * short. `within`: also when a value is part of a longer quotation — for the criteria, which restate; a section of
   * the letter's body quotes its own component unless that very value was quoted (a reader may have taken a goal
   * into the history's paragraph, and the goals section must still state it).
   */
  earlier(texts: readonly string[], match: 'exact' | 'within'): string | null {
    if (texts.length === 0 || texts.some((text) => text.length < QUOTATION_LENGTH)) return null;
    const places = texts.map((text) => this.placeOf(text, match));
    return places.every((place) => place !== null) ? places[0]! : null;
  }

  record(texts: readonly string[], where: string): void {
    for (const text of texts) if (text.length >= QUOTATION_LENGTH && !this.where.has(text)) this.where.set(text, where);
  }

  private placeOf(text: string, match: 'exact' | 'within'): string | null {
    const exact = this.where.get(text);
    if (exact !== undefined) return exact;
    if (match === 'exact') return null;
    for (const [quoted, where] of this.where) if (quoted.includes(text)) return where;
    return null;
  }
}

/** The words that stand for a quotation made earlier in the letter. */
export function referBack(where: string): DraftPart {
  return { text: `As documented above under “${where}”.` };
}
