import { detectFrequencyDuration } from './frequency-duration';
import { clauses, findAll, isPrompt, pattern, quote, type Span } from './match';

const SESSION = String.raw`(?:psychotherapy|therapy|counsel(?:l)?ing|sessions?|visits?|appointments?|tx|CBT|DBT|EMDR)`;
const MINUTES = String.raw`\d{2,3}(?:\s*(?:-|–|to)\s*\d{2,3})?\+?\s*-?\s*(?:minutes?|mins?|min)\b`;

const TYPES = [
  String.raw`\b(?:individual|group|family|couples?|marital|conjoint|dyadic)\b(?=[^.;\n]{0,40}\b${SESSION}\b)`,
  String.raw`\b${SESSION}\s*(?:[-–:(,]\s*)?(?:individual|group|family|couples?)\b`,
  String.raw`\b(?:type|modality)(?: of (?:therapy|service|treatment))?\s*:\s*(?:individual|group|family|couples?)\b`,
].map((source) => pattern(source));

const AMOUNTS = [
  String.raw`\b${MINUTES}(?=[^.;\n]{0,30}\b${SESSION}\b)`,
  String.raw`\b${SESSION}\b[^.;\n]{0,30}?\b${MINUTES}`,
  String.raw`\b(?:amount|session length|length of (?:each )?sessions?|duration of (?:each )?sessions?)\s*:?\s*[^.;\n]{0,12}?${MINUTES}`,
  String.raw`\b(?:one|1|an?)[- ]hour\s+${SESSION}\b`,
].map((source) => pattern(source));

// A duration of a year or more: "for 18 months", "x 2 years", "for 60 weeks", "ongoing", "indefinitely".
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, a: 1, an: 1 };
const SPAN = /\b(?:for|x|×|over|during|lasting)\s+(?:the\s+next\s+|another\s+)?(\d{1,3}|one|two|three|four|five|six|an?)\s*-?\s*(weeks?|wks?|months?|mos?|years?|yrs?)\b/gi;
const OPEN_ENDED = pattern(String.raw`\b(?:ongoing|indefinite(?:ly)?|open[- ]ended|until discharge|as long as needed|long[- ]term)\b`);

export interface PlanParts {
  type: string[];
  amount: string[];
  /** Frequency and duration as the frequency-duration detector quotes them. */
  frequencyDuration: string[];
  missing: ('type' | 'amount' | 'frequency' | 'duration')[];
  /** The words of a duration longer than a year ("for 18 months"), when the plan states one. */
  overAYear: string | null;
  /** A stated duration of exactly a year ("for 1 year", "12 months"): the frequency-duration detector does not read years. */
  oneYear: string | null;
}

/**
 * What a psychotherapy treatment plan must state about the therapy (NGS, Psychotherapy Treatment Plans): its type
 * (individual, group, family), amount (planned session length), frequency and a duration of less than a year.
 * "Reassess in 90 days" is when the plan is reviewed, not how long it runs (frequency-duration leaves it out).
 */
export function readPlanParts(text: string): PlanParts {
  const kept = clauses(text).filter((clause) => !isPrompt(text, clause));
  const hits = (patterns: RegExp[]) => [...new Set(kept.flatMap((clause) => patterns.flatMap((regex) => findAll(text, regex, clause)))
    .sort((a: Span, b: Span) => a.start - b.start).map((span) => quote(text, span)))];
  const type = hits(TYPES);
  const amount = hits(AMOUNTS);
  const frequencyDuration = detectFrequencyDuration(text);
  let overAYear: string | null = null;
  let oneYear: string | null = null;
  for (const match of text.matchAll(SPAN)) {
    const count = NUMBER_WORDS[match[1]!.toLowerCase()] ?? Number(match[1]);
    const unit = match[2]!.toLowerCase();
    const months = unit.startsWith('w') ? count * 12 / 52 : unit.startsWith('m') ? count : count * 12;
    if (months > 12.01) overAYear ??= match[0];
    else if (months >= 12 && unit.startsWith('y')) oneYear ??= match[0];
  }
  const missing: PlanParts['missing'] = [];
  if (type.length === 0) missing.push('type');
  if (amount.length === 0) missing.push('amount');
  for (const part of frequencyDuration.missing ?? []) {
    if (part === 'duration' && (oneYear || overAYear)) continue;
    missing.push(part as 'frequency' | 'duration');
  }
  const openEnded = missing.includes('duration') ? findAll(text, OPEN_ENDED)[0] : undefined;
  return {
    type, amount, frequencyDuration: frequencyDuration.evidence, missing, overAYear: overAYear ?? (openEnded ? quote(text, openEnded) : null), oneYear,
  };
}
