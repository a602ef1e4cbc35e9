/**
 * Which therapy discipline the treating clinician's credentials name ("Corin Baptiste, PT, DPT" is physical
 * therapy; "Lee Park, PTA" a physical therapist assistant; "COTA/L" an occupational therapy assistant), read
 * from the credentials, signature and provider name fields. Medicare's discipline modifiers (GP, GO, GN) and the
 * assistant modifiers (CQ, CO) follow from it.
 */
import type { Field } from '../schema';
import { hasValue, type SnapshotFields } from './snapshot-fields';

export type Discipline = 'PT' | 'OT' | 'SLP';

export interface TreatingClinician { discipline: Discipline; assistant: boolean; credential: string; field: Field }

/** Credential (lower case, periods dropped) -> what it names. "OT" and "PT" alone are the therapists. */
const DISCIPLINE_OF: Record<string, { discipline: Discipline; assistant: boolean }> = {
  pt: { discipline: 'PT', assistant: false }, dpt: { discipline: 'PT', assistant: false }, mpt: { discipline: 'PT', assistant: false },
  mspt: { discipline: 'PT', assistant: false }, pta: { discipline: 'PT', assistant: true },
  ot: { discipline: 'OT', assistant: false }, otr: { discipline: 'OT', assistant: false }, 'otr/l': { discipline: 'OT', assistant: false },
  otd: { discipline: 'OT', assistant: false }, ota: { discipline: 'OT', assistant: true }, cota: { discipline: 'OT', assistant: true },
  'cota/l': { discipline: 'OT', assistant: true }, 'ota/l': { discipline: 'OT', assistant: true },
  slp: { discipline: 'SLP', assistant: false }, 'ccc-slp': { discipline: 'SLP', assistant: false }, 'slp-ccc': { discipline: 'SLP', assistant: false },
};

/**
 * Every therapy credential on the page, once per credential and field: any in a credentials field, and those after
 * the comma that ends a name in a signature or name field. Upper-case words only ("PT", "COTA/L"), so "pt"
 * (patient) in prose is not read as one.
 */
export function readTreatingClinicians(fields: SnapshotFields): TreatingClinician[] {
  const found: TreatingClinician[] = [];
  for (const concept of ['provider.credentials', 'provider.signature', 'provider.name'] as const) {
    for (const field of fields.all(concept).filter(hasValue)) {
      // In a name or signature only what follows the name counts ("Lee Example, PTA"): "Sunrise PT Clinic" is a place.
      const written = concept === 'provider.credentials' ? field.value : field.value.split(',').slice(1).join(',');
      for (const word of written.split(/[\s,;()/]+(?![A-Z]\b)/)) {
        const bare = word.replace(/\.(?=\w)|\.$/g, '');
        if (bare !== bare.toUpperCase() || !/[A-Z]/.test(bare)) continue;
        const named = DISCIPLINE_OF[bare.toLowerCase()];
        if (named && !found.some((clinician) => clinician.credential === bare && clinician.field === field)) {
          found.push({ ...named, credential: bare, field });
        }
      }
    }
  }
  return found;
}
