/**
 * Standardized outcome-measure scores as evidence of a limitation: "LEFS 32/80", "Oswestry 46%", "PHQ-9 of 17".
 * A score counts only when it is the patient's measured score (not a target such as "LEFS to 60/80" or
 * "ODI < 20%") and it lies past the instrument's published cut-off for at least a mild or moderate problem, so
 * "Oswestry 6% (minimal disability)" or "PHQ-9: 3" is not read as a limitation.
 */
import { findAll, pattern, type Span } from './match';

interface Instrument {
  /** Regex source of the instrument's names. */
  names: string;
  /** True when the score shows a limitation; `percent` says the score was written as a percentage. */
  limits: (score: number, percent: boolean) => boolean;
}

// Cut-offs from each instrument's published scoring:
// Oswestry (Fairbank & Pynsent, Spine 2000): 0-20% minimal disability, 21-40% moderate.
// NDI (Vernon, J Manipulative Physiol Ther 2008): raw 0-4 of 50 no disability, 5-14 mild (10% and up as a percentage).
// DASH and QuickDASH: no published bands; the general population averages about 10 (Hunsaker, JBJS 2002), so
// above 20 is read as disability.
// LEFS (Binkley, Phys Ther 1999) has no bands either: below 80% of its 80 points (64) is read as limited.
// Berg Balance Scale (Berg 1992): below 45 of 56 is a fall risk.
// PHQ-9 (Kroenke 2001) and GAD-7 (Spitzer 2006): 10 and up is moderate; PCL-5 33 and up probable PTSD (National
// Center for PTSD); BDI-II (Beck 1996) 20 and up moderate.
const INSTRUMENTS: Instrument[] = [
  { names: String.raw`(?:modified\s+)?Oswestry(?:\s+Disability\s+(?:Index|Questionnaire))?|m?ODI`, limits: (score) => score > 20 },
  { names: String.raw`NDI|Neck\s+Disability\s+Index`, limits: (score, percent) => score >= (percent ? 10 : 5) },
  { names: String.raw`Quick\s*-?\s*DASH|DASH`, limits: (score) => score > 20 },
  { names: String.raw`LEFS|Lower\s+Extremity\s+Functional\s+Scale`, limits: (score) => score < 64 },
  { names: String.raw`Berg(?:\s+Balance(?:\s+Scale)?)?|BBS`, limits: (score) => score < 45 },
  { names: String.raw`PHQ-?9`, limits: (score) => score >= 10 },
  { names: String.raw`GAD-?7`, limits: (score) => score >= 10 },
  { names: String.raw`PCL-?5`, limits: (score) => score >= 33 },
  { names: String.raw`BDI-?II`, limits: (score) => score >= 20 },
];

// Between the name and the number only words of a measurement: "ODI: 34%", "PHQ-9 score of 17", "LEFS at IE 28/80",
// "from 38/80". "to", "<", "goal" or "below" would make the number a target, so they are not allowed.
const LINK = String.raw`(?:\s*(?:score|total|index|of|from|was|is|=|:|-|–|at\s+(?:IE|eval\w*|intake|baseline|initial\s+eval\w*|SOC|admission)|today|currently|on\s+\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)){0,3}`;
const SCORE = String.raw`\s*((?<![\d.])\d{1,3}(?:\.\d+)?(?![\d.]))(\s*%|\s*\/\s*\d{1,3}\b)?(?!\s*(?:weeks?|wks?|months?|mos?|days?|visits?|sessions?)\b)`;
const SCORED = INSTRUMENTS.map((instrument) => ({ instrument, regex: pattern(String.raw`\b(?:${instrument.names})\b${LINK}${SCORE}`) }));
// "Goal LEFS 60/80", "Target PHQ-9 5": a score named as where care is going.
const TARGET_BEFORE = /\b(?:goals?|targets?|STG|LTG|to|will|expected|predicted)\s*:?\s*$/i;

// One pass that says whether any instrument is named, so most clauses skip the per-instrument patterns.
const ANY_NAMED = new RegExp(String.raw`\b(?:${INSTRUMENTS.map((instrument) => instrument.names).join('|')})\b`, 'i');

/** The spans of measured outcome scores in a clause that lie in the instrument's limited range. */
export function limitingScores(text: string, clause: Span): Span[] {
  if (!ANY_NAMED.test(text.slice(clause.start, clause.end))) return [];
  return SCORED.flatMap(({ instrument, regex }) => findAll(text, regex, clause).filter((span) => {
    if (TARGET_BEFORE.test(text.slice(Math.max(clause.start, span.start - 20), span.start))) return false;
    const match = new RegExp(regex.source, 'i').exec(text.slice(span.start, span.end));
    const score = Number(match?.[1]);
    return match !== null && Number.isFinite(score) && instrument.limits(score, (match[2] ?? '').includes('%'));
  }));
}
