/**
 * Whether two snapshots (two open tabs: a claim page and the plan of care, say) are positively about one patient,
 * so a letter may draw on both: the same member ID, or, where either lacks one, the same name and date of birth.
 * "Can't tell" is no: a tab is added to a letter only on a match, never because nothing disagreed.
 */
import type { Snapshot } from '../schema';
import { normalizeDate, normalizeMemberId, patientIdentifier } from './same-patient';

export function isSamePatient(a: Snapshot, b: Snapshot): boolean {
  const memberIds = [a, b].map((snapshot) => patientIdentifier(snapshot, 'patient.memberId', normalizeMemberId));
  const births = [a, b].map((snapshot) => patientIdentifier(snapshot, 'patient.dob', normalizeDate));
  if (memberIds[0] && memberIds[1]) return memberIds[0] === memberIds[1] && !(births[0] && births[1] && births[0] !== births[1]);
  const names = [a, b].map((snapshot) => patientIdentifier(snapshot, 'patient.name', nameKey));
  return Boolean(names[0] && names[0] === names[1] && births[0] && births[0] === births[1]);
}

/** "Delgado, Ramon" and "Ramon Delgado" are one name: its words, lower case, in order. */
function nameKey(value: string): string {
  return value.toLowerCase().split(/[^\p{L}\p{N}'-]+/u).filter(Boolean).sort().join(' ');
}
