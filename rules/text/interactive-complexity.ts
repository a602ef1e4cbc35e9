import { affirmedCues, clauses, pattern, quote, type Span } from './match';
import type { TextDetection } from './types';

const PEOPLE = String.raw`(?:parents?|mother|father|mom|dad|caregivers?|guardians?|family(?: members?)?|spouse|partner|siblings?|grandparents?|foster parents?|participants?|teachers?)`;
const CONFLICT = String.raw`(?:disagree\w*|argu\w*|conflict\w*|yell\w*|shout\w*|interrupt\w*|escalat\w*|hostil\w*|blam\w*|reactiv\w*|highly anxious|high anxiety|repeated(?:ly)? question\w*|undermin\w*|interfer\w*)`;

// CPT's four factors for 90785, each as words a note uses for it.
const FACTORS = [
  // 1. maladaptive communication among the participants that complicates care
  String.raw`\bmaladaptive communication\b`,
  String.raw`\b${PEOPLE}\b[^.;\n]{0,80}?\b${CONFLICT}`,
  String.raw`\b${CONFLICT}[^.;\n]{0,40}?\b(?:between|among|with)\s+(?:the\s+)?${PEOPLE}\b`,
  // 2. caregiver emotions or behaviour that interfere with carrying out the treatment plan (covered by the above)
  // 3. a sentinel event and its mandated report to a third party
  String.raw`\bsentinel event\b|\bmandat(?:ed|ory) report\w*|\b(?:report(?:ed|ing)?|call(?:ed)?|filed)\b[^.;\n]{0,40}?\b(?:CPS|APS|DCFS|DCF|child protective services|adult protective services|child abuse hotline|abuse hotline)\b|\b(?:CPS|APS|DCFS) report\b`,
  // 4. play equipment, a device, an interpreter or a translator to overcome a barrier to communication
  String.raw`\b(?:interpreter|translator|interpretation services?)\b|\b(?:sign language|ASL) interpret\w*`,
  String.raw`\bplay (?:therapy|equipment|materials?|techniques?)\b|\b(?:toys|puppets?|sand ?tray|dolls?|art materials)\b[^.;\n]{0,60}?\b(?:communicat\w*|express\w*|engage\w*)|\b(?:AAC|augmentative communication|communication (?:device|board)|speech[- ]generating device)\b`,
].map((source) => pattern(source));

/**
 * Whether a note names one of the factors that make psychotherapy interactively complex (CPT 90785): maladaptive
 * communication among participants, caregiver behaviour interfering with the plan, a sentinel event with a
 * mandated report, or play equipment, a device, an interpreter or translator to overcome a communication barrier.
 * Denied mentions ("no interpreter needed") do not count.
 */
export function detectInteractiveComplexity(text: string): TextDetection {
  const found: Span[] = clauses(text).flatMap((clause) => affirmedCues(text, clause, FACTORS));
  const evidence = [...new Set(found.map((span) => quote(text, span)))];
  return evidence.length > 0 ? { found: true, evidence } : { found: false, evidence: [], missing: ['factor'] };
}
