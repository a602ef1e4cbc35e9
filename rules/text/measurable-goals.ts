import { clauses, DATE, findAll, isPrompt, pattern, quote, RANGE, type Span } from './match';
import type { TextDetection } from './types';

// Starting only at the first digit keeps long digit runs from being re-read at every position.
const NUM = String.raw`(?<![\d.])\d+(?:\.\d+)?`;
const SCALES = String.raw`PHQ-?9|PHQ-?2|GAD-?7|BDI(?:-?II)?|BAI|PCL-?5|ODI|Oswestry(?: Disability Index)?|NDI|Neck Disability Index|Quick\s*-?\s*DASH|DASH|LEFS|PSFS|FOTO|TUG|Timed Up and Go|Berg(?: Balance)?|BBS|DGI|FGA|Tinetti|6MWT|6-?minute walk(?: test)?|10MWT|ABC(?: scale)?|WOMAC|KOOS|HOOS|Roland[- ]Morris|RMDQ|VAS|NPRS|pain(?: scale| rating| level| score)?|MMT|grip(?: strength)?|AUDIT|Y-?BOCS|EPDS|CGI|GAF|WHODAS|PSQI|ISI|MoCA|FIM|Barthel|5xSTS|30s? ?CST|sitting tolerance|standing tolerance`;
// What is counted per day or week in a goal: "headache days", "work hours", "panic attacks".
const COUNTED = String.raw`(?:[a-z-]+\s+){0,2}?(?:days?|nights?|hours?|hrs?|episodes?|attacks?|headaches?|migraines?|awakenings?|drinks?|cigarettes?|outbursts?|falls?|shifts?)`;

// A value with a unit or scale: the baseline or target that makes a goal measurable.
const VALUES = [
  // 0-10 pain, 0-5 strength and total scores written as a fraction (Berg 45/56, LEFS 60/80)
  String.raw`${NUM}\s*[+-]?\s*\/\s*(?:10|5|56|24|28|30|80|100)\b`,
  String.raw`${NUM}\s*(?:°|º|˚|deg\b|degrees?\b)`,
  String.raw`${NUM}\s*(?:%|percent\b)`,
  String.raw`${NUM}\s*(?:ft\b|feet\b|foot\b|'|meters?\b|m\b|km\b|miles?\b|mi\b|yards?\b|yds?\b|blocks?\b|steps?\b|stairs\b|flights?\b|lbs?\b|pounds?\b|kg\b|sec\b|secs\b|seconds?\b|s\b|m\/s\b|reps?\b|repetitions\b|inches\b|cm\b)`,
  // a time the patient can sit, stand or work; not how long each session of care lasts ("60 minutes per session")
  // ("2-hour computer tolerance" counts; "53-minute individual sessions" does not)
  String.raw`${NUM}\s*-?\s*(?:min\b|mins\b|minutes?\b|hrs?\b|hours?\b)(?!\s*(?:(?!of\b)\w+\s+)?(?:sessions?|visits?|treatments?|appointments?)\b|\s*(?:per|each|a|every|\/)\s*(?:session|visit|treatment|appointment)\b|\s+(?:of\s+)?(?:massage|psychotherapy|acupuncture|counsel\w*|individual|group|family))`,
  // counts per period ("1 or fewer headache days per week", "32 work hours per week"); not "2 visits per week"
  String.raw`${NUM}(?:\s*(?:-|–|to)\s*${NUM})?\s*(?:or\s+(?:fewer|less|more|greater)\s+(?:${COUNTED}\s*)?|${COUNTED}\s*)(?:per|a|an|\/|each|every)\s*(?:day|week|wk|month|mo|night|shift)\b`,
  // a named instrument followed by its score; the score must not be a timeframe ("PHQ-9 by 12 weeks")
  String.raw`\b(?:${SCALES})\b(?:\s+(?:functional|disability|severity|balance|status))?(?:\s*(?:score|total|of|to|from|:|=|<=?|>=?|≤|≥|below|under|above|over|less than|greater than|at or (?:below|above)|by)){0,3}\s*${NUM}(?![\d.])(?!\s*(?:weeks?|wks?|months?|mos?|days?|visits?)\b)`,
  // levels of assistance are an ordinal scale: "independent with HEP", "mod I", "CGA", "without assistive device"
  String.raw`\b(?:independen(?:t|tly|ce)\b|indep\b|mod(?:ified)?\.?\s+(?:I|indep\w*)\b|(?:min|mod|max)(?:imal|erate|imum)?\.?\s*(?:A\b|assist\w*)|CGA\b|SBA\b|contact guard|stand-?by assist\w*|supervision\b|(?:without|w\/o)\s+(?:an?\s+)?(?:assistive device|AD\b|device\b|assistance\b))`,
  // work status is an ordinal scale too: "RTW full duty", "return to work without restrictions"
  String.raw`\b(?:full|regular|modified|light)\s+duty\b|\b(?:without|w\/o|no)\s+(?:work\s+)?restrictions\b`,
  // how often out of how many chances: "in 4 of 5 opportunities", "attend 4 of 4 scheduled sessions"
  String.raw`${NUM}\s*(?:of|out of|\/)\s*${NUM}\s+(?:\w+\s+)?(?:opportunities|trials|attempts|occasions|instances|times|sessions|days|nights|weeks)\b`,
  // a count of skills or strategies the client will use or name: "uses 3 coping skills", "identify 3 triggers"
  String.raw`(?:${NUM}|\b(?:two|three|four|five|six))\s+(?:(?:new|different|healthy|adaptive|positive|coping)\s+){0,2}(?:skills?|strategies|techniques|triggers|warning signs|supports|tools)\b`,
  // a target rate of a behaviour: "≤1x/wk", "no more than 2 times per week"; not the plan's visits ("2x/wk")
  String.raw`(?:≤|<=?|\b(?:no more than|fewer than|less than|at most))\s*${NUM}\s*(?:x|times?)\s*(?:\/|per|a)\s*(?:day|week|wk|month|mo)\b`,
  // a rate a symptom is brought down to: "headaches to once a week or less", "reduce panic attacks to 1x/wk"
  String.raw`\bto\s+(?:once|twice|${NUM}\s*(?:x|times?))\s*(?:\/|per|a)\s*(?:day|week|wk|month|mo)\b|\b(?:once|twice|${NUM}\s*(?:x|times?))\s*(?:\/|per|a)\s*(?:day|week|wk|month|mo)\s+or\s+(?:less|fewer)\b`,
  String.raw`${NUM}\s+consecutive\s+(?:days|weeks|months|nights)\b`,
].map((source) => pattern(source));

const TIMEFRAMES = [
  // "within 6 weeks", "in 4-6 wks", "by 8 weeks", "over the next 2 months", "after 6 visits"
  String.raw`\b(?:within|w\/in|in|by|over|after|at)\s+(?:the\s+)?(?:next\s+|first\s+)?(?:approx(?:imately|\.)?\s+|about\s+|~\s*)?(?:${RANGE}|a|an)\s*-?\s*(?:weeks?|wks?|wk|months?|mos?|days?|visits?|sessions?|treatments?|tx)\b`,
  String.raw`\b(?:by|at|before)\s+(?:the\s+)?(?:end\s+of\s+)?(?:the\s+)?(?:week|wk|month|visit|session|tx)\s*#?\s*\d+\b`,
  String.raw`\bby\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?(?:\d+(?:st|nd|rd|th)\s+(?:week|wk|visit|session|month)|${RANGE}[- ](?:week|wk|month|visit))\b`,
  String.raw`\b(?:by|before|on or before|no later than)\s+${DATE}`,
  // "Goals for the next 6 weeks:", "during the coming 3 months"
  String.raw`\b(?:for|during|through)\s+the\s+(?:next|coming|following)\s+(?:${RANGE}|a|an|two|three|four|six|eight|twelve)\s*-?\s*(?:weeks?|wks?|months?|mos?|days?|visits?|sessions?)\b`,
  // "STG (4 wks):", "6-week goals", "LTG: 12 weeks"
  String.raw`\(\s*${RANGE}\s*-?\s*(?:weeks?|wks?|months?|mos?|days?|visits?)\s*\)`,
  String.raw`\b${RANGE}\s*-?\s*(?:weeks?|wks?|months?|mos?)\s+goals?\b`,
  String.raw`\b(?:STG|LTG|goals?)s?\s*(?:\(|:|-)?\s*${RANGE}\s*-?\s*(?:weeks?|wks?|months?|mos?|visits?)\b`,
  String.raw`\b${RANGE}\s*(?:weeks?|wks?|months?|mos?)\s+from\s+(?:now|today|(?:the\s+)?(?:start|SOC|eval\w*|initial\w*))\b`,
].map((source) => pattern(source));

// "ROM improved from 85° to 118° in 6 visits" and "pain has gone from 6/10 to 4/10 since the start of care" report
// progress; they are not goals.
const PAST_REPORT = /\b(?:increased|decreased|improved|worsened|went|gone|rose|risen|dropped|fell|fallen|declined|progressed|came down|come down|was|were|had|reported|measured|scored|now|up from|down from|since (?:the )?(?:start|beginning|onset|initial|eval\w*|SOC|admission|intake|last)|at (?:eval\w*|intake|baseline|admission|initial))\b/i;
const GOAL_WORDS = /\b(?:will|goals?|target|expect\w*|should|plan\w*|able to|increase|decrease|reduce|improve|achieve|ambulate|return|restore|tolerate|walk|sit|stand|lift|demonstrate|report|perform|attain|reach)\b/i;

interface GoalClause {
  span: Span;
  value: boolean;
  timeframe: boolean;
}

/**
 * A measurable goal: a baseline or target value with a unit or scale AND a timeframe, in one clause
 * ("reduce pain from 7/10 to 3/10 in 4 weeks"). A timeframe in a list heading ("Goals (6 weeks):") carries to
 * the items below it. Evidence is every goal clause found; a partial match reports 'value' and/or 'timeframe'.
 */
export function detectMeasurableGoals(text: string): TextDetection {
  const goals: GoalClause[] = [];
  let headingTimeframe = false;
  for (const span of clauses(text)) {
    if (isPrompt(text, span)) continue;
    const clause = quote(text, span);
    if (PAST_REPORT.test(clause) && !GOAL_WORDS.test(clause)) continue;
    const value = VALUES.some((regex) => findAll(text, regex, span).length > 0);
    const timeframe = TIMEFRAMES.some((regex) => findAll(text, regex, span).length > 0);
    if (/^\s*:/.test(text.slice(span.end)) && !value) {
      headingTimeframe = timeframe;
      continue;
    }
    goals.push({ span, value, timeframe: timeframe || headingTimeframe });
  }
  const complete = goals.filter((goal) => goal.value && goal.timeframe);
  if (complete.length > 0) return { found: true, evidence: complete.map((goal) => quote(text, goal.span)) };
  const withValue = goals.filter((goal) => goal.value);
  if (withValue.length > 0) {
    return { found: false, evidence: withValue.map((goal) => quote(text, goal.span)), missing: ['timeframe'] };
  }
  const withTimeframe = goals.filter((goal) => goal.timeframe);
  return {
    found: false,
    evidence: withTimeframe.map((goal) => quote(text, goal.span)),
    missing: withTimeframe.length > 0 ? ['value'] : ['value', 'timeframe'],
  };
}
