import { affirmedCues, clauses, pattern, quote } from './match';
import { limitingScores } from './outcome-scores';
import type { TextDetection } from './types';

const BODY_FUNCTION = String.raw`ROM|AROM|PROM|range(?: of motion)?|motion|mobility|rotation|flexion|extension|abduction|strength|endurance|tolerance|balance|gait|ambulation|function\w*|ability|sleep|concentration|focus|grip|coordination|activit(?:y|ies)|ADLs?|IADLs?|participation|independence|hygiene`;
const ACTIVITY = String.raw`ability|\w+ing|ADLs?|IADLs?|work|sleep|activities|tasks|function\w*|participation|duties|job|school|driving|self-care|dressing|hygiene|mobility|transfers|ambulation|gait`;

// What a patient gives up or stops because of the condition: their own activity, or work, school or a sport
// ("her part-time job", "running"), never a medicine or a treatment ("had to stop the medication").
// Habits given up ("stopped smoking"), care stopped ("stopped attending PT") and symptoms that stopped ("pain
// stopped bothering her", "stopped having headaches") are not limitations.
const NOT_AN_ACTIVITY = String.raw`(?!(?:taking|smoking|vaping|drinking|using|seeing|being|having|feeling|hurting|bothering|experiencing|noticing)\b)`;
const CARE_AFTER = String.raw`(?!\s+(?:(?:his|her|their|the)\s+)?(?:PT|OT|therap\w*|sessions?|treatments?|appointments?|counsel\w*|meds?|medications?|doctor|provider|chiro\w*|HEP|exercises?)\b)`;
const LOST_ACTIVITY = String.raw`(?:(?:his|her|their|my)\s+(?!medication|meds|medicine|dose|dosage|prescription|pills?|inhaler|treatment|therapy|appointments?)[\w-]+|${NOT_AN_ACTIVITY}\w+ing\b${CARE_AFTER}|work\b|school\b|(?:the|a)\s+job\b)`;
// What a patient walks or climbs with: "amb w/ RW", "uses SPC", "needs rail for stairs".
const DEVICE = String.raw`rolling walker|RW|FWW|front-wheeled walker|walker|cane|SPC|quad cane|LBQC|crutches|assistive device|AD|wheelchair|w\/c|(?:hand)?rails?|grab bars?`;

// An impairment, or an activity the patient cannot do or does with difficulty, help or a device.
const CUES = [
  String.raw`\b(?:unable|not able|inability|incapable|no longer able|isn[’']t able)\s+(?:to|of)\b`,
  String.raw`\b(?:cannot|can ?not|can[’']t|could not|couldn[’']t|can no longer|could no longer)\s+\w+`,
  String.raw`\b(?:difficulty|difficulties|trouble)\b|\bstruggl(?:es|ed|ing)?\s+(?:with|to)\b`,
  // clinicians' shorthand: "diff reaching to top shelf", "diff w/ sit-to-stand", "dec ROM", "↓ grip strength"
  String.raw`\bdiff\.?\s+(?:w\/\s*|with\s+)?(?:\w+ing|ADLs?|IADLs?|stairs|transfers|sit[- ]to[- ]stand|sleep|gait|self-care)\b`,
  String.raw`(?:\b(?:dec|decr|decreased)\.?|↓)\s*(?:[\w-]+\s+)?(?:${BODY_FUNCTION})\b`,
  String.raw`\b(?:problems?|challenges?)\s+with\s+(?:\w+ing|ADLs?|IADLs?|sleep|stairs|transfers|gait|balance|concentration|focus|memory)\b`,
  String.raw`\b(?:limited|restricted|decreased|reduced|impaired|diminished|poor|lack of)\s+(?:[\w-]+\s+){0,2}?(?:${BODY_FUNCTION})\b`,
  String.raw`\b(?:${BODY_FUNCTION}|sitting|standing|walking|lifting|carrying|reaching|bending|kneeling|squatting|driving|typing)\s+(?:is\s+|are\s+|was\s+)?(?:limited|restricted|decreased|reduced|impaired|interrupted|disturbed|disrupted|poor)\b`,
  String.raw`\b(?:limits?|limiting|limitations?|restricts?|interfer(?:e|es|ed|ing)\s+(?:with|w\/)|impacts?|impacting|affects?|affecting|precludes?)\s+(?:(?:his|her|their|the|pt's|patient's|client's|all|independent|daily|normal|prolonged|overhead|full)\s+){0,2}(?:${ACTIVITY})\b`,
  String.raw`\b(?:prevent(?:s|ed|ing)?|keep(?:s|ing)?|kept)\s+(?:him|her|them|pt|patient|client|the patient)\s+(?:home\s+|in bed\s+|out\s+)?from\b`,
  // "Flares keep her in bed two days a week", "kept him home", "confined to bed": the condition stops the day.
  String.raw`\b(?:keep(?:s|ing)?|kept|confine[sd]?|confining)\s+(?:him|her|them|pt|patient|client|the patient)\s+(?:in bed|home|at home|indoors|housebound|off (?:work|his feet|her feet))\b(?!\s+(?:exercise|program|programme|stretch|routine|care|health|visit|treatment))|\b(?:bed-?bound|bedridden|housebound|homebound|confined to (?:bed|the house|home))\b`,
  // "has had to give up her job", "had to stop working", "gave up running": an activity lost to the condition.
  String.raw`\b(?:(?:has|have|had)\s+(?:had\s+)?to|forced to)\s+(?:give up|stop|quit|leave|abandon|cut back(?: on)?|reduce|drop)\s+${LOST_ACTIVITY}|\b(?:gave|given|giving)\s+up\s+${LOST_ACTIVITY}|\b(?:stopped|quit|ceased)\s+${LOST_ACTIVITY}`,
  String.raw`\b(?:requires?|requiring|needs?|needing)\s+(?:\w+\s+){0,2}?(?:assist(?:ance)?|help|cues|cueing|supervision|${DEVICE})\b`,
  String.raw`\b(?:uses?|using)\s+(?:an?\s+|the\s+)?(?:${DEVICE})\b(?!\s+(?:at|in|for)\s+(?:work|the gym|exercise))`,
  // gait deviations and stairs taken one step at a time or with both rails
  String.raw`\bantalgic\b|\b(?:trendelenburg|steppage|ataxic|shuffling|festinating)\s+gait\b|\bstep[- ]to\s+(?:pattern|gait)\b|\b(?:B|bil(?:ateral)?|both|two|2)\s+(?:hand)?rails\b`,
  String.raw`\bdependent\s+(?:on|for|with|in)\b|\b(?:min|mod|max|minimal|moderate|maximal|maximum)\.?\s*(?:A\b|assist(?:ance)?\b)|\bCGA\b|\bcontact guard\b`,
  String.raw`\b(?:ambulates?|amb|walks?|gait)\b[^.;]{0,40}?\b(?:with\s+|w\/\s*)(?:an?\s+)?(?:${DEVICE})\b`,
  String.raw`\b(?:sleep|sleeping)\s+(?:is\s+)?(?:interrupted|disturbed|disrupted|impaired|poor)\b|\bsleep disturbance\b|\b(?:wakes?|waking|awakens?|awakened|awakening)\s+(?:up\s+)?(?:\d|two|three|multiple|several|frequently|nightly|at night|during the night)`,
  String.raw`\bmissed\s+(?:\d+|several|multiple|many|a few|two|three|four|five)?\s*(?:\w+\s+)?(?:work\s*days?|days?(?:\s+of\s+(?:work|school))?|shifts?|work|school|classes)\b`,
  String.raw`\b(?:off work|out of work|off of work|(?:light|modified|restricted) duty|work restrictions?|on (?:short-term |long-term )?disability|FMLA)\b`,
  String.raw`\b(?:reduced|decreased|cut)\s+(?:\w+\s+){0,2}?(?:work\s+)?hours\b`,
  String.raw`\b(?:sitting|standing|walking|driving|sit|stand|walk|drive)\s+(?:tolerance\s+)?(?:limited to|<|less than|no (?:more|longer) than|only|≤|max(?:imum)? of)\s*\d+`,
  String.raw`\btolerates?\s+(?:\w+ing\s+)?(?:for\s+)?(?:only\s+|<\s*|less than\s+|up to\s+)\d+`,
  String.raw`\b(?:can only|only able to)\b`,
  String.raw`\b(?:avoids?|avoiding|avoidance of)\s+(?:\w+\s+)?(?:\w+ing|social|work|school|driving|activities|situations|leaving|crowds|public|stores?|shops|places|events|gatherings|outings|highways|freeways|people|friends|family)\b`,
  String.raw`\b(?:socially withdrawn|withdrawn from|isolating|isolates|social withdrawal|decline in (?:work|school|academic|job) performance)\b`,
  String.raw`\b(?:fall risk|risk (?:of|for) falls?|history of falls|\d+ falls?)\b`,
  String.raw`\bpain\s+(?:with|w\/|when|while|during|on)\s+(?:\w+\s+)?(?:\w+ing|ADLs?|stairs|activity|activities|work|transfers|sit-to-stand)\b`,
].map((source) => pattern(source));

// "not only" and "not just" are emphasis, not denial.
const PSEUDO = String.raw`\bnot (?:only|just)\b`;

/**
 * A documented functional limitation or impairment: "unable to lift", "difficulty sleeping", "cannot sit > 20 min",
 * "limited ROM affecting dressing", "missed 3 workdays", "needs rail for stairs", and an outcome score past its
 * cut-off ("LEFS 32/80", "Oswestry 46%", "PHQ-9 of 17"). Denied or hypothetical mentions ("denies difficulty",
 * "no functional limitations", "assess for fall risk") and scores in the normal range do not count. Evidence is
 * each clause that states one.
 */
export function detectFunctionalLimitation(text: string): TextDetection {
  const evidence = clauses(text)
    .filter((clause) => affirmedCues(text, clause, CUES, { pseudo: PSEUDO }).length > 0 || limitingScores(text, clause).length > 0)
    .map((clause) => quote(text, clause));
  return evidence.length > 0 ? { found: true, evidence } : { found: false, evidence: [], missing: ['limitation'] };
}
