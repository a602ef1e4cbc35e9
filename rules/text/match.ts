/**
 * Helpers the detectors share: clause splitting, pattern search by offsets (so evidence is quoted exactly),
 * negation and hypothetical context, and the regex fragments for numbers, dates and time units.
 */

/** A stretch of the input by offsets: evidence is always `text.slice(start, end)`, never rewritten. */
export interface Span {
  start: number;
  end: number;
}

const NUMBER_WORD = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
/** A number, digits or a word ("6", "1.5", "six"); digits may touch a unit ("2x", "6wks"). */
// "(?!\d)" keeps a match from giving back digits: "\d+" followed by "\w+" would otherwise retry every split of a
// long digit run (quadratic).
export const NUMBER = String.raw`(?:(?<![\d.])\d+(?:\.\d+)?(?!\d)|(?:${NUMBER_WORD})\b)`;
/** A number or a range of numbers ("6", "4-6", "4 to 6", "1 or 2"). */
export const RANGE = String.raw`${NUMBER}(?:\s*(?:-|–|—|to|or)\s*${NUMBER})?`;
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?`;
/** A calendar date: 12/31, 12/31/2026, 03/2025, 2026-12-31, Dec 31, December 2026. */
export const DATE = String.raw`(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d{1,2}\/\d{4}|\d{4}-\d{2}-\d{2}|${MONTH}(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?)\b`;

/** A global, case-insensitive regex from a source string. */
export function pattern(source: string, flags = 'gi'): RegExp {
  return new RegExp(source, flags);
}

/** Every match of a pattern inside a span of the text, as spans of the whole text. */
export function findAll(text: string, regex: RegExp, within: Span = { start: 0, end: text.length }): Span[] {
  const global = regex.global ? regex : new RegExp(regex.source, `${regex.flags}g`);
  const slice = text.slice(within.start, within.end);
  return [...slice.matchAll(global)]
    .filter((match) => match[0].length > 0)
    .map((match) => ({ start: within.start + match.index, end: within.start + match.index + match[0].length }));
}

/** The exact words of a span. */
export function quote(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

// "Dr. Smith", "incl. HEP" and "e.g. Home" do not end a sentence; "wks. Pain" does, so clinical shorthand is not listed.
const TITLE_BEFORE_PERIOD = /\b(?:dr|mr|mrs|ms|st|vs|approx|incl|esp|e\.g|i\.e|cf)$/i;
const LIST_MARKER = /^(?:[-*–•·▪◦>]+|\(?\d{1,2}[.)]|#\d{1,2}[.):]?)\s+/;

/**
 * The text cut into clauses: lines, sentences, ";"-separated parts and numbered list items. Spans exclude
 * surrounding whitespace, a leading list marker and trailing punctuation. Commas do not split: a goal such as
 * "ambulate 1000 ft with a cane, gait speed 1.0 m/s, by 12 weeks" is one clause.
 */
export function clauses(text: string): Span[] {
  const cuts: number[] = [0];
  // Parentheses opened minus closed since the last cut, counted as the scan moves on (never re-read from the cut).
  let depth = 0;
  let counted = 0;
  for (const match of text.matchAll(/[\r\n;•·▪◦]|[.!?](?=\s+(?:["“(\[]?[A-Z]|\d{1,2}[.)]\s)|\s*$)|(?<=\s)(?=\d{1,2}[.)]\s+[A-Za-z])/g)) {
    const at = match.index;
    if (match[0] === '.' && TITLE_BEFORE_PERIOD.test(text.slice(Math.max(0, at - 6), at))) continue;
    depth += parenthesisBalance(text, counted, at);
    counted = at;
    // "(flexion 120° by week 4) nearly met": a number closing a parenthesis is not a list item.
    if (match[0] === '' && depth > 0) continue;
    cuts.push(at + match[0].length);
    depth = 0;
    counted = at + match[0].length;
  }
  cuts.push(text.length);
  const spans: Span[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const span = trimClause(text, cuts[i]!, cuts[i + 1]!);
    if (span.end > span.start) spans.push(span);
  }
  return spans;
}

function parenthesisBalance(text: string, from: number, to: number): number {
  let balance = 0;
  for (let i = from; i < to; i += 1) {
    if (text[i] === '(') balance += 1;
    else if (text[i] === ')') balance -= 1;
  }
  return balance;
}

function trimClause(text: string, from: number, to: number): Span {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  const marker = LIST_MARKER.exec(text.slice(start, end));
  if (marker) start += marker[0].length;
  while (end > start && /[\s.;,:!?•·▪◦]/.test(text[end - 1]!)) end -= 1;
  return { start, end };
}

/**
 * A form prompt or template, not a statement: "Why is this treatment medically necessary?" or
 * "[Patient Name] requires treatment". Detectors skip these clauses.
 */
export function isPrompt(text: string, clause: Span): boolean {
  const after = /^\s*\S?/.exec(text.slice(clause.end))?.[0].trim();
  // "(circle one)" after a list of choices: a paper form's prompt, not an answer.
  return after === '?' || /\[[^\]]*\]|_{3,}|<[a-z ]+>|\((?:circle|check|select|choose|mark)\s+(?:one|all that apply)\)/i.test(quote(text, clause));
}

/** Words that deny what follows ("no", "denies", "without", "rule out"). */
export const NEGATION = String.raw`\b(?:no|not|never|none|neither|nor|without|denies|denied|deny|denying|negative for|free of|absence of|r\/o|rule[sd]? out|ruling out)\b|\b(?:does|do|did|is|are|was|were|has|have|had)n[’']t\b`;
/** Words that make what follows hypothetical or conditional rather than a fact about this patient. */
export const HYPOTHETICAL = String.raw`\b(?:if|unless|whether|in case|assess(?:ed|ing)? for|screen(?:ed|ing)? for|evaluate for|monitor for|check for)\b`;
// A negation does not reach past a contrast or a new subject or verb: "no swelling, but pt has difficulty lifting";
// "not yet" stays a denial, so "yet" is not listed.
const SCOPE_END = /\b(?:but|however|although|though|except|whereas|now|still)\b|,\s*(?:pt|patient|client|she|he|they|which|who|has|have|had|is|are|was|were|reports?|states?|continues?)\b/i;

export interface ContextOptions {
  /** Regex source of triggers; defaults to NEGATION plus HYPOTHETICAL. */
  triggers?: string;
  /** Regex source of phrases that look like a trigger but are not ("no relief" is an outcome, not a denial). */
  pseudo?: string;
  /** How many words before the cue a trigger may stand. */
  words?: number;
}

// A negation or hypothetical trigger stands shortly before the cue in the same clause.
function deniedBefore(text: string, clause: Span, cueStart: number, options: ContextOptions = {}): boolean {
  // A few words never need more than a couple of hundred characters; bounding it keeps long clauses linear.
  const before = text.slice(Math.max(clause.start, cueStart - 200), cueStart);
  const words = options.words ?? 5;
  const tokens = [...before.matchAll(/\S+/g)];
  let window = before.slice(tokens.length > words ? tokens[tokens.length - words]!.index : 0);
  if (options.pseudo) window = window.replace(pattern(options.pseudo), (hit) => ' '.repeat(hit.length));
  const triggers = findAll(window, pattern(options.triggers ?? `${NEGATION}|${HYPOTHETICAL}`));
  const last = triggers.at(-1);
  // The cue's first word counts for the scope: in "denies new complaints, has plateaued" the cue starts at "has".
  return last !== undefined && !SCOPE_END.test(window.slice(last.end) + text.slice(cueStart, cueStart + 12));
}

// "Difficulty sleeping: denies": a label, then a denial as its value.
const DENIED_AFTER = /^(?:[^:=;]{0,40}?[:=]\s*|[^:=;]{0,40}?\s[-–—]\s*|\s*(?:is|are|was|were)\s+|\s*)(?:none|no(?=\s*(?:[,.;)]|$))|denied|denies|n\/a|nil|negative|absent|unknown|not\s+(?:yet\s+)?(?:met|established|documented|present|indicated|supported|applicable|assessed|determined|reported|reached|noted|seen|observed|tried|attempted)|tbd|deferred|pending|undetermined|unable to (?:determine|assess))\b/i;

// The words right after the cue deny it: "Difficulty sleeping: denies", "Prognosis: TBD".
function deniedAfter(text: string, clause: Span, cueEnd: number): boolean {
  return DENIED_AFTER.test(text.slice(cueEnd, Math.min(clause.end, cueEnd + 80)));
}

/**
 * The matches of any of the patterns within a clause that are asserted: the clause is not a prompt and nothing
 * denies the match before or after it. In text order.
 */
export function affirmedCues(text: string, clause: Span, patterns: RegExp[], options: ContextOptions = {}): Span[] {
  if (isPrompt(text, clause)) return [];
  return patterns
    .flatMap((regex) => findAll(text, regex, clause))
    .filter((cue) => !deniedBefore(text, clause, cue.start, options) && !deniedAfter(text, clause, cue.end))
    .sort((a, b) => a.start - b.start);
}

/** True when two spans share any character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
