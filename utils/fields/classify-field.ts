/**
 * Decides which concept a field is, from its signals: every concept's patterns are scored against every
 * signal (signal weight x pattern weight, best pattern per signal), the evidence is kept, and when the best
 * score is weak or nearly tied the answer is "nothing" rather than a guess. The pattern index reads each signal
 * once and runs only the regexes whose words it holds, each once per signal (pattern-index.ts): the answer is the
 * one testing every regex would give, in a fraction of the time.
 */
import { CONCEPTS, type ConceptKey } from '../../rules/concepts';
import type { Evidence, FieldIndex } from '../../rules/schema';
import { AUTOCOMPLETE_CONCEPTS, FIELD_PATTERNS, YES_NO_CONCEPTS, type ConceptPatterns } from './field-patterns';
import { diagnosisLetter, lineNumber, type LineNumberSource } from './field-index';
import { PatternIndex, type SignalMatches } from './pattern-index';
import type { FieldClues, Signal, SignalKind } from './label-text';

/** Below this summed score a field is not mapped: one generic word in nearby text is not enough. */
export const MIN_SCORE = 0.4;
/** Below this confidence a field is not mapped. */
export const MIN_CONFIDENCE = 0.35;
/** The winner must beat the runner-up by this fraction, or the field is ambiguous and left unmapped. */
const MIN_MARGIN = 0.1;
const MAX_EVIDENCE_TEXT = 500;
/**
 * A negative pattern in the field's own words (its label, name, id, header) rules the concept out for the whole
 * field: "Qual." named onset_qual is not box 17's qualifier. Nearby text is too leaky to veto anything.
 */
const VETO_SIGNALS = new Set<SignalKind>([
  'label', 'aria-labelledby', 'aria-label', 'name', 'id', 'placeholder', 'title', 'legend', 'column-header',
]);

export interface Classification {
  concept: ConceptKey;
  /** Letter for diagnoses, line number for service lines (0 possible from 0-based names), else null. */
  index: FieldIndex | 0;
  /** For service lines: where the number came from. */
  lineSource: LineNumberSource | null;
  confidence: number;
  evidence: Evidence[];
  /** The text that best names the field, for people. */
  label: string;
}

/** Built once, when the patterns load. */
const PATTERN_INDEX = new PatternIndex(FIELD_PATTERNS);

interface Scored {
  concept: ConceptKey;
  score: number;
  evidence: Evidence[];
}

/**
 * The concept a field most likely is, with evidence and confidence 0..1, or null when unsure. `allow` narrows
 * the concepts considered (a document heading may only be a documentation concept).
 */
export function classifyField(clues: FieldClues, allow: (concept: ConceptKey) => boolean = () => true): Classification | null {
  if (clues.isSearch) return null;
  const loneCheckbox = clues.kind === 'checkbox' && clues.groupSize === 1;
  const matches = clues.signals.map((signal) => PATTERN_INDEX.read(signal.normalized));
  const scored = possibleConcepts(clues, matches)
    .filter((patterns) => allow(patterns.concept))
    .filter((patterns) => !loneCheckbox || YES_NO_CONCEPTS.has(patterns.concept) || isDocumentation(patterns.concept))
    .map((patterns) => scoreConcept(patterns, clues, matches, loneCheckbox && !YES_NO_CONCEPTS.has(patterns.concept)))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best || best.score < MIN_SCORE) return null;
  const runnerUp = scored[1]?.score ?? 0;
  if (runnerUp > 0 && best.score < runnerUp * (1 + MIN_MARGIN)) return null;
  const margin = (best.score - runnerUp) / best.score;
  const strength = 1 - Math.exp(-1.2 * best.score);
  const confidence = round(strength * (0.6 + 0.4 * margin));
  if (confidence < MIN_CONFIDENCE) return null;
  const { index, lineSource } = indexFor(best.concept, clues);
  return { concept: best.concept, index, lineSource, confidence, evidence: best.evidence, label: bestLabel(clues.signals) };
}

/**
 * The concepts that can score on these signals, in FIELD_PATTERNS order (ties keep it): those with a matcher one
 * of the signals may match, and the one an autocomplete token names. Every other concept scores 0, vetoed or not,
 * so it is never scored.
 */
function possibleConcepts(clues: FieldClues, matches: readonly SignalMatches[]): ConceptPatterns[] {
  const marked = new Uint8Array(FIELD_PATTERNS.length);
  clues.signals.forEach((signal, at) => {
    if (signal.kind === 'autocomplete') {
      const concept = Object.hasOwn(AUTOCOMPLETE_CONCEPTS, signal.normalized) ? AUTOCOMPLETE_CONCEPTS[signal.normalized] : undefined;
      const position = concept ? FIELD_PATTERNS.findIndex((patterns) => patterns.concept === concept) : -1;
      if (position >= 0) marked[position] = 1;
    } else for (const position of matches[at]!.possibleConcepts()) marked[position] = 1;
  });
  return FIELD_PATTERNS.filter((_, position) => marked[position] === 1);
}

/**
 * The classification a site adapter or the user's own mapping dictates: confidence 1, the given index, or the
 * index the field's own words give when the mapping leaves it out.
 */
export function dictatedClassification(
  concept: ConceptKey,
  index: FieldIndex | undefined,
  clues: FieldClues,
  evidence: Evidence,
): Classification {
  // The mapping's own index is final: no page-wide renumbering touches it.
  const derived = index === undefined ? indexFor(concept, clues) : { index, lineSource: null };
  return { concept, index: derived.index, lineSource: derived.lineSource, confidence: 1, evidence: [evidence], label: bestLabel(clues.signals) };
}

/**
 * A lone checkbox's own label is an answer ("Goals met", "Decline in mobility"), so it may be a documentation
 * concept only by its name or id (careplan_STO_increase_rom: one item of the short-term goals).
 */
function isDocumentation(concept: ConceptKey): boolean {
  return concept.startsWith('doc.');
}

/**
 * `matches[i]` is `clues.signals[i]` as the pattern index read it. The matchers are tried first: a concept none
 * of whose matchers fits any signal scores 0 whatever its negatives say, so they are tested only when one does.
 */
function scoreConcept(patterns: ConceptPatterns, clues: FieldClues, matches: SignalMatches[], namesOnly = false): Scored {
  const evidence: Evidence[] = [];
  let score = 0;
  const ids = PATTERN_INDEX.idsOf(patterns);
  const matched = clues.signals.map((signal, at) =>
    signal.kind === 'autocomplete'
      ? null
      : bestMatcher(patterns, ids.matchers, signal, matches[at]!, clues, namesOnly && signal.target !== 'name'),
  );
  const autocomplete = clues.signals.some((signal) => signal.kind === 'autocomplete' && AUTOCOMPLETE_CONCEPTS[signal.normalized] === patterns.concept);
  if (!autocomplete && matched.every((found) => found === null)) return { concept: patterns.concept, score, evidence };
  const negative = clues.signals.map((signal, at) => signal.kind !== 'autocomplete' && ids.negative.some((id) => matches[at]!.matches(id)));
  const vetoed = clues.signals.some((signal, at) => VETO_SIGNALS.has(signal.kind) && negative[at]);
  if (vetoed) return { concept: patterns.concept, score, evidence };
  for (let at = 0; at < clues.signals.length; at++) {
    const signal = clues.signals[at]!;
    if (signal.kind === 'autocomplete') {
      if (AUTOCOMPLETE_CONCEPTS[signal.normalized] === patterns.concept) {
        score += signal.weight;
        evidence.push({ signal: signal.kind, text: signal.text, weight: signal.weight });
      }
      continue;
    }
    const found = matched[at];
    if (negative[at] || !found) continue;
    const weight = round(found.weight * signal.weight);
    score += weight;
    const text = found.context ? `${signal.text} (in "${clues.context}")` : signal.text;
    evidence.push({ signal: signal.kind, text: text.slice(0, MAX_EVIDENCE_TEXT), weight });
  }
  return { concept: patterns.concept, score, evidence };
}

/**
 * `checkboxWordsOnly`: a lone checkbox's own words are its option ("Yes", "Gait training"), not a question, so they
 * count only for a matcher written for checkboxes (kinds: ["checkbox"]), such as a plan's intervention checklist.
 */
function bestMatcher(
  patterns: ConceptPatterns,
  ids: readonly number[],
  signal: Signal,
  matches: SignalMatches,
  clues: FieldClues,
  checkboxWordsOnly = false,
) {
  let best: { weight: number; context: boolean } | null = null;
  for (let at = 0; at < patterns.matchers.length; at++) {
    const matcher = patterns.matchers[at]!;
    const id = ids[at]!;
    // Cheapest first: most matchers fall here, before their section and page regexes are run.
    if (!matches.mayMatch(id)) continue;
    if (checkboxWordsOnly && !matcher.kinds?.includes('checkbox')) continue;
    if (matcher.on && matcher.on !== signal.target) continue;
    if (matcher.signals && !matcher.signals.includes(signal.kind)) continue;
    if (matcher.kinds && !matcher.kinds.includes(clues.kind)) continue;
    if (matcher.picks !== undefined && matcher.picks !== Boolean(clues.picksFromList)) continue;
    if (matcher.where === 'row' && clues.gridRow === null) continue;
    if (matcher.where === 'single' && clues.gridRow !== null) continue;
    if (matcher.context && !matcher.context.test(clues.context)) continue;
    if (matcher.notContext?.test(clues.context)) continue;
    if (matcher.page && !matcher.page.test(clues.page)) continue;
    if (matcher.notPage?.test(clues.page)) continue;
    if (!matches.matches(id)) continue;
    if (!best || matcher.weight > best.weight) best = { weight: matcher.weight, context: Boolean(matcher.context) };
  }
  return best;
}

function indexFor(concept: ConceptKey, clues: FieldClues): { index: FieldIndex | 0; lineSource: LineNumberSource | null } {
  const repeat = CONCEPTS[concept].repeat;
  if (repeat === 'letter') return { index: diagnosisLetter(clues.signals), lineSource: null };
  if (repeat === 'number') {
    const line = lineNumber(clues.signals, clues.gridRow);
    return { index: line.value, lineSource: line.source };
  }
  return { index: null, lineSource: null };
}

/** People read labels, not name tokens: prefer the strongest label-like text. */
function bestLabel(signals: readonly Signal[]): string {
  const label = signals.find((s) => s.target === 'label') ?? signals.find((s) => s.kind === 'name' || s.kind === 'id');
  return (label?.text ?? '').slice(0, MAX_EVIDENCE_TEXT);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
