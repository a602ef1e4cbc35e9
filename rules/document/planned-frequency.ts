/**
 * How often and for how long the care asked for is given: read sentence by sentence from the sentences that speak
 * of the planned care, never from symptoms ("headaches 4 days per week") or from what was tried before
 * ("ibuprofen for 4 weeks"). A sentence with both is doc.frequencyDuration; a frequency alone is doc.frequency
 * and a duration alone doc.duration, so a plan that gives them on separate lines ("Frequency: 2 visits per
 * week" … "Duration: 6 weeks") states both, and one that gives only one is read as lacking the other.
 */
import type { ConceptKey } from '../concepts';
import { TEXT_DETECTORS } from '../text';
import { SYMPTOM_RATE } from './prose-cues';
import type { Section } from './sections-of';
import { sentencesOf } from './text-spans';
import type { TextSpan } from './types';

export interface PlannedFrequency {
  concept: Extract<ConceptKey, 'doc.frequencyDuration' | 'doc.frequency' | 'doc.duration'>;
  /** The sentences that state it, in order. */
  spans: TextSpan[];
}

// Every frequency or duration the detector reads has a digit or one of these words, so other sentences need no reading.
const HOW_OFTEN = /\d|\b(?:once|twice|thrice|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|weekly|daily|monthly|bi-?weekly|semi-?weekly|fortnightly|every|BIW|TIW|QW|QOW|Q2W|QWK|BIWK|TIWK|q\.?\s*(?:week|wk|w))\b/i;
// Words of the care planned or given: how often and how long belong to it.
const PLAN_WORDS = /\b(?:will|plan\w*|propos\w*|request\w*|recommend\w*|continu\w*|prescri\w*|visits?|sessions?|treatments?|therapy|care|massage|psychotherapy|counsel\w*|manipulation|adjustments?|frequency|duration|course of)\b/i;
// A duration alone says how long only when the words look ahead ("for 6 more weeks", "a course of 12 weeks").
const AHEAD_WORDS = /\b(?:will|plan\w*|propos\w*|request\w*|recommend\w*|continu\w*|prescri\w*|authori[sz]\w*|approv\w*|additional|more|further|next|course of|duration|length of (?:treatment|care)|through|until)\b/i;
// What was tried or has lasted: "completed 6 weeks of PT", "pain has persisted for 3 months despite therapy", "I have
// seen her for therapy twice a week since 09/15".
const TRIED_BEFORE = /\b(?:(?:have|has|had) (?:seen|treated|been seeing|been treating)|tried|trial of|previously|completed|underwent|attempted|attended|participated|went|was seen|took|taken|was treated|received|failed|did|used|has had|had|has been|have been|had been|were|persist\w*|despite|began|started|ago|last (?:year|month|week)|in (?:19|20)\d\d)\b/gi;
// How earlier care worked, said right after it: "twice weekly for 8 weeks with partial relief".
const OUTCOME_AFTER = /\b(?:with(?:out)?\s+(?:\w+\s+)?(?:relief|improvement|benefit|change|response|results?|success)|helped|did not help|no (?:\w+\s+)?(?:relief|improvement|benefit|change))\b/i;
// A turn to the care asked for after the history: "Because she did not improve, I recommend 2x/week for 6 weeks".
const TURN_TO_PLAN = /\b(?:will|request\w*|recommend\w*|propos\w*|prescri\w*|plan (?:is|to)|continue|now|therefore)\b/i;

// "Client continues to report panic attacks about twice a week": how often the symptom comes, not the care.
// "Massage for neck pain 2x per week for 6 weeks" names the care, so its frequency is the care's.
const SYMPTOM_RATE_RE = new RegExp(SYMPTOM_RATE, 'i');
const CARE_NAMED = /\b(?:massage|therap(?:y|ies)|sessions?|visits?|treatments?|care|manipulation|adjustments?|acupuncture|CMT|psychotherapy|counsel\w*|exercises?|training|CBT|DBT|EMDR)\b/i;

// The section headings under which every sentence is about the care planned.
const PLAN_SECTIONS = new Set<ConceptKey | null>(['doc.treatmentPlan', 'doc.frequencyDuration', 'doc.frequency', 'doc.duration']);
// Under these, how often and how long are the history's or the earlier care's ("Prior treatment: PT 2x/week for 6 weeks").
const PAST_SECTIONS = new Set<ConceptKey | null>(['doc.alternativesTried', 'doc.history']);

/** The planned frequency and duration a section's sentences state, at most one entry per concept. */
export function plannedFrequency(text: string, section: Section): PlannedFrequency[] {
  // "Impression and Plan" is a plan section too.
  const inPlan = [section.concept, ...section.alsoConcepts].some((concept) => PLAN_SECTIONS.has(concept));
  if (PAST_SECTIONS.has(section.concept) && !inPlan) return [];
  const both: TextSpan[] = [];
  const frequencies: TextSpan[] = [];
  const durations: TextSpan[] = [];
  // "I am prescribing the following:" over a list: each item under it is the care planned.
  let underPlanIntro = false;
  for (const block of section.blocks) {
    if (block.kind !== 'item') underPlanIntro = block.text.trimEnd().endsWith(':') && PLAN_WORDS.test(block.text);
    const planned = inPlan || (block.kind === 'item' && underPlanIntro);
    if (block.kind === 'heading' || !HOW_OFTEN.test(block.text)) continue;
    for (const sentence of sentencesOf(text, block)) {
      const words = text.slice(sentence.start, sentence.end);
      if (!HOW_OFTEN.test(words) || (!planned && !PLAN_WORDS.test(words))) continue;
      const detection = TEXT_DETECTORS['frequency-duration'](words);
      if (aboutEarlierCare(words, detection.evidence) || aboutDailyLife(words, detection.evidence)
        || (SYMPTOM_RATE_RE.test(words) && !CARE_NAMED.test(words))) continue;
      if (detection.found) both.push(sentence);
      else if (detection.evidence.length === 0) continue;
      else if (detection.missing?.includes('duration')) frequencies.push(sentence);
      else if (planned || AHEAD_WORDS.test(words)) durations.push(sentence);
    }
  }
  const found: PlannedFrequency[] = [];
  if (both.length > 0) found.push({ concept: 'doc.frequencyDuration', spans: both });
  if (frequencies.length > 0) found.push({ concept: 'doc.frequency', spans: frequencies });
  if (durations.length > 0) found.push({ concept: 'doc.duration', spans: durations });
  return found;
}

// Words of earlier care before or among the frequency words (with no turn to the plan after them), or right
// after them in their clause.
function aboutEarlierCare(words: string, evidence: readonly string[]): boolean {
  const first = evidence[0];
  if (first === undefined) return false;
  const start = Math.max(0, words.indexOf(first));
  const last = evidence.at(-1)!;
  const end = Math.max(start, words.indexOf(last, start)) + last.length;
  const tried = [...words.slice(0, end).matchAll(TRIED_BEFORE)].at(-1);
  if (tried && !TURN_TO_PLAN.test(words.slice(tried.index + tried[0].length, end))) return true;
  const rest = words.slice(end);
  const clause = rest.slice(0, /[,;:]/.exec(rest)?.index ?? rest.length);
  return new RegExp(TRIED_BEFORE.source, 'i').test(clause) || OUTCOME_AFTER.test(clause);
}

// "She works 5 days a week at a care home", "walks her dog twice a day": how often the patient does something.
const DAILY_LIFE = /\b(?:she|he|they|pt|patient|client|who)\s+(?:still\s+|currently\s+|now\s+|usually\s+|also\s+)?(?:works?|worked|walks?|walked|jogs?|runs?|swims?|goes|went|attends? (?:school|work|classes|church)|drives?|commutes?|lifts?|plays?|babysits?|cares? for|volunteers?)\b/i;

function aboutDailyLife(words: string, evidence: readonly string[]): boolean {
  const first = evidence[0];
  if (first === undefined) return false;
  const before = words.slice(0, Math.max(0, words.indexOf(first)));
  const activity = [...before.matchAll(new RegExp(DAILY_LIFE.source, 'gi'))].at(-1);
  return activity !== undefined && !CARE_NAMED.test(before.slice(activity.index));
}
