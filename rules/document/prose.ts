/**
 * The prose components of a letter or note: history, functional limitation, goals, alternatives tried, frequency
 * and duration, necessity statement, expected outcome, treatment plan, progress. Read two ways: the text under a
 * heading that names the component (surer), and the sentences the free-text detectors (rules/text) match
 * anywhere (less sure). A section that only denies ("Prior treatment: none") is not the component.
 */
import type { ConceptKey } from '../concepts';
import { TEXT_DETECTORS, type TextDetection, type TextDetectorId } from '../text';
import { NEGATION } from '../text/match';
import { namesAField } from './labels';
import { plannedFrequency } from './planned-frequency';
import { CUE_SOURCES } from './prose-cues';
import type { Section } from './sections-of';
import { componentAt, sentenceAt, blockAt, trimSpan } from './text-spans';
import type { DocumentComponent, TextSpan } from './types';

const DETECTOR_OF: Partial<Record<ConceptKey, TextDetectorId>> = {
  'doc.goals': 'measurable-goals',
  'doc.shortTermGoals': 'measurable-goals',
  'doc.longTermGoals': 'measurable-goals',
  'doc.alternativesTried': 'alternatives-tried',
  'doc.frequencyDuration': 'frequency-duration',
  'doc.frequency': 'frequency-duration',
  'doc.duration': 'frequency-duration',
  'doc.functionalLimitation': 'functional-limitation',
  'doc.necessityStatement': 'necessity-statement',
  'doc.expectedOutcome': 'expected-outcome',
};

// A section whose text only denies: "None.", "N/A", "No prior treatment was tried", "Denies limitations".
const ONLY_DENIAL = new RegExp(String.raw`^\W*(?:none(?:\s+(?:reported|tried|noted|documented))?|n\/a|not applicable|unknown|tbd|nil|(?:${NEGATION})\b[^.!?\n]*)\W*$`, 'i');

/** Components read from headings and content, at most one per concept: the best find. */
export function findProseComponents(text: string, sections: readonly Section[]): DocumentComponent[] {
  const candidates: { component: DocumentComponent; score: number }[] = [];
  for (const section of sections) {
    for (const concept of section.concept ? [section.concept, ...section.alsoConcepts] : []) {
      const fromHeading = headingComponent(text, section, concept);
      if (fromHeading) candidates.push(fromHeading);
    }
    candidates.push(...detectorComponents(text, section), ...cueComponents(text, section), ...plannedComponents(text, section));
    const labelledGoals = labelledGoalsComponent(text, section);
    if (labelledGoals) candidates.push(labelledGoals);
  }
  const best = new Map<ConceptKey, { component: DocumentComponent; score: number }>();
  for (const candidate of candidates) {
    const kept = best.get(candidate.component.concept);
    if (!kept || candidate.score > kept.score) best.set(candidate.component.concept, candidate);
    // Equally sure finds in several paragraphs are one component: every sentence is evidence for the checks.
    else if (candidate.score === kept.score && kept.component.span.end <= candidate.component.span.start) {
      kept.component = { ...kept.component, value: `${kept.component.value} ${candidate.component.value}` };
    }
  }
  // "Occupational therapy twice a week for 6 weeks is medically necessary" states the treatment asked for too.
  const frequency = best.get('doc.frequencyDuration');
  if (!best.has('doc.treatmentPlan') && frequency && TREATMENT_NAMED.test(frequency.component.value)) {
    best.set('doc.treatmentPlan', { component: { ...frequency.component, concept: 'doc.treatmentPlan', confidence: 0.55 }, score: 0.55 });
  }
  return [...best.values()].map((candidate) => candidate.component);
}

const CUES = CUE_SOURCES.map(({ concept, pattern, notWith }) => ({ concept, notWith, pattern: new RegExp(pattern.source, 'gi') }));

const TREATMENT_NAMED = /\b(?:therapy|treatment|massage|psychotherapy|counsel\w*|manipulation|adjustments?|acupuncture|sessions|visits|\d{5})\b/i;

function headingComponent(text: string, section: Section, concept: ConceptKey): { component: DocumentComponent; score: number } | null {
  const span = trimSpan(text, section.start, section.end);
  const words = text.slice(span.start, span.end);
  const detector = DETECTOR_OF[concept];
  // Whether the section states the component is read from its opening; the checks read the whole value.
  const detection = detector ? TEXT_DETECTORS[detector](words.slice(0, MAX_UNIT)) : undefined;
  if (ONLY_DENIAL.test(words) && !detection?.found) return null;
  // "Duration: 53 minutes" is how long the session lasted (the visit's minutes), not how long care goes on.
  if (concept === 'doc.duration' && SESSION_LENGTH.test(section.blocks[0]?.text ?? '')) return null;
  if (detection && !detection.found && detection.evidence.length === 0 && startsWithDenial(words)) return null;
  // "Long-Term Goals (8 weeks):" gives its goals their timeframe, so the goals' value keeps the heading.
  const heading = GOALS.has(concept) && section.headingSpan ? `${text.slice(section.headingSpan.start, section.headingSpan.end)}\n` : '';
  const own = withoutOtherColumns(words);
  const value = heading && /\d/.test(heading) ? `${heading}${own}` : own;
  const counted = value === words ? detection : TEXT_DETECTORS['measurable-goals'](value.slice(0, MAX_UNIT));
  const component = componentAt(text, concept, value, span, 0.85);
  return { component, score: 0.85 + (counted?.found ? 0.2 : 0) };
}

// "Dx:  S83.511A Sprain of ACL, right knee,   Onset:   08/09/2026": on a form laid out in columns the next column's
// label and value share the line; they are another field, not part of this section's words.
const OTHER_COLUMN = /(?<=\S)(?: {3,}|\t+)([A-Za-z][\w /&#.'-]{0,40}?)\s*(?::|\.{3,}|…)[^\n]*/g;

function withoutOtherColumns(words: string): string {
  return words.replace(OTHER_COLUMN, (column, label: string) => (namesAField(label) ? '' : column));
}

const SESSION_LENGTH = /^\W*\d{1,3}\s*-?\s*(?:minutes?|mins?)\b[^a-z]*$/i;

const GOALS = new Set<ConceptKey>(['doc.goals', 'doc.shortTermGoals', 'doc.longTermGoals']);
const TARGET_CHANGE = /^(?:increased|decreased|reduced|improved) to\b/i;
const BY_WHEN = /\b(?:by|within|in)\s+(?:(?:the\s+)?(?:week|wk|month|visit|session|discharge|end)\b|\d)/i;

function startsWithDenial(words: string): boolean {
  return new RegExp(String.raw`^\W*(?:${NEGATION})`, 'i').test(words);
}

// Which concepts a detector's finds in free text stand for, and whether a partial find is worth keeping.
interface ContentDetector {
  concept: ConceptKey;
  detector: TextDetectorId;
  partial: (detection: TextDetection) => boolean;
  /** Under these headings only evidence that says so itself counts ("goal 120°", "STG: walk 500 ft"). */
  onlySaidUnder?: { concepts: ConceptKey[]; words: RegExp };
}

const CONTENT_DETECTORS: ContentDetector[] = [
  { concept: 'doc.functionalLimitation', detector: 'functional-limitation', partial: () => false },
  { concept: 'doc.alternativesTried', detector: 'alternatives-tried', partial: (d) => d.evidence.some((e) => TRIED.test(e)) },
  // A target with a value but no timeframe ("restore grip strength from 20 lbs to 60 lbs") is a goal in part.
  // Under "Progress" or "History" a value is where the patient has been, not where care is going, unless the
  // words call it a goal ("knee flexion to 120° within 4 weeks (goal): progressing").
  {
    concept: 'doc.goals', detector: 'measurable-goals',
    onlySaidUnder: { concepts: ['doc.progress', 'doc.history', 'doc.alternativesTried'], words: /\b(?:goals?|STGs?|LTGs?|targets?|will)\b/i },
    partial: (d) => (d.missing ?? []).join() === 'timeframe' && d.evidence.some((e) => GOAL_WORDS.test(e)),
  },
  { concept: 'doc.necessityStatement', detector: 'necessity-statement', partial: () => false },
  { concept: 'doc.expectedOutcome', detector: 'expected-outcome', partial: () => false },
];
const GOAL_WORDS = /\b(?:goals?|objectives?|will|able to|restore|increase|improve|reduce|decrease|return|achieve|target)\b/i;
const TRIED = /\b(?:tried|trial(?:ed)?|previously|prior|completed|underwent|attempted|has had|had \d|took|taking|was treated|received)\b/i;

// Detectors read one paragraph or list item at a time, or a run of short lines together, so a frequency in the
// plan paragraph is not joined to a duration in the history paragraph.
function detectorComponents(text: string, section: Section): { component: DocumentComponent; score: number }[] {
  const found: { component: DocumentComponent; score: number }[] = [];
  for (const unit of unitsOf(text, section)) {
    const words = text.slice(unit.start, unit.end);
    for (const { concept, detector, partial, onlySaidUnder } of CONTENT_DETECTORS) {
      if (statesGoalsOnly(section, concept)) continue;
      const detection = TEXT_DETECTORS[detector](words);
      if (!detection.found && !partial(detection)) continue;
      const saying = section.concept && onlySaidUnder?.concepts.includes(section.concept) ? onlySaidUnder.words : null;
      const kept = saying ? detection.evidence.filter((said) => saying.test(said)) : detection.evidence;
      const spans = kept.flatMap((evidence) => {
        const at = words.indexOf(evidence);
        return at === -1 ? [] : [sentenceOf(text, section, unit.start + at)];
      });
      const component = fromSentences(text, concept, spans, detection.found ? 0.7 : 0.5);
      if (component) found.push({ component, score: component.confidence + (detection.found ? 0.2 : 0) });
    }
  }
  return found;
}

// How often and how long the planned care is given: a sentence with both is surer than one with a part.
function plannedComponents(text: string, section: Section): { component: DocumentComponent; score: number }[] {
  return plannedFrequency(text, section).flatMap(({ concept, spans }) => {
    const both = concept === 'doc.frequencyDuration';
    const component = fromSentences(text, concept, spans, both ? 0.7 : 0.5);
    return component ? [{ component, score: component.confidence + (both ? 0.2 : 0) }] : [];
  });
}

function unitsOf(text: string, section: Section): TextSpan[] {
  const units: TextSpan[] = [];
  let previousWasLine = false;
  for (const block of section.blocks) {
    const last = units.at(-1);
    if (block.kind === 'line' && previousWasLine && last && last.end - last.start < MAX_UNIT) last.end = block.end;
    else units.push({ start: block.start, end: block.end });
    previousWasLine = block.kind === 'line';
  }
  return units.flatMap((unit) => piecesOf(text, unit));
}

// The detectors read at most this much at a time: far more than any real paragraph, and it keeps hostile text
// (a 50,000-character line) from costing more than its length.
const MAX_UNIT = 4_000;

function piecesOf(text: string, unit: TextSpan): TextSpan[] {
  const pieces: TextSpan[] = [];
  let start = unit.start;
  while (unit.end - start > MAX_UNIT) {
    const space = text.lastIndexOf(' ', start + MAX_UNIT);
    const end = space > start + MAX_UNIT / 2 ? space : start + MAX_UNIT;
    pieces.push({ start, end });
    start = end;
  }
  pieces.push({ start, end: unit.end });
  return pieces;
}

function cueComponents(text: string, section: Section): { component: DocumentComponent; score: number }[] {
  // Cues of one concept are one component: every sentence any of them found, in text order.
  const spans = new Map<ConceptKey, TextSpan[]>();
  for (const { concept, pattern, notWith } of CUES) {
    const found = spans.get(concept) ?? [];
    spans.set(concept, found);
    section.blocks.forEach((block, i) => {
      if (block.kind === 'line' && block.text.length < 30) return;
      for (const match of block.text.matchAll(pattern)) {
        const at = block.start + match.index!;
        const sentence = listAfter(text, section.blocks, i, sentenceAt(text, block, at));
        if (denied(text.slice(sentence.start, at)) || notWith?.test(text.slice(sentence.start, sentence.end)) || notWith?.test(labelBefore(text, sentence))) continue;
        if (statesGoalsOnly(section, concept)) continue;
        // "Headaches reduced to 1 per week by week 8" in a list of goals is the target, not progress made.
        if (concept === 'doc.progress' && section.concept !== null && GOALS.has(section.concept) && TARGET_CHANGE.test(match[0]) && BY_WHEN.test(text.slice(sentence.start, sentence.end))) continue;
        found.push(sentence);
      }
    });
  }
  return [...spans].flatMap(([concept, found]) => {
    const component = fromSentences(text, concept, found, 0.6);
    return component ? [{ component, score: 0.6 }] : [];
  });
}

// "I am prescribing the following:" says what is prescribed in the list under it: the sentence runs on through the
// items that follow its block.
function listAfter(text: string, blocks: readonly Section['blocks'][number][], index: number, sentence: TextSpan): TextSpan {
  if (!text.slice(sentence.start, sentence.end).endsWith(':') || sentence.end !== trimSpan(text, blocks[index]!.start, blocks[index]!.end).end) return sentence;
  let last = index;
  while (blocks[last + 1]?.kind === 'item') last += 1;
  return last === index ? sentence : { start: sentence.start, end: blocks[last]!.end };
}

// The label a sentence follows on its line ("Goal: headaches once a week or less"): the sentence is about what the
// label says, so a cue's notWith words count there too.
// (The label may lie outside the block: a labelled line's block can start at its value.)
function labelBefore(text: string, sentence: TextSpan): string {
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  return /^\s*[A-Za-z][\w /-]{0,30}:\s*$/.exec(text.slice(Math.max(lineStart, sentence.start - 40), sentence.start))?.[0] ?? '';
}

// A denial shortly before the cue in its sentence: "no history of", "denies prior …".
function denied(before: string): boolean {
  return new RegExp(String.raw`(?:${NEGATION})[^,;]{0,30}$`, 'i').test(before);
}

function sentenceOf(text: string, section: Section, offset: number): TextSpan {
  const block = blockAt(section.blocks, offset) ?? section;
  return sentenceAt(text, block, offset);
}

// "Goal: Reduce depressive symptoms; Objective: PHQ-9 below 10 within 12 weeks" on each row of a treatment plan's
// table (or on lines of a note): every cell the document itself labels a goal is one, in all rows, not only the row
// the detector finds measurable. An "Objective:" cell counts only beside a goal on its row: alone, a SOAP note's
// "Objective:" is the exam. A cell that reports on a goal ("Goal 1: met") is progress, not a goal set.
const GOAL_CELL = /(?:^|[;|])[ \t*_]*((?:short|long)[- ]term goals?|goals?|objectives?|STGs?|LTGs?)[ \t]*#?\d*[ \t]*[*_]*:[*_]*(?![ \t]*(?:met|partially met|not met|achieved|progressing|ongoing|discontinued)\b)([^;|\n]+)/gi;

function labelledGoalsComponent(text: string, section: Section): { component: DocumentComponent; score: number } | null {
  const spans: TextSpan[] = [];
  for (const block of section.blocks) {
    let lineStart = 0;
    for (const line of block.text.split('\n')) {
      const cells = [...line.matchAll(GOAL_CELL)];
      const besideGoal = cells.some((cell) => !/^objective/i.test(cell[1]!));
      for (const cell of cells) {
        if (/^objective/i.test(cell[1]!) && !besideGoal) continue;
        const words = cell[2]!;
        const start = block.start + lineStart + cell.index + cell[0].length - words.length;
        const span = trimSpan(text, start, start + words.length);
        if (span.end > span.start) spans.push(span);
      }
      lineStart += line.length + 1;
    }
  }
  // One labelled goal is what a line of a note says; the rows of a plan's table state two or more.
  if (spans.length < 2) return null;
  const value = spans.map((span) => text.slice(span.start, span.end)).join('; ');
  const measurable = TEXT_DETECTORS['measurable-goals'](value.slice(0, MAX_UNIT)).found;
  // The evidence runs from the first goal to the last: the rows that state them.
  const component = componentAt(text, 'doc.goals', value, { start: spans[0]!.start, end: spans.at(-1)!.end }, 0.8);
  return { component, score: 0.8 + (measurable ? 0.2 : 0) };
}

// Under a goals heading a sentence states a goal: "Ambulate 300 ft with rolling walker" is no limitation or history.
function statesGoalsOnly(section: Section, concept: ConceptKey): boolean {
  return (concept === 'doc.functionalLimitation' || concept === 'doc.history') && section.concept !== null && GOALS.has(section.concept);
}

// "Assessment: palpable trigger points …": the label a sentence's line opens with is not part of what it says.
// "Patient is progressing: sitting tolerance up …" opens with a clause, not a label: a label has no verb.
const LEADING_LABEL = /^(?![^:]*\b(?:is|are|was|were|has|have|had|will|can|could|should|did|does|not)\b)[A-Z][A-Za-z/&'-]*(?: [A-Za-z/&'-]+){0,3}:[ \t]+(?=\S)/;

// The value is every sentence found, in order, without repeats; the evidence and span are the first.
function fromSentences(text: string, concept: ConceptKey, spans: TextSpan[], confidence: number): DocumentComponent | null {
  const unique = [...new Map(spans.map((span) => [span.start, span])).values()].sort((a, b) => a.start - b.start);
  const first = unique[0];
  if (!first) return null;
  const value = unique.map((span) => text.slice(span.start, span.end).replace(LEADING_LABEL, '')).join(' ');
  return { ...componentAt(text, concept, value, first, confidence) };
}
