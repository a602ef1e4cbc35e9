import { affirmedCues, clauses, NEGATION, pattern, quote } from './match';
import type { TextDetection } from './types';

const RATING = String.raw`excellent|very good|good|fair|poor|guarded|favou?rable`;
const IMPROVEMENT = String.raw`improvement|reduction|return|resolution|decrease|increase|recovery|gains?|progress|benefit`;

const NOT_A_DENIAL = String.raw`(?!not\b|no\b|never\b|un)`;

const CUES = [
  String.raw`\b(?:${RATING})\s+(?:(?:rehab(?:ilitation)?|functional|recovery)\s+)?(?:potential|prognosis)\b`,
  // "Prognosis: fair", "Rehab potential is good", "Prognosis for return to work is good", "Prognosis guarded"
  String.raw`\b(?:rehab(?:ilitation)?\.?\s+pot(?:ential\b|\.|\b)|prognosis|potential for (?:improvement|recovery|rehab\w*))(?:\s+(?:for|to)\s+[\w\s-]{1,50}?)?\s*(?:is|:|=|-|–|appears|remains|considered|is considered|appears to be)?\s*(?:\w+\s+)?(?:${RATING})\b`,
  String.raw`\bexpected to\s+(?:\w+\s+)?(?:return|improve|regain|resume|achieve|reach|meet|tolerate|be able|decrease|reduce|resolve|benefit|make|progress|recover|increase|respond|restore|show|demonstrate)\w*`,
  String.raw`\b(?:anticipat(?:e|es|ed|ing)|expect(?:s|ed)?)\s+(?:[\w%-]+\s+){0,4}?(?:${IMPROVEMENT})\b`,
  // "Progress toward goals expected", "RTW full duty anticipated in 6 wks"; a "not" between denies it
  String.raw`\b(?:improvement|recovery|return to [\w\s]{1,25}?|RTW|progress|gains?|benefit|resolution)\s+(?:${NOT_A_DENIAL}[\w\/-]+\s+){0,3}?(?:is\s+|are\s+)?(?:expected|anticipated|likely)\b`,
  String.raw`\b(?:expected|anticipated)\s+(?:outcomes?|benefits?|results?|improvement|recovery|gains)\s*(?::|include|are|is|=)`,
  String.raw`\blikely to\s+(?:improve|benefit|respond|return|recover|resolve|regain|make)\b`,
  String.raw`\b(?:will|should)\s+(?:likely\s+)?(?:benefit|improve|respond|recover)\b|\b(?:will|should)\s+likely\s+(?:return|regain|resume|achieve|meet|tolerate)\b`,
  String.raw`\b(?:will|should)\s+(?:likely\s+)?make\s+(?:good|significant|steady|excellent|measurable|meaningful|functional)\s+(?:progress|gains|improvement)\b`,
  String.raw`\breasonable expectation of\s+(?:\w+\s+)?(?:improvement|progress|recovery)\b`,
].map((source) => pattern(source));

// A rehab-potential select or radio group hands over just its chosen option: "Good".
const RATING_ONLY = new RegExp(String.raw`^\s*(?:${RATING})(?:\s+(?:rehab(?:ilitation)? potential|prognosis))?\s*\.?\s*$`, 'i');

/**
 * An expected outcome: prognosis, rehab potential or anticipated improvement ("good rehab potential",
 * "prognosis: fair", "expected to return to full duty", "anticipate 50% reduction in pain"). A stated poor or
 * guarded prognosis counts as stated; denied ones ("no further improvement expected", "prognosis: TBD") do not.
 */
export function detectExpectedOutcome(text: string): TextDetection {
  if (RATING_ONLY.test(text)) return { found: true, evidence: [text.trim().replace(/\.$/, '')] };
  // A condition does not withdraw a prognosis ("if compliant, prognosis is good"), so only denials count.
  const evidence = clauses(text)
    .filter((clause) => affirmedCues(text, clause, CUES, { triggers: NEGATION }).length > 0)
    .map((clause) => quote(text, clause));
  return evidence.length > 0 ? { found: true, evidence } : { found: false, evidence: [], missing: ['outcome'] };
}
