/**
 * The US state a claim belongs to, for rules that only one state's law makes (Washington's workers'-comp massage
 * rule, Florida's PIP statute). Read, in this order, from the accident state (box 10b), the service facility
 * (box 32), the payer's address and the patient's address (box 5): the first place that names a state decides.
 * A value is read as a two-letter USPS code ("WA"), a state's name ("Washington") or the end of an address line
 * ("Tacoma, WA 98402"); anything else is not read, never guessed.
 */
import type { ConceptKey } from '../concepts';
import type { SnapshotFields } from '../reading/snapshot-fields';
import { hasValue } from '../reading/snapshot-fields';
import { STATE_NAMES } from './state-codes';

/** Where a claim's state is read from, most telling first. */
export const STATE_CONCEPTS = ['claim.accidentState', 'facility.state', 'payer.state', 'patient.state'] as const satisfies readonly ConceptKey[];

const BY_NAME = new Map(Object.entries(STATE_NAMES).map(([code, name]) => [fold(name), code]));

export interface ClaimState { code: string; name: string; concept: ConceptKey }

/** The claim's state and where it was read, or null when no place names one ClaimLint can read. */
export function readClaimState(fields: SnapshotFields): ClaimState | null {
  for (const concept of STATE_CONCEPTS) {
    for (const field of fields.all(concept).filter(hasValue)) {
      const code = readStateCode(field.value);
      if (code) return { code, name: STATE_NAMES[code]!, concept };
    }
  }
  return null;
}

/** "WA", "wa", "Washington", "Tacoma, WA 98402", "Tacoma, Washington 98402-1234" -> "WA"; otherwise null. */
export function readStateCode(value: string): string | null {
  const text = value.trim();
  const code = text.toUpperCase();
  if (/^[A-Z]{2}$/.test(code)) return Object.hasOwn(STATE_NAMES, code) ? code : null;
  const named = BY_NAME.get(fold(text));
  if (named) return named;
  // The end of an address line: the state before a ZIP code, set off by a comma or a space.
  const address = /(?:^|[,\s])([A-Za-z][A-Za-z. ]*?)\.?\s+\d{5}(?:-\d{4})?$/.exec(text);
  if (!address) return null;
  const words = address[1]!.trim();
  const last = words.split(/\s+/).at(-1)!.toUpperCase();
  if (/^[A-Z]{2}$/.test(last) && Object.hasOwn(STATE_NAMES, last)) return last;
  // A state's name of one to four words at the end ("New Mexico 87501", "Seattle, Washington 98101").
  const parts = words.split(/\s+/);
  for (let take = Math.min(4, parts.length); take >= 1; take -= 1) {
    const found = BY_NAME.get(fold(parts.slice(-take).join(' ')));
    if (found) return found;
  }
  return null;
}

function fold(text: string): string {
  return text.toLowerCase().replace(/[.]/g, '').replace(/\s+/g, ' ').trim();
}
