/**
 * A person's name at the start of a line, with the credentials after it: "Dr. Helena Marsh, ND",
 * "J. Castillo, PTA  11/19/2026", "S. Whitcomb PT, DPT", "Nadia Seferović, LICSW · License …". Read word by word
 * (no backtracking pattern), so a credential is never taken for a surname ("Sam Lee PT" is Sam Lee, PT) and any
 * alphabet's capitals start a name.
 */
import { isCredential } from '../reading/credentials';

export interface NameLine {
  /** The name without an honorific ("Helena Marsh" for "Dr. Helena Marsh"). */
  name: string;
  /** The credentials as written, joined by ", " ("PT, DPT"); null when none follow the name. */
  credentials: string | null;
  /** What follows the name and credentials on the line ("· License 8123", "  11/19/2026"). */
  rest: string;
}

const HONORIFIC = /^(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof)\.?\s+/;
// "Okafor-Lindgren", "O’Neil", "Seferović", "J.", "R": a capitalised word or an initial.
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\p{L}|\p{Lu}\.?)$/u;
// "Ana de la Cruz", "Pieter van Dijk": lower-case particles inside a name.
const PARTICLE = /^(?:de|del|della|der|den|di|da|dos|das|du|la|le|van|von|bin|ibn|al|y)$/;
const WORD = /[^\s,·•|;:()]+/y;
const GAP = /\s*,?\s*/y;
// After the name (and credentials) the line ends, goes on after a separator or a column gap, or gives a date.
const REST_OK = /^(?:$|\s*[,·•|;(–—-]|\s{2,}|\t|\s*\d|\s+(?:on|at)\b)/;
const MAX_NAME_WORDS = 5;
// "Robert Hale Jr., PT", "Robert Hale, Jr., PT": a suffix belongs to the name, before the credentials.
const SUFFIX = /^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/;
// Words of a practice's, an office's or a health plan's name, never of a person's: "Harbor Physical Therapy",
// "Family Medicine", "Aetna Choice POS II".
const PRACTICE_WORDS = /^(?:clinic|center|centre|therapy|therapies|therapeutics?|chiropractic|health|healthcare|wellness|rehab|rehabilitation|medical|medicine|massage|bodywork|spine|sports|counseling|counselling|services|group|associates|partners|practice|institute|hospital|physicians|department|acupuncture|insurance|llc|inc|pc|pllc|ltd|street|avenue|road|suite|license|licensed|plan|choice|advantage|ppo|hmo|epo|pos|medicare|medicaid|mutual|blue|bcbs|aetna|cigna|humana|anthem|optum|tricare)$/i;

/**
 * The name and credentials opening `line`, or null when the line does not open with a person's name. A name in
 * capitals counts with credentials after it, or where the caller knows a name stands (`capitals`: a RE line).
 */
export function readNameLine(line: string, capitals = false): NameLine | null {
  const honorific = HONORIFIC.exec(line)?.[0] ?? '';
  // The name: capitalised words and initials, up to the first credential, other word, or column gap.
  const words: { word: string; end: number }[] = [];
  let position = honorific.length;
  while (words.length < MAX_NAME_WORDS) {
    const space = /\s*/y;
    space.lastIndex = position;
    const gap = space.exec(line)![0];
    // "Jane Doe  11/19/2026": two spaces end a column; the name does not run into the next one.
    if (words.length > 0 && (gap.length === 0 || gap.length >= 2)) break;
    WORD.lastIndex = space.lastIndex;
    const word = WORD.exec(line)?.[0];
    if (!word || (words.length > 0 && isCredential(word))) break;
    if (!NAME_WORD.test(word) && !(words.length > 0 && PARTICLE.test(word))) break;
    words.push({ word, end: WORD.lastIndex });
    position = WORD.lastIndex;
  }
  while (words.length > 0 && PARTICLE.test(words.at(-1)!.word)) words.pop();
  if (!hasNameShape(words.map(({ word }) => word))) return null;
  let name = words.map(({ word }) => word).join(' ');
  // The credentials: "PT, DPT", "PT/DPT", "LCSW-C", each one from the list.
  const credentials: string[] = [];
  let end = words.at(-1)!.end;
  for (;;) {
    GAP.lastIndex = end;
    const gap = GAP.exec(line)![0];
    WORD.lastIndex = GAP.lastIndex;
    const word = WORD.exec(line)?.[0];
    if (word && credentials.length === 0 && SUFFIX.test(word) && !name.includes(' Jr') && !name.includes(' Sr')) {
      name += `${gap.includes(',') ? ',' : ''} ${word}`;
    } else if (!word || !isCredential(word)) {
      break;
    } else {
      credentials.push(word);
    }
    end = WORD.lastIndex;
  }
  const rest = line.slice(end);
  // "PT POC", "INITIAL EVAL": a heading in capitals is no one's name; "ANA RUIZ, PT" (an EHR's print) is, by its
  // credentials.
  if (!REST_OK.test(rest) || (credentials.length === 0 && !capitals && !/\p{Ll}/u.test(name))) return null;
  return { name, credentials: credentials.length > 0 ? credentials.join(', ') : null, rest };
}

/**
 * Two to five name words ending in a word of two letters or more, none a credential or a practice's word:
 * "J. Castillo", "Ana de la Cruz"; not "Family Medicine", "R. L." or a single word.
 */
function hasNameShape(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > MAX_NAME_WORDS) return false;
  const last = words.at(-1)!;
  return /\p{L}{2}/u.test(last)
    && words.every((word) => (NAME_WORD.test(word) || PARTICLE.test(word)) && !isCredential(word) && !PRACTICE_WORDS.test(word));
}

// Words of a subject line or a title, never of a person's name: "Prior Authorization", "First-Level Appeal".
const SUBJECT_WORDS = /^(?:appeal|request|authori[sz]ation|letter|medical|necessity|therapy|therapeutic|claim|review|denial|plan|care|treatment|massage|physical|occupational|speech|services?|reconsideration|level|first|second|patient|member|progress|report|note|evaluation|prior|outpatient|counseling|psychotherapy|chiropractic|acupuncture|visit|re|regarding|subject|insurance|health|clinic|center|department|pain|chronic|acute|injury|syndrome|disorder|condition|coverage|benefits|denial|denied|rehabilitation|continued|additional|extension|renewal)$/i;
const LAST_FIRST = /^(\p{Lu}[\p{L}'’-]*\p{L}),\s*(\p{Lu}[\p{L}'’-]*\p{L})(?:\s+\p{Lu}\.?)?$/u;
// "Doe, Jane" is a name; "Massage, Therapy" is not.
const isLastFirst = (value: string) => LAST_FIRST.test(value) && !value.split(/,\s*|\s+/).some((word) => SUBJECT_WORDS.test(word) || PRACTICE_WORDS.test(word));

/**
 * The whole of `words` when it is a person's name and nothing else: "Jonah Whitfield", "Mr. Jonah Whitfield",
 * "Okafor-Lindgren, Bea"; null for "First-Level Appeal" or "Jane Doe, PT". In capitals only where the caller
 * knows a name stands (`capitals`: a RE line); a note's "Pt: HEP REVIEWED" is no name.
 */
export function personName(words: string, capitals = false): string | null {
  const value = words.trim();
  if (isLastFirst(value)) return value;
  const read = readNameLine(value, capitals);
  if (!read || read.credentials !== null || read.rest.trim() !== '') return null;
  return read.name.split(' ').some((word) => SUBJECT_WORDS.test(word)) ? null : value;
}
