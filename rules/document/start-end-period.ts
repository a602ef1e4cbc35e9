/**
 * A period given as two labelled dates rather than one range: "Start date ........ 12/08/2026     End date ...... 02/06/2027"
 * on a form filled as text, or "Start date: 12/08/2026" over "End date: 02/06/2027". The start alone is read as the
 * start of care (labels.ts); with its end beside or under it the pair is the period asked for or certified, which is
 * what an authorization or a plan of care covers.
 */
import { FULL_DATE } from './text-spans';

// "Start date", "Begin date", "Service start date", "From date"; a bare "Start" or "End" only with a colon or leader.
const START = String.raw`(?:(?:requested|service|treatment|authori[sz]ation|auth|plan|care|episode)\s+)?(?:(?:start|begin(?:ning)?)\s+date|from\s+date|date\s+from|(?:start|begin)(?=[*_]*\s*(?::|\.{2}|…)))`;
const END = String.raw`(?:(?:requested|service|treatment|authori[sz]ation|auth|plan|care|episode)\s+)?(?:(?:end|stop|ending)\s+date|(?:to|through|thru)\s+date|date\s+to|(?:end|stop)(?=[*_]*\s*(?::|\.{2}|…)))`;
// What stands between a label and its date: a colon or a dot leader (which does a colon's work on a printed form).
const SEPARATOR = String.raw`[*_]*[^\S\n]*(?:(?:\.{2,}|…+)[^\S\n]*:?|:)?[*_]*[^\S\n]*`;
// The end on the same line after a gap or a mark, or at the start of the next line.
const BETWEEN = String.raw`[^\S\n]*(?:[,;|·•][^\S\n]*)?(?:\n[^\S\n]*[*_>-]*[^\S\n]*)?`;
const START_THEN_END = new RegExp(String.raw`(?<![\w/])${START}${SEPARATOR}(${FULL_DATE})${BETWEEN}${END}${SEPARATOR}(${FULL_DATE})`, 'gi');

export interface StartEndPeriod {
  /** "12/08/2026 – 02/06/2027": the two dates as one range, as a labelled period reads. */
  value: string;
  start: number;
  end: number;
}

/** Each start date followed at once by its end date in `text` (one line, or a line and the next). */
export function startEndPeriods(text: string): StartEndPeriod[] {
  return [...text.matchAll(START_THEN_END)].map((match) => ({
    value: `${match[1]} – ${match[2]}`,
    start: match.index,
    end: match.index + match[0].length,
  }));
}
