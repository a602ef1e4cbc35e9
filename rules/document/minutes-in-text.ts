/**
 * Minutes in a note, letter or plan: the minutes a procedure code's own words give it ("97110 x 2 units (25 min)",
 * "90834, 45 minutes", "60 minutes per session", a cell "Minutes: 28") and the visit's totals ("Total timed min:
 * 35", "Total tx time: 40 min", "Session length: 53 minutes"). Minutes the patient can sit, walk or drive are a
 * limitation or a goal, never a code's time: only minutes right beside a code, or named as treatment time, count.
 */
import { componentAt, sentenceAt } from './text-spans';
import type { DocumentBlock, DocumentComponent, TextSpan } from './types';

const MIN = String.raw`(?:minutes?|mins?|min\.?)`;
const MINUTES = String.raw`(\d{1,3})\s*-?\s*${MIN}(?![a-z])`;
// How a code's minutes follow it, once its units are passed: "(25 min)", ", 45 minutes", "x 25 min", "for 25 min",
// "- 30 min", "60 minutes per session", "45-minute sessions".
const AFTER_CODE = new RegExp(String.raw`^(?:[\s,;:–—-]|[()]|\bx\b|\bfor\b)*${MINUTES}`, 'i');
// Units written between a code and its minutes: "x 2 units", "(2 units)", ", 2 units per visit", "x2".
const UNITS_FIRST = /^\s*\)?\s*(?:[-–(:,]\s*)?(?:x\s*\d{1,2}(?!\s*-?\s*(?:min|visits?|sessions?|treatments?|appointments?|weeks?|wks?|days?|months?|mos?)\b|\d)\s*(?:units?|u)?\b|\d{1,2}\s*units?\b(?:\s+(?:per|each|a)\s+(?:visit|session|day))?)\s*\)?/i;
// Cells of a row written out as labels: "CPT: 97110; Units: 2; Minutes: 28", "Time (min): 28".
const MINUTES_CELL = new RegExp(String.raw`\b(?:minutes|mins?|time\s*\(\s*${MIN}\s*\)|time|duration)\s*[:=]\s*(\d{1,3})\b`, 'i');
// Minutes before a code, right beside it: "25 min of therapeutic exercise (97110)", "45-minute session (90834)".
const BEFORE_CODE = new RegExp(String.raw`\b${MINUTES}\s*(?:(?:of|per|each|a|session|sessions|visit|visits|treatment|individual|family|group|psychotherapy|therapy|therapeutic|manual|massage|exercise|activities|training|re-?education|CPT|code|[(:,–—-])\s*){0,6}$`, 'i');
// Minutes that measure the patient, not the care: "sit for more than 30 minutes", "limited to 20 min".
const PATIENT_MEASURE = /\b(?:than|up to|limited to|tolerat\w*|tolerance|able to|unable to|can(?:not|'t)?|walk\w*|sit\w*|stand\w*|driv\w*|read\w*|concentrat\w*|work\w*|sleep\w*|goal|to|within|in|after|ago)\s*(?:for\s+)?(?:\w+\s+){0,2}$/i;

const MAX_CODE_MINUTES = 480;

/**
 * The minutes a code's words give it, or null. `after` is the text from the code's end to the next code or the
 * sentence's end; `before` the text of its sentence before it, back to the previous code.
 */
export function minutesOfCode(after: string, before: string): string | null {
  const units = UNITS_FIRST.exec(after);
  const rest = units ? after.slice(units[0].length) : after;
  const close = AFTER_CODE.exec(rest)?.[1] ?? MINUTES_CELL.exec(after)?.[1];
  const near = close ?? beforeCode(before);
  return near !== undefined && Number(near) > 0 && Number(near) <= MAX_CODE_MINUTES ? String(Number(near)) : null;
}

function beforeCode(before: string): string | undefined {
  const match = BEFORE_CODE.exec(before);
  if (!match) return undefined;
  return PATIENT_MEASURE.test(before.slice(0, match.index)) ? undefined : match[1];
}

const TIMED = String.raw`timed(?:\s+code)?(?:\s+(?:treatment|tx|therapy|service))?`;
const TOTALS: { concept: 'visit.totalTimedMinutes' | 'visit.totalTreatmentMinutes'; pattern: RegExp }[] = [
  // "Total timed min: 35", "Timed code treatment minutes = 35", "total timed minutes were 35", "Total timed: 35"
  {
    concept: 'visit.totalTimedMinutes',
    pattern: new RegExp(String.raw`\b(?:total\s+${TIMED}(?:\s+(?:${MIN}|time))?|${TIMED}\s+(?:${MIN}|time))(?:\s*\(\s*${MIN}\s*\))?\s*(?:[:=–—-]\s*|(?:was|were|is|of|totall?ed)\s+)?(\d{1,3})(?:\s*${MIN})?(?![\d/:])`, 'gi'),
  },
  // "Total tx time: 40 min", "Total treatment minutes 40", "Total time: 40 minutes", "Session length: 53 minutes",
  // "Face-to-face time: 53 min", "Total time spent: 45 minutes", "Duration: 53 minutes" (a bare duration in minutes)
  {
    concept: 'visit.totalTreatmentMinutes',
    pattern: new RegExp(String.raw`\b(?:total(?:\s+(?:treatment|tx|therapy|session|visit|face[- ]to[- ]face|psychotherapy|service))?\s+(?:time(?:\s+spent)?|${MIN}|duration)|(?:duration|length)(?=\s*[:=]\s*\d{1,3}\s*${MIN})|(?:session|visit|treatment)\s+(?:length|duration|time)|face[- ]to[- ]face\s+(?:time|${MIN})|time\s+spent(?:\s+in\s+(?:session|treatment|psychotherapy))?)(?:\s+(?:today|this (?:visit|session)))?(?:\s*\(\s*${MIN}\s*\))?\s*(?:[:=–—-]\s*|(?:was|were|is|of)\s+)?(\d{1,3})(?:\s*${MIN})?(?![\d/:])`, 'gi'),
  },
];
// A treatment total names time or minutes; "Total visits: 12" or "total of 30 minutes walking" are not totals.
const NOT_A_TOTAL = /\b(?:walk\w*|sit\w*|stand\w*|tolerat\w*|goal\w*|able)\b[^.;\n]{0,20}$/i;

/**
 * The visit's total timed minutes and total treatment time, each the first one stated. Read line by line over the
 * blocks' stretch of text, so a label the reader took for an inline heading ("Treatment time today:") keeps its value.
 */
export function findVisitMinutes(text: string, blocks: readonly DocumentBlock[]): DocumentComponent[] {
  const found: DocumentComponent[] = [];
  const first = blocks[0];
  const last = blocks.at(-1);
  if (!first || !last) return found;
  for (const { concept, pattern } of TOTALS) {
    for (const line of linesBetween(text, first.start, last.end)) {
      const words = text.slice(line.start, line.end);
      const hit = [...words.matchAll(pattern)].find((match) => {
        // "Total timed minutes" holds "time"/"minutes" too: the timed total is not the treatment total.
        if (concept === 'visit.totalTreatmentMinutes' && /\btimed\b/i.test(match[0])) return false;
        const minutes = Number(match[1]);
        return minutes > 0 && minutes <= MAX_CODE_MINUTES && !NOT_A_TOTAL.test(words.slice(Math.max(0, match.index! - 40), match.index));
      });
      if (!hit) continue;
      found.push(componentAt(text, concept, String(Number(hit[1])), sentenceAt(text, line, line.start + hit.index!), 0.85));
      break;
    }
  }
  return found;
}

function linesBetween(text: string, start: number, end: number): TextSpan[] {
  const lines: TextSpan[] = [];
  let from = start;
  while (from < end) {
    const newline = text.indexOf('\n', from);
    const to = newline === -1 || newline > end ? end : newline;
    if (to > from) lines.push({ start: from, end: to });
    from = to + 1;
  }
  return lines;
}
