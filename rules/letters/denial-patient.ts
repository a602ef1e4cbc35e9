/**
 * Whether a denial is about the patient of the files an appeal draws on. The member ID decides when both sides
 * show one; where either lacks it, the name and the date of birth do (an 835 has no birth date, a FHIR EOB often
 * no member ID). A name matches when the shorter one's words are all in the longer ("DAVID J DOE JR" is "Doe,
 * David"); initials and suffixes are not compared. "Can't tell" is its own answer, never "same".
 */
import type { Denial } from '../denials/denial';
import type { Snapshot } from '../schema';
import { normalizeDate, normalizeMemberId, patientIdentifier } from './same-patient';

export type DenialPatientMatch =
  | { verdict: 'same'; by: 'member ID' | 'name' }
  | { verdict: 'different'; differs: 'member IDs' | 'names' | 'dates of birth'; positions: number[] }
  | { verdict: 'unknown' };

/** The denial against the snapshots (the positions of those that disagree, when they do). */
export function matchDenialPatient(denial: Denial, snapshots: readonly Snapshot[]): DenialPatientMatch {
  const memberId = denial.memberId ? normalizeMemberId(denial.memberId) : '';
  const birth = denial.patientBirthDate ? normalizeDate(denial.patientBirthDate) : '';
  const name = nameWords(denial.patientName ?? '');
  const shown = snapshots.map((snapshot) => ({
    memberIds: snapshot.fields.filter((field) => field.concept === 'patient.memberId').map((field) => normalizeMemberId(field.value)).filter(Boolean),
    birth: patientIdentifier(snapshot, 'patient.dob', normalizeDate),
    name: nameWords(patientIdentifier(snapshot, 'patient.name', (value) => value) ?? ''),
  }));
  const disagree = (differs: 'member IDs' | 'names' | 'dates of birth', test: (each: (typeof shown)[number]) => boolean): DenialPatientMatch | null => {
    const positions = shown.flatMap((each, position) => (test(each) ? [position] : []));
    return positions.length > 0 ? { verdict: 'different', differs, positions } : null;
  };
  const otherId = memberId ? disagree('member IDs', (each) => each.memberIds.length > 0 && !each.memberIds.includes(memberId)) : null;
  const otherBirth = birth ? disagree('dates of birth', (each) => each.birth !== null && each.birth !== birth) : null;
  if (otherId ?? otherBirth) return (otherId ?? otherBirth)!;
  if (memberId && shown.some((each) => each.memberIds.includes(memberId))) return { verdict: 'same', by: 'member ID' };
  const otherName = name.length > 0 ? disagree('names', (each) => each.name.length > 0 && !sameName(name, each.name)) : null;
  if (otherName) return otherName;
  // A name alone ties the denial to the files only with two words (given and family) to compare.
  if (name.length >= 2 && shown.some((each) => each.name.length >= 2 && sameName(name, each.name))) return { verdict: 'same', by: 'name' };
  return { verdict: 'unknown' };
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'md', 'mr', 'mrs', 'ms', 'dr']);

/**
 * A name's words of two letters or more, lower case, without suffixes and titles: "DOE, JOHN T JR" → doe, john.
 * Payers' systems drop accents, apostrophes and hyphens ("JOSE OBRIEN SMITH" for José O'Brien-Smith), so they are
 * dropped here too.
 */
function nameWords(value: string): string[] {
  return value.normalize('NFD').replace(/\p{M}/gu, '').replace(/['’]/g, '').toLowerCase()
    .split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 2 && !SUFFIXES.has(word));
}

function sameName(a: readonly string[], b: readonly string[]): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.every((word) => longer.includes(word));
}
