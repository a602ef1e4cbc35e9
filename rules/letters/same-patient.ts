/**
 * One letter is about one patient: when two sources give different member IDs or dates of birth, drafting from
 * both would mix two people's records, so the drafter refuses. Names are not compared ("Delgado, Ramon" and
 * "Ramon Delgado" are one person); the message names the sources and the identifier, never the values.
 */
import { parseDate } from '../reading/dates';
import { saysNoEntry } from '../reading/no-entry';
import type { Snapshot } from '../schema';
import type { CheckedSource } from './letter-sources';

export class SourcesDisagreeError extends Error {}

/** "W123-456 789" and "w123456789" are one member ID: letters and digits only, upper case. */
export function normalizeMemberId(value: string): string {
  return value.replace(/[^0-9a-z]/gi, '').toUpperCase();
}

/** The snapshot's first filled value of `concept` (not "N/A" or "none"), normalized; null when it shows none. */
export function patientIdentifier(snapshot: Snapshot, concept: string, normalize: (value: string) => string): string | null {
  const field = snapshot.fields.find((candidate) => candidate.concept === concept && candidate.value.trim() !== '' && !saysNoEntry(candidate.value));
  const value = field ? normalize(field.value) : '';
  return value === '' ? null : value;
}

const IDENTIFIERS = [
  { concept: 'patient.memberId', words: 'member IDs', normalize: normalizeMemberId },
  { concept: 'patient.dob', words: 'dates of birth', normalize: normalizeDate },
] as const;

/** Throws SourcesDisagreeError when two sources identify different patients. */
export function assertSamePatient(sources: readonly CheckedSource[]): void {
  for (const { concept, words, normalize } of IDENTIFIERS) {
    const seen: { position: number; value: string }[] = [];
    for (const [position, { snapshot }] of sources.entries()) {
      const value = patientIdentifier(snapshot, concept, normalize);
      if (value === null) continue;
      const other = seen.find((entry) => entry.value !== value);
      if (other) throw new SourcesDisagreeError(`sources ${other.position + 1} and ${position + 1} are about different patients (their ${words} differ); draft a letter from one patient's documents`);
      seen.push({ position, value });
    }
  }
}

/** "5/3/1984", "05/03/1984", "May 3, 1984" and "1984-05-03" are one date (parseDate); anything else is compared as written, without spaces. */
export function normalizeDate(value: string): string {
  return parseDate(value) ?? value.trim().replace(/\s+/g, '').toUpperCase();
}
