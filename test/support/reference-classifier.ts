/**
 * The field classifier as it was before the pattern index (issue 15), kept only as the reference the indexed
 * classifier must agree with (test/fixtures/classify-index.test.ts): it runs every concept's regexes against
 * every signal. Not imported by the extension or the CLI.
 */
import { CONCEPTS, type ConceptKey } from '../../rules/concepts';
import type { Evidence, FieldIndex } from '../../rules/schema';
import { AUTOCOMPLETE_CONCEPTS, FIELD_PATTERNS, YES_NO_CONCEPTS, type ConceptPatterns } from '../../utils/fields/field-patterns';
import { diagnosisLetter, lineNumber, type LineNumberSource } from '../../utils/fields/field-index';
import type { FieldClues, Signal, SignalKind } from '../../utils/fields/label-text';

/** Below this summed score a field is not mapped: one generic word in nearby text is not enough. */
const MIN_SCORE = 0.4;
/** Below this confidence a field is not mapped. */
const MIN_CONFIDENCE = 0.35;
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

interface Classification {
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

interface Scored {
  concept: ConceptKey;
  score: number;
  evidence: Evidence[];
}

/**
 * The concept a field most likely is, with evidence and confidence 0..1, or null when unsure. `allow` narrows
 * the concepts considered (a document heading may only be a documentation concept).
 */
export function referenceClassifyField(clues: FieldClues, allow: (concept: ConceptKey) => boolean = () => true): Classification | null {
  if (clues.isSearch) return null;
  const loneCheckbox = clues.kind === 'checkbox' && clues.groupSize === 1;
  const scored = FIELD_PATTERNS.filter((patterns) => allow(patterns.concept))
    .filter((patterns) => !loneCheckbox || YES_NO_CONCEPTS.has(patterns.concept) || isDocumentation(patterns.concept))
    .map((patterns) => scoreConcept(patterns, clues, loneCheckbox && !YES_NO_CONCEPTS.has(patterns.concept)))
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
 * A lone checkbox's own label is an answer ("Goals met", "Decline in mobility"), so it may be a documentation
 * concept only by its name or id (careplan_STO_increase_rom: one item of the short-term goals).
 */
function isDocumentation(concept: ConceptKey): boolean {
  return concept.startsWith('doc.');
}

function scoreConcept(patterns: ConceptPatterns, clues: FieldClues, namesOnly = false): Scored {
  const evidence: Evidence[] = [];
  let score = 0;
  const vetoed = clues.signals.some((signal) => VETO_SIGNALS.has(signal.kind) && isNegative(patterns, signal));
  if (vetoed) return { concept: patterns.concept, score, evidence };
  for (const signal of clues.signals) {
    if (signal.kind === 'autocomplete') {
      if (AUTOCOMPLETE_CONCEPTS[signal.normalized] === patterns.concept) {
        score += signal.weight;
        evidence.push({ signal: signal.kind, text: signal.text, weight: signal.weight });
      }
      continue;
    }
    if (isNegative(patterns, signal)) continue;
    const matched = bestMatcher(patterns, signal, clues, namesOnly && signal.target !== 'name');
    if (!matched) continue;
    const weight = round(matched.weight * signal.weight);
    score += weight;
    const text = matched.context ? `${signal.text} (in "${clues.context}")` : signal.text;
    evidence.push({ signal: signal.kind, text: text.slice(0, MAX_EVIDENCE_TEXT), weight });
  }
  return { concept: patterns.concept, score, evidence };
}

function isNegative(patterns: ConceptPatterns, signal: Signal): boolean {
  return signal.kind !== 'autocomplete' && (patterns.negative?.some((re) => re.test(signal.normalized)) ?? false);
}

/**
 * `checkboxWordsOnly`: a lone checkbox's own words are its option ("Yes", "Gait training"), not a question, so they
 * count only for a matcher written for checkboxes (kinds: ["checkbox"]), such as a plan's intervention checklist.
 */
function bestMatcher(patterns: ConceptPatterns, signal: Signal, clues: FieldClues, checkboxWordsOnly = false) {
  let best: { weight: number; context: boolean } | null = null;
  for (const matcher of patterns.matchers) {
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
    if (!matcher.re.test(signal.normalized)) continue;
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
