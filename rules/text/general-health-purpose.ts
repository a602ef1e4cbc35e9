import { affirmedCues, clauses, HYPOTHETICAL, NEGATION, overlaps, pattern, quote, type Span } from './match';
import type { TextDetection } from './types';

// "relaxation of the upper trapezius" and "muscle relaxation" are what massage does to a muscle, not its purpose.
const NOT_MUSCLE = String.raw`(?<!\b(?:muscle|muscular|myofascial|tissue|soft[- ]tissue|spasm|paraspinal)\s+)`;

const CUES = [
  String.raw`\b(?:relaxation|spa|pampering|luxury|wellness|recreational)\s+massage\b`,
  String.raw`\b(?:for|promotes?|promoting|provides?|providing|induces?|inducing|encourages?|aids?|aiding)\s+(?:general\s+|overall\s+)?${NOT_MUSCLE}relaxation\b(?!\s+(?:of|in)\b)`,
  String.raw`\b(?:for|promotes?|promoting|improves?|improving|supports?|supporting|maintains?|maintaining|enhances?|enhancing)\s+(?:(?:his|her|their|the patient's|the client's)\s+)?(?:general|overall)\s+(?:health|wellness|well[- ]being|fitness)\b`,
  String.raw`\b(?:general|overall)\s+(?:health|wellness|well[- ]being)\s+(?:and\s+\w+\s+)?(?:benefits?|purposes?|reasons?|maintenance)\b`,
  String.raw`\b(?:for|promotes?|promoting|improves?|improving|supports?|supporting|enhances?|enhancing)\s+(?:(?:a|the)\s+)?(?:sense\s+of\s+)?well[- ]being\b`,
  String.raw`\b(?:for|as)\s+(?:general\s+)?(?:wellness|self[- ]care|stress\s+(?:relief|reduction|management))\b|\bstress\s+relief\b`,
  // The second purpose of a pair: "promotes relaxation and general well-being".
  String.raw`(?<=\b(?:relaxation|stress relief|wellness)\s+and\s+)(?:general|overall)\s+(?:health|wellness|well[- ]being)\b`,
].map((source) => pattern(source));

// A contrast ("rather than relaxation") or a denial ("not for relaxation") says what the care is not.
const NOT_DESCRIBED = String.raw`${NEGATION}|${HYPOTHETICAL}|\b(?:rather than|instead of|as opposed to|distinct from|different from|beyond|versus|vs|other than|more than|not merely|not just|not simply)\b`;

/**
 * Words that give general health, relaxation or well-being as the purpose of the care: what IRS Publication 502
 * says is not a medical expense ("merely beneficial to general health"). Treating, mitigating or preventing a
 * specific condition is a medical expense (IRC §213(d)), so "has plateaued", "maintenance" or "prevent
 * deterioration" are not cues here. Evidence quotes the words themselves.
 */
export function detectGeneralHealthPurpose(text: string): TextDetection {
  const phrases: Span[] = [];
  for (const clause of clauses(text)) {
    for (const cue of affirmedCues(text, clause, CUES, { triggers: NOT_DESCRIBED, words: 4 })) {
      if (!phrases.some((kept) => overlaps(kept, cue))) phrases.push(cue);
    }
  }
  const evidence = phrases.sort((a, b) => a.start - b.start).map((span) => quote(text, span));
  return evidence.length > 0 ? { found: true, evidence } : { found: false, evidence: [] };
}
