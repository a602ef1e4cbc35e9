/**
 * The time limit a denial notice states for its own appeal: "appeals must be received within 60 days of the date
 * of this notice", "you have 180 days to request an appeal", or a date typed as "Appeal by". Plans print their
 * own limit, which may be shorter than the law's for the plan type ClaimLint assumes (or the plan type may be one
 * ClaimLint cannot tell): the biller should meet the earlier of the two. Read from the payer's words only, never
 * guessed; none found is none.
 */
import { addDays } from './calendar';

export interface StatedLimit {
  /** The notice's words the limit was read from. */
  words: string;
  /** Calendar days from the notice's date, when the words give a count. */
  days?: number;
  /** YYYY-MM-DD: the date the appeal is due by, when the notice's date (or the limit itself) gives one. */
  due?: string;
}

// "within 60 days", "within sixty (60) calendar days", "no later than 180 days after", "you have 120 days to"
const WITHIN = /\b(?:within|no later than|not later than|have|has)\s+(?:[a-z-]+\s+\()?(\d{1,3})\)?\s+(?:calendar\s+|business\s+)?days?\b/i;
// The sentence must be about an appeal (or reconsideration, redetermination, review of this decision).
const ABOUT_APPEAL = /\b(?:appeal|reconsideration|redetermination|review|dispute|grievance)s?\b/i;
// "business days" are not calendar days: the count is kept in words only.
const BUSINESS = /\bbusiness\s+days?\b/i;

export function statedAppealLimit(notes: readonly string[], noticeDate: string | undefined, appealBy?: string): StatedLimit | undefined {
  if (appealBy) return { words: `Appeal by ${appealBy}`, due: appealBy };
  for (const note of notes) {
    for (const sentence of note.split(/(?<=[.;!?])\s+|\n+/)) {
      const match = WITHIN.exec(sentence);
      if (!match || !ABOUT_APPEAL.test(sentence)) continue;
      const words = sentence.trim().slice(0, 300);
      const days = Number(match[1]);
      if (BUSINESS.test(sentence)) return { words };
      return { words, days, ...(noticeDate && { due: addDays(noticeDate, days) }) };
    }
  }
  return undefined;
}
