/**
 * Who a Reference names: the name and NPI of a Practitioner, PractitionerRole or Organization, read through
 * the file's references. Each value is a slot reading: a string (possibly '' for a gap) or undefined when the
 * file cannot tell (the party lives on a server the file points at).
 */
import type { ReferenceIndex } from './fhir-references';
import { humanName, isObject, npiOf, text, type FhirResource } from './fhir-values';

export interface Party {
  name: string | undefined;
  npi: string | undefined;
}

/** Name and NPI of the resource a Reference names; a display or identifier on the Reference fills in. */
export function readParty(reference: unknown, from: FhirResource, index: ReferenceIndex): Party {
  const display = isObject(reference) ? text(reference.display) : undefined;
  const listedNpi = isObject(reference) ? npiOf(reference.identifier) : undefined;
  const resolved = index.resolve(reference, from);
  if (resolved.kind === 'found') {
    const own = partyOf(resolved.resource, resolved.container, index);
    return { name: own.name ?? display ?? '', npi: own.npi ?? listedNpi ?? '' };
  }
  if (resolved.kind === 'missing') return { name: display ?? '', npi: listedNpi ?? '' };
  return { name: display, npi: listedNpi };
}

function partyOf(resource: FhirResource, container: FhirResource, index: ReferenceIndex): { name?: string; npi?: string } {
  switch (resource.resourceType) {
    case 'Practitioner':
    case 'Patient':
    case 'RelatedPerson':
      return { name: humanName(resource.name), npi: npiOf(resource.identifier) };
    case 'Organization':
      return { name: text(resource.name), npi: npiOf(resource.identifier) };
    case 'PractitionerRole': {
      // The role may carry its own NPI; the person's name (and usually the NPI) is on the Practitioner.
      const person = index.resolve(resource.practitioner, container);
      const practitioner = person.kind === 'found' ? partyOf(person.resource, person.container, index) : {};
      const personDisplay = isObject(resource.practitioner) ? text(resource.practitioner.display) : undefined;
      return { name: practitioner.name ?? personDisplay, npi: npiOf(resource.identifier) ?? practitioner.npi };
    }
    default:
      return {};
  }
}
