/**
 * The words a heading or a "Label:" uses for a section, and the concept the section's text carries. Data, so a
 * new way of naming a section is an edit here. The first entry whose pattern matches the heading wins, so the
 * specific names ("short-term goals") come before the general ones ("goals").
 */
import type { ConceptKey } from '../concepts';

export interface SectionName {
  concept: ConceptKey;
  pattern: RegExp;
}

export const SECTION_NAMES: readonly SectionName[] = [
  { concept: 'doc.shortTermGoals', pattern: /\b(?:short[- ]term goals?|STGs?)\b/i },
  { concept: 'doc.longTermGoals', pattern: /\b(?:long[- ]term goals?|LTGs?)\b/i },
  { concept: 'doc.alternativesTried', pattern: /\b(?:alternatives?|prior (?:treatments?|therapy|care|interventions?)|previous (?:treatments?|therapy|care|interventions?)|treatment history|conservative (?:care|treatment|management|measures)|treatments? (?:(?:already|previously)\s+)?tried|(?:treatments?|care|therapy) (?:so far|to date)|tried (?:so far|before|already)|past treatments?|what has been tried)\b/i },
  { concept: 'doc.frequencyDuration', pattern: /^\W*(?:frequency\s*(?:and|&|\/)\s*duration|freq\.?\s*(?:and|&|\/)\s*dur\.?|duration\s*(?:and|&|\/)\s*frequency)\W*$/i },
  { concept: 'doc.frequency', pattern: /^\W*(?:(?:treatment|visit|session|therapy|planned)\s+)?(?:frequency|freq\.?)(?:\s+of (?:treatment|care|visits|sessions))?\W*$|^\W*(?:visits|sessions) per (?:week|month)\W*$/i },
  { concept: 'doc.duration', pattern: /^\W*(?:duration|duration of (?:treatment|care|plan)|length of (?:treatment|care|plan)|number of weeks|plan duration)\W*$/i },
  { concept: 'doc.expectedOutcome', pattern: /\b(?:prognosis|rehab(?:ilitation)? potential|expected (?:outcomes?|benefits?|results?)|anticipated (?:outcomes?|benefits?))\b/i },
  { concept: 'doc.progress', pattern: /^(?:progress|response to treatment|interval history|update since)\b|\bgoals? (?:progress|status)\b/i },
  { concept: 'doc.goals', pattern: /\b(?:goals?|objectives|treatment objectives?|treatment targets?)\b/i },
  { concept: 'doc.progress', pattern: /\bprogress\b/i },
  { concept: 'doc.necessityStatement', pattern: /\b(?:medical necessity|necessity|justification|rationale|why (?:this|treatment) is (?:needed|necessary))\b/i },
  { concept: 'doc.functionalLimitation', pattern: /\b(?:functional (?:limitations?|status|deficits?|impairments?)|(?:impact|effects?) on (?:daily (?:life|activities|living)|function\w*|work|ADLs?)|limitations?|impairments?|functional impact)\b|^\W*(?:func\.?|function(?:al)?|current function(?:al)?(?: status)?)\W*$/i },
  { concept: 'doc.history', pattern: /\b(?:history|background|presenting (?:problem|complaint|concerns?|symptoms)|chief complaint|subjective|clinical (?:summary|presentation)|HPI|Hx|prior level of function|PLOF|reason for (?:referral|visit|treatment))\b/i },
  { concept: 'doc.diagnosisText', pattern: /\b(?:diagnos[ie]s|dx|impressions?|conditions?)\b/i },
  { concept: 'doc.treatmentPlan', pattern: /\b(?:plan|treatment (?:requested|recommended|plan)|recommended treatment|services? requested|request(?:ed)? (?:treatment|services?)|recommendations?|interventions?|treatment)\b/i },
  // "I recommend:" over a list of the services asked for.
  { concept: 'doc.treatmentPlan', pattern: /^\W*(?:I|we)\s+(?:recommend|am requesting|are requesting|request|propose|prescribe)(?:\s+the following)?\W*$/i },
];

const DOCUMENT_TITLE = /^(?:letter|statement) of\b|\b(?:note|report|letter|summary|plan of care|POC|evaluation|re-?evaluation|certification|form|request for (?:authori[sz]ation|reconsideration)|appeal)\s*$/i;

/** The concept a heading's section carries, or null for a heading ClaimLint has no concept for. */
// A SOAP note's sections by their letters: "S:" is subjective (history), "P:" the plan.
const SOAP_LETTERS: Record<string, string> = { S: 'Subjective', O: 'Objective', A: 'Assessment', P: 'Plan' };

/**
 * Every concept a heading names: the whole heading's first, then those its parts name on their own ("History and
 * functional impact" holds the history and the limitation; "Prior treatment and response" only the prior treatment).
 */
export function sectionConcepts(heading: string): ConceptKey[] {
  const whole = sectionConcept(heading);
  if (whole === null) return [];
  const parts = heading.split(/\s*(?:\band\b|&|\/|,|\+)\s*/i);
  if (parts.length < 2) return [whole];
  const named = parts.map((part) => sectionConcept(part)).filter((concept): concept is ConceptKey => concept !== null && !PART_OF[whole]?.includes(concept));
  return [...new Set([whole, ...named])];
}

// A heading naming both halves of one concept names that concept, not its halves.
const PART_OF: Partial<Record<ConceptKey, ConceptKey[]>> = { 'doc.frequencyDuration': ['doc.frequency', 'doc.duration'] };

export function sectionConcept(heading: string): ConceptKey | null {
  const bare = heading.replace(/[#*_:]+/g, ' ').trim();
  const words = SOAP_LETTERS[bare] ?? bare;
  // A long heading is a sentence, not a section name.
  if (words.length === 0 || words.length > 60) return null;
  // A title names the document, not a section of it: "Progress Note", "Plan of Care", "Letter of Medical Necessity".
  if (DOCUMENT_TITLE.test(words)) return null;
  return SECTION_NAMES.find((name) => name.pattern.test(words))?.concept ?? null;
}
