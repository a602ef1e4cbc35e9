import { affirmedCues, clauses, HYPOTHETICAL, NEGATION, overlaps, pattern, quote, type Span } from './match';
import type { TextDetection } from './types';

// "health maintenance organization", "home maintenance tasks" and "maintenance dose" are not maintenance care.
const NOT_CHORE = String.raw`(?<!\b(?:health|home|house|household|yard|lawn|car|vehicle|building|equipment|weight|medication|fluid)\s{1,3})`;
const MAINTENANCE_NOUN = String.raw`care|therapy|program|treatment|tx|massage|visits?|phase|plan|level|mode|sessions?|services|only`;
// A home program "to maintain ROM gains" or a "maintenance HEP" is maintenance wording: it says the care's aim has
// become keeping what was gained, which payers that exclude maintenance (Premera, Regence) read as the end of covered
// rehabilitation, and which Medicare (Jimmo; Benefit Policy Manual ch. 15 §220.2.D) judges by whether skill is still
// needed. So it is reported, with its own words, for the checklist to weigh; "maintenance" after "home" is otherwise
// a chore ("home maintenance tasks"), hence the program cues below.
const PATIENT_OWN_PROGRAM = String.raw`HEP|home\s+(?:exercise\s+)?program`;

const NOT_OF_TISSUE = String.raw`(?!\s+(?:of|in|to)\s)`;

const CUES = [
  String.raw`\b(?:(?:for|on|in)\s+)?${NOT_CHORE}maintenance\b(?:\s+(?:${MAINTENANCE_NOUN})\b)?(?!\s+(?:dose|dosing|doses|medications?|meds|of\s+(?:sobriety|abstinence|weight|certification|licensure)|organi[sz]ation|fluids?|${PATIENT_OWN_PROGRAM})\b)`,
  String.raw`\b(?:to\s+)?maintain(?:s|ing)?\s+(?:(?:his|her|their|the|pt's|patient's|client's)\s+)?(?:current|present|existing)\s+(?:functional\s+(?:status|level|abilities|mobility)|level|status|function\w*|ROM|mobility|strength|condition|abilities|state)(?:\s+of\s+(?:function\w*|independence|mobility))?`,
  String.raw`\b(?:to\s+)?maintain(?:s|ing)?\s+(?:(?:his|her|their|the)\s+)?(?:level of function|function(?:al)? (?:level|status|abilities))\b`,
  // "home program to maintain ROM gains", "HEP to maintain gains", "maintenance HEP", "home maintenance program"
  String.raw`\b(?:${PATIENT_OWN_PROGRAM})\b[^.;\n]{0,30}?\bto\s+maintain\s+(?:(?:his|her|their|the|all|any)\s+)?(?:(?:ROM|functional|strength|mobility|therapy|rehab)\s+)?gains\b|\bmaintenance\s+(?:${PATIENT_OWN_PROGRAM})\b|\bhome\s+maintenance\s+(?:exercise\s+)?program\b`,
  String.raw`\b(?:(?:has|have|had)\s+)?(?:reached\s+(?:a\s+)?)?plateau(?:ed|s|ing)?\b`,
  String.raw`\bno\s+(?:further|additional|more|significant)\s+(?:\w+\s+)?(?:progress|improvement|gains?|change)(?:\s+(?:(?:is|are)\s+)?(?:expected|anticipated|likely|noted|made|seen|observed))?\b`,
  String.raw`\b(?:further|additional|significant|more)\s+(?:\w+\s+)?(?:progress|improvement|gains?)\s+(?:is\s+|are\s+)?(?:not\s+|un)(?:expected|anticipated|likely)\b`,
  String.raw`\bnot expected to\s+(?:improve|progress|make\s+(?:further\s+|additional\s+)?(?:progress|gains))\b|\bunlikely to\s+(?:improve|progress|make)\b`,
  String.raw`\b(?:(?:progress|gains?|improvements?|function\w*|symptoms|sx|ROM|pain)\s+)?(?:(?:has|have)\s+)?(?:leveled|levelled)\s+off\b`,
  // "slow" as a verb only: "to slow decline", not "a slow decline in memory"
  String.raw`\b(?:prevent\w*|(?<=\b(?:to|or|and)\s{1,3})slow|slows|slowing|delay(?:s|ing)?)\s+(?:further\s+)?(?:deterioration|regression|decline|decompensation|loss of (?:function|ROM|mobility|strength|range))\b`,
  String.raw`\bpreserv\w*\s+(?:(?:his|her|their|the|current|present|existing)\s+){0,2}(?:function\w*|level of function|mobility|ROM|status|abilities)\b`,
  String.raw`\b(?:maximum|maximal)\s+(?:(?:medical|functional|therapeutic)\s+)?(?:improvement|benefit)\b|\bMMI\b|\bmaximi[sz]ed\s+(?:(?:his|her|their)\s+)?(?:(?:rehab(?:ilitation)?|functional)\s+)?(?:potential|benefit)\b`,
  String.raw`\bchronic(?:\s*\/\s*|,?\s+(?:and\s+)?)stable\b|\b(?:condition|status|sx|symptoms)\s+(?:is|are|remains?|has been)\s+static\b`,
  String.raw`\bsupportive\s+(?:care|tx)\b|\btune[- ]?ups?\b|(?<!annual\s)\bwellness\s+(?:care|massage|plan|program|sessions?|visits?)\b|\b(?:for|general|overall)\s+wellness\b|\b(?:preventi?ve|prophylactic)\s+(?:care|visits?|massage|treatment|tx|adjustments?)\b`,
  // massage for its own sake (Premera/eviCore: not rehabilitative); relaxation OF a muscle ("promotes relaxation of
  // hypertonic upper trapezius") is a treatment effect on tissue, not relaxation as the purpose
  String.raw`\b(?:relaxation|spa)\s+massage\b|\bmassage\s+for\s+(?:general\s+)?(?:relaxation|stress(?: relief| reduction)?|well[- ]being)\b${NOT_OF_TISSUE}|\bfor\s+(?:general\s+)?(?:relaxation|stress relief|stress reduction|well[- ]being)\b${NOT_OF_TISSUE}|\b(?:promotes?|promoting|provides?|providing|induces?|general)\s+(?:general\s+)?(?:relaxation|well[- ]being)\b${NOT_OF_TISSUE}|\bstress relief\b`,
].map((source) => pattern(source));

// Contrast ("rather than maintenance"), a future condition ("once pt plateaus") or a taught skill ("breathing
// taught for relaxation") is not the care being described as maintenance.
const NOT_DESCRIBED = String.raw`${NEGATION}|${HYPOTHETICAL}|\b(?:rather than|instead of|as opposed to|distinct from|different from|versus|vs|other than|once|until|before|when|to avoid|taught|teach\w*|practic\w*|coping)\b`;

/**
 * Language that describes maintenance rather than rehabilitation: "maintenance care", "to maintain current level
 * of function", "has plateaued", "no further progress expected", "prevent deterioration", "MMI", "wellness",
 * "relaxation massage", "stress relief". Evidence quotes the words themselves (not the whole sentence) so a check
 * can say exactly what a reviewer will read as maintenance.
 */
export function detectMaintenanceLanguage(text: string): TextDetection {
  const phrases: Span[] = [];
  for (const clause of clauses(text)) {
    for (const cue of affirmedCues(text, clause, CUES, { triggers: NOT_DESCRIBED, words: 4 })) {
      const overlap = phrases.findIndex((kept) => overlaps(kept, cue));
      if (overlap < 0) phrases.push(cue);
      else if (cue.end - cue.start > phrases[overlap]!.end - phrases[overlap]!.start) phrases[overlap] = cue;
    }
  }
  const evidence = phrases.sort((a, b) => a.start - b.start).map((span) => quote(text, span));
  return evidence.length > 0 ? { found: true, evidence } : { found: false, evidence: [] };
}
