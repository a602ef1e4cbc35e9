import { clauses, DATE, findAll, isPrompt, overlaps, pattern, quote, RANGE, type Span } from './match';
import { aboutOtherThanCare } from './other-cadence';
import type { TextDetection } from './types';

const FREQUENCIES = [
  // "2x/week", "2x/wk", "1-2 times per week", "3 x week", "2x weekly"
  String.raw`\b${RANGE}\s*(?:x|×|times?)\s*(?:(?:\/|per|a|an|each|every)\s*)?(?:week|wk|w|month|mo|day|d)\b`,
  String.raw`\b${RANGE}\s*(?:x|×|times?)\s*(?:weekly|monthly|daily)\b`,
  String.raw`\b(?:once|twice|thrice)\s+(?:(?:a|per|each|every)\s+)?(?:week|wk|month|day)\b|\b(?:once|twice|thrice)\s+(?:weekly|monthly|daily)\b`,
  // "1 session per week", "one 60-minute session per week", "2 visits/wk", "3 days a week", "3/week"; not "24 (work
  // hours) per week"
  String.raw`\b${RANGE}\s*(?:(?:\d{1,3}\s*-?\s*(?:minutes?|mins?|hours?|hrs?)\s+)?(?:visits?|sessions?|treatments?|appointments?|appts?|tx|massages?|days?)\s*(?:\/|per|a|an|each|every)|\/)\s*(?:week|wk|month|mo)\b`,
  // "Three sessions weekly"; "12 visits over 6 weeks" and "6 sessions in 3 weeks" give how often by how many in how long
  String.raw`\b${RANGE}\s*(?:visits?|sessions?|treatments?|appointments?|appts?|tx)\s+(?:weekly|monthly)\b`,
  String.raw`\b${RANGE}\s*(?:visits?|sessions?|treatments?|tx|appointments?)(?=\s+(?:over|in|within|across|during)\s+(?:the\s+next\s+)?${RANGE}\s*-?\s*(?:weeks?|wks?|months?|mos?|days?)\b)`,
  String.raw`\b(?:BIW|TIW|QW|QOW|Q2W|QWK|BIWK|TIWK)\b`,
  String.raw`\bq\.?\s*(?:\d+\s*)?(?:week|wk|w)s?\b|\bevery\s+(?:other\s+)?(?:\d+\s+)?(?:week|wk|day|month)s?\b`,
  String.raw`\b(?:weekly|bi-?weekly|semi-?weekly|fortnightly|monthly)\b`,
  // A dose and how often it is taken: "36 mg daily", "2 capsules BID", "1000 IU nightly" (a prescription or supplement).
  String.raw`\b\d+(?:\.\d+)?\s*(?:mg|mcg|µg|g|mL|ml|IU|units?|capsules?|caps?|tablets?|tabs?|drops?|softgels?|scoops?)\s+(?:(?:by mouth|orally|PO|with (?:food|meals))\s+)?(?:daily|nightly|at bedtime|every (?:morning|evening|night)|(?:once|twice|three times) (?:a )?day|BID|TID|QID|QD|QHS|q\.?d\.?)(?![\w])`,
].map((source) => pattern(source));

// When the care is looked at again, not how long it lasts: "reassess in 90 days", "90-day review", "Review date: 90 days".
// A test repeated to see how the care works ("repeat labs planned at 3 months") is a review too.
const REVIEW = String.raw`re-?eval\w*|re-?assess\w*|review\w*|re-?check\w*|follow[- ]?up|f\/u|return|recert\w*|update\w*|revis\w*|renew\w*|repeat (?:labs?|lab work|bloodwork|blood work|testing|tests?|imaging|x-?rays?|MRI|scans?)`;

const DURATIONS = [
  // "for 6 weeks", "x 8 wks", "x4wks", "12 visits", "over the next 3 months", "will last 6 weeks"; not "2 weeks ago",
  // "the past 2 weeks",
  // nor when the care is looked at again: "re-evaluate in 4 weeks", "review goals in 30 days". Lookbehinds read
  // backwards at every position, so their whitespace is bounded ("\s{1,3}"): a run of spaces stays linear.
  String.raw`\b(?:(?:for|x|×|over|during|lasting)\s*)?(?:the\s+)?(?:next\s+|first\s+|additional\s+|another\s+|a total of\s+)?(?<!(?<!\b(?:will|to|should|would|may|must)\s{1,3})\b(?:last|past|previous|prior)\s{1,3})(?<!\b(?:${REVIEW})\b[^.;\n]{0,30}(?:\b(?:in|at|after|within)\s{1,3}|:\s{0,3}))${RANGE}\s*-?\s*(?:weeks?|wks?|wk|months?|mos?|mo|days?|visits?|sessions?|treatments?|tx|appointments?)\b(?!\s*(?:ago|post[- ]?op|postop|old|prior|pregnant)\b)(?!\s*-?\s*(?:${REVIEW})\b)`,
  String.raw`\b(?:for|x)\s+(?:a|one)\s+(?:week|month)\b`,
  // "for 6 more weeks", "4 additional visits"
  String.raw`\b${RANGE}\s+(?:more|additional|further)\s+(?:weeks?|wks?|months?|mos?|visits?|sessions?|treatments?)\b`,
  // an end date or a date range bounds the episode: "through 12/31/2026", "11/03/2026 - 01/31/2027"
  String.raw`\b(?:through|thru|until|till)\s+${DATE}|${DATE}\s*(?:-|–|—|to|through|thru)\s*${DATE}`,
].map((source) => pattern(source));

type Part = 'frequency' | 'duration';
interface Hit extends Span {
  part: Part;
}

// Matches closer than this in one clause are quoted as one phrase: "2x/week for 6 weeks".
const JOIN_GAP = 40;

/**
 * How often and for how long: "2x/week for 6 weeks", "twice weekly x 8 wks", "BIW x 4 wks", "weekly for 3 months".
 * found means both parts; `missing` names the absent ones, so a check that needs only one can read evidence
 * and missing. Evidence quotes each run of frequency/duration words ("1-2 times per week for 12 visits").
 */
export function detectFrequencyDuration(text: string): TextDetection {
  const runs: Span[] = [];
  const parts = new Set<Part>();
  for (const clause of clauses(text)) {
    if (isPrompt(text, clause)) continue;
    const allFrequencies = FREQUENCIES.flatMap((regex) => findAll(text, regex, clause)).sort((a, b) => a.start - b.start);
    const longest = Math.max(0, ...allFrequencies.map((span) => span.end - span.start));
    const frequencies = allFrequencies.filter((hit) => !aboutOtherThanCare(text, clause, hit, 'frequency', true));
    const durations = DURATIONS.flatMap((regex) => findAll(text, regex, clause))
      .filter((duration) => !overlapsAny(allFrequencies, longest, duration))
      .filter((hit) => !aboutOtherThanCare(text, clause, hit, 'duration', frequencies.length > 0));
    const hits: Hit[] = [
      ...outermost(frequencies).map((span) => ({ ...span, part: 'frequency' as const })),
      ...outermost(durations).map((span) => ({ ...span, part: 'duration' as const })),
    ].sort((a, b) => a.start - b.start);
    for (const hit of hits) {
      parts.add(hit.part);
      const last = runs.at(-1);
      if (last && last.end >= clause.start && hit.start - last.end <= JOIN_GAP) last.end = Math.max(last.end, hit.end);
      else runs.push({ start: hit.start, end: hit.end });
    }
  }
  const evidence = runs.map((run) => quote(text, closeParenthesis(text, run)));
  const missing = (['frequency', 'duration'] as const).filter((part) => !parts.has(part));
  return missing.length === 0 ? { found: true, evidence } : { found: false, evidence, missing: [...missing] };
}

// Overlapping matches of different patterns ("2x/week" and "2x weekly"): keep the longest. Sorted by start, the
// kept spans do not overlap, so only the last one kept can overlap the next (linear in the number of matches).
function outermost(spans: Span[]): Span[] {
  const kept: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = kept.at(-1);
    if (!last || !overlaps(last, span)) kept.push(span);
  }
  return kept;
}

// Whether a span overlaps any of many spans, by binary search over them sorted by start (each no longer than
// `longest`), so a clause with thousands of matches is not compared pair by pair.
function overlapsAny(sorted: Span[], longest: number, span: Span): boolean {
  let low = 0;
  let high = sorted.length;
  const from = span.start - longest;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]!.start < from) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < sorted.length && sorted[i]!.start < span.end; i += 1) if (overlaps(sorted[i]!, span)) return true;
  return false;
}

// "8 visits over 4 weeks (2x/wk" reads better with its closing parenthesis.
function closeParenthesis(text: string, span: Span): Span {
  const inside = quote(text, span);
  const open = (inside.match(/\(/g) ?? []).length - (inside.match(/\)/g) ?? []).length;
  return open > 0 && text[span.end] === ')' ? { start: span.start, end: span.end + 1 } : span;
}
