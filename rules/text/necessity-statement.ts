import { affirmedCues, clauses, HYPOTHETICAL, NEGATION, pattern, quote, type Span } from './match';
import type { TextDetection } from './types';

const PURPOSE = String.raw`restore|improve|reduce|decrease|increase|regain|address|treat|progress|prevent|achieve|return|normalize|resolve|manage|relieve|facilitate|allow|enable|maximize|minimize|avoid|control|alleviate|stabilize|promote|ensure|remediate|correct|release|eliminate`;
// "is not necessary" must not slip through the one-word gap in "is <adverb> necessary".
const NOT_A_DENIAL = String.raw`(?:(?!not\b|no\b|never\b)\w+\s+)?`;
// Why, after "necessary": "because", "due to", "d/t", "2/2", "given", "for pt to".
const REASON = String.raw`because|due to|d\/t|2\/2|secondary to|given|since|for\s+(?:the\s+)?(?:pt|patient|client|him|her|them)\s+to`;
const CARE = String.raw`tx|treatment|therapy|care|services|interventions?|PT|OT|psychotherapy|counseling|sessions|visits|massage|manipulation|CMT`;

const CUES = [
  String.raw`\b(?:medically|clinically)\s+(?:necessary|indicated|required|needed|warranted)\b|\breasonable,?\s+(?:and\s+)?necessary\b`,
  // The noun alone is mostly talk about the topic ("inform medical necessity", "Letter of Medical Necessity"):
  // count it when the writer documents or meets it, or uses it as a heading with content after the colon.
  String.raw`\b(?:document\w*|establish\w*|support\w*|demonstrat\w*|meets?|meeting|affirm\w*|attest\w*|confirm\w*|justif\w*)\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?medical necessity\b(?!\s+(?:form|letter|review|guidelines?|polic(?:y|ies)|determinations?|appeals?|denials?|requirements?)\b)|^\s*(?:medical necessity|med\.?\s*nec\.?)\s*:\s*(?=\S)`,
  String.raw`\b(?:is|are|remains?|was|were|be)\s+${NOT_A_DENIAL}(?:necessary|needed|required|essential|warranted|indicated)\s+(?:to\s+(?:\w+\s+)?(?:${PURPOSE})|in order to|${REASON})(?!\w)`,
  String.raw`\bnecessary\s+(?:to|in order to)\s+(?:\w+\s+)?(?:${PURPOSE})\b`,
  String.raw`\b(?:requires?|requiring|needs?|needing)\s+(?:for\s+)?(?:the\s+)?(?:continued\s+|ongoing\s+|further\s+|additional\s+)?(?:skills?|skilled|expertise|clinical judg(?:e)?ment|judg(?:e)?ment|specialized)\b`,
  String.raw`\b(?:skills?|expertise|judg(?:e)?ment|knowledge)\s+of\s+(?:a|an|the)\s+(?:licensed|qualified|skilled|trained)\b`,
  String.raw`\bskilled\s+(?:[\w-]+\s+){0,3}?(?:is|are)\s+(?:required|needed|necessary|indicated|warranted|essential)\b`,
  // fragments without a verb: "Skilled intervention required 2/2 complexity", "Skilled care needed for gait training"
  String.raw`\bskilled\s+(?:(?!not\b|no\b|never\b)[\w-]+\s+){0,3}?(?:required|needed|necessary|indicated|warranted|essential)\s+(?:to|for|${REASON})(?!\w)`,
  String.raw`\bneed\s+for\s+skilled\b`,
  // what happens without the care: "Without skilled tx, pt is at risk for further decline"
  String.raw`^\W*without\s+(?:(?:continued|ongoing|further|this|these|skilled)\s+){0,2}(?:[\w-]+\s+)?(?:${CARE}),?\s+(?:the\s+)?(?:pt|patient|client|she|he|they)\s+(?:is|are|will|would)\s+(?:likely\s+)?(?:be\s+)?(?:at\s+risk|likely|to\s+regress|regress|decline|deteriorate|require|need|lose)\b`,
  String.raw`\bno\s+(?:other\s+)?(?:less costly|less expensive|cheaper|equally effective|lower[- ]cost|more conservative)\b|\bnot more costly than\b|\bleast costly\b|\bmost appropriate (?:level of care|treatment|setting|option)\b|\bleast restrictive\s+(?:appropriate\s+)?(?:level of care|setting|environment|treatment)\b`,
  String.raw`\b(?:warranted|justified)\s+(?:${REASON})(?!\w)`,
].map((source) => pattern(source));

// Policy text, conditions and advice are not a statement about this patient: "may be considered medically
// necessary when", "how to document medical necessity".
const NOT_ASSERTED = String.raw`${NEGATION}|${HYPOTHETICAL}|\b(?:may|might|could|when|to determine|to establish|unable to|fails? to|failed to|lacks?|lacking|covers?|covered|coverage for|in order to|how to|ways? to|must|need to|needs to)\b`;

/**
 * An explicit medical-necessity statement: "medically necessary", "skilled therapy is required because",
 * "requires the skills of a licensed therapist", "no less costly alternative", "necessary to restore function".
 * Denied, conditional and template text ("not medically necessary", "may be considered medically necessary
 * when", "Why is this medically necessary?") does not count. Evidence is each clause that makes the statement.
 */
export function detectNecessityStatement(text: string): TextDetection {
  const evidence = clauses(text)
    .filter((clause) => affirmedCues(text, clause, CUES, { triggers: NOT_ASSERTED }).some((cue) => saysMore(text, clause, cue)))
    .map((clause) => quote(text, clause));
  return evidence.length > 0 ? { found: true, evidence } : { found: false, evidence: [], missing: ['statement'] };
}

// A heading alone ("Medical necessity") states nothing.
function saysMore(text: string, clause: Span, cue: Span): boolean {
  return /[a-z]/i.test(text.slice(clause.start, cue.start) + text.slice(cue.end, clause.end));
}
