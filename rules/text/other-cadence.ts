/**
 * How often or how long something other than the planned care: when the care is looked at again ("reassess in 90
 * days", "plan reviewed every 90 days", "RTC 4 wks"), what has been used ("6 visits to date"), how long a symptom
 * has lasted ("c/o LBP x 3 wks"), how often a symptom comes ("panic attacks 3x/wk"), a home instruction ("ice
 * 3x/day") or daily life ("works 5 days a week"). The frequency-duration detector drops these matches.
 */
import type { Span } from './match';

const CARE = /\b(?:therap(?:y|ies)|PT|OT|SLP|massage|psychotherapy|counsel\w*|sessions?|visits?|treatments?|tx|care|CMT|manipulation|adjustments?|acupuncture|CBT|DBT|EMDR|POC)\b/i;

// A review of the plan, said with the time to it: "reassess in 90 days", "reviewed every 90 days", "re-eval after 4 wks".
const REVIEW_IN = /\b(?:re-?view|re-?assess|re-?eval|re-?check|check[- ]?in|recert)\w*\b[^.;\n]{0,25}?\b(?:in|after|within|at|q\.?|every)\s*$/i;
const REVIEW_EVERY = /\b(?:re-?view|re-?assess|re-?eval|re-?check|updat|recert)\w*\b[^.;\n]{0,25}?$/i;
// A return or appointment: "RTC 4 wks", "F/u w/ PCP in 3 months", "Next appt in 1 week", "Recert due in 90 days".
// "Follow-up visits 2x/wk" and "will return 2x/wk" are the care itself.
const RETURN = /\b(?:(?:RTC|f\/u|follow[- ]?up)(?!\s+(?:visits?|sessions?|treatments?|care|tx)\b)|next\s+(?:appt|appointment|visit|session|review)|due(?!\s+to\b))\b[^.;\n]{0,15}$|\breturn(?:s|ing)?(?:\s+to\s+(?:clinic|office|MD|PCP|physician|doctor))?\s+(?:in|after|within)\s*$/i;
// Care already used: "has attended 6 visits to date", "seen for 4 visits so far".
const USED_BEFORE = /\b(?:attended|completed|has had|had|used|missed|cancell?ed|no-?showed|seen for)\s*$/i;
const USED_AFTER = /^\s*(?:to date|so far|thus far|completed|attended|used)\b/i;
// How long a symptom has lasted: "c/o LBP x 3 wks", "neck pain x 6 months", "sx for 2 years".
const SYMPTOM_FOR = /\b(?:c\/o|complains? of|pain|ache|LBP|HA|headaches?|migraines?|sx|symptoms?|numbness|tingling|hx|history|onset|anxiety|depression|insomnia)\b[^.;\n]{0,25}?(?:\b(?:x|for|over|during)\s*)?$/i;
// How often a symptom comes: "Panic attacks 3x/wk", "HA ~4x/wk", "wakes 3x/night".
const SYMPTOM_COUNT = /\b(?:attacks?|episodes?|headaches?|HAs?|migraines?|flares?|nightmares?|falls?|awakenings?|outbursts?|drinks?|cigarettes?|binge\w*|purg\w*|wakes?|waking|self-harm)\s*[:=-]?\s*(?:about|approx\.?|~)?\s*$/i;
// What the patient does: "works 5 days a week", "drives 3x/wk".
// A subject is needed: "stabilization work 2x/wk" is the care.
const DAILY_LIFE = /(?:^(?!\n)|\b(?:she|he|they|pt|patient|client|who)\s+)(?:still\s+|currently\s+|now\s+|usually\s+|also\s+)?(?:works?|worked|walks?|jogs?|runs?|swims?|goes|drives?|commutes?|plays?|volunteers?|babysits?|attends\s+(?:school|work|class(?:es)?|church))\b[^.;\n]{0,20}$/i;
const PER_DAY = /(?:\/|per|a|each|every)\s*(?:day|d)\b/i;

/** True when a frequency or duration match is about something other than the planned care. */
export function aboutOtherThanCare(text: string, clause: Span, hit: Span, part: 'frequency' | 'duration', clauseHasFrequency: boolean): boolean {
  const before = text.slice(Math.max(clause.start, hit.start - 60), hit.start);
  const words = text.slice(hit.start, hit.end);
  const clauseWords = text.slice(clause.start, clause.end);
  if (REVIEW_IN.test(before) || (/^(?:every|q)\b/i.test(words) && REVIEW_EVERY.test(before)) || RETURN.test(before)) return true;
  if (USED_BEFORE.test(before) || USED_AFTER.test(text.slice(hit.end, clause.end))) return true;
  if (part === 'duration') return !clauseHasFrequency && SYMPTOM_FOR.test(before) && !CARE.test(before);
  if (SYMPTOM_COUNT.test(before)) return true;
  // "^" in DAILY_LIFE is the clause's start, never a cut inside a long clause.
  const head = hit.start - clause.start <= 60 ? text.slice(clause.start, hit.start) : `\n${before}`;
  if (DAILY_LIFE.test(head) && !CARE.test(head.slice(head.search(DAILY_LIFE)))) return true;
  // Visits are not given several times a day: "ice 3x/day" is a home instruction unless the clause names the care.
  return PER_DAY.test(words) && !CARE.test(clauseWords);
}
