/**
 * Resolving FHIR references inside one file. The answer has three cases because they mean different things to
 * a biller:
 * - found: the resource is in the file, read it (a slot it leaves empty is a gap);
 * - missing: the file should have carried it and does not (a "#id" with no contained resource, a "urn:uuid:"
 *   with no Bundle entry, any reference a Bundle cannot resolve: a submission Bundle such as a Da Vinci PAS
 *   request must carry everything it references) — the slots it would fill are gaps;
 * - outside: a standalone resource pointing at a server ("Patient/1"); the file cannot tell what is there, so
 *   those slots are not recorded at all.
 */
import { isObject, isResource, objects, text, type FhirResource } from './fhir-values';

export type Resolved =
  /** container: what "#id" references inside the found resource resolve against (its own container when contained). */
  | { kind: 'found'; resource: FhirResource; container: FhirResource }
  | { kind: 'missing' }
  | { kind: 'outside' };

export interface ReferenceIndex {
  /** Resolves a Reference element read from `from` (whose contained resources "#id" may name). */
  resolve(reference: unknown, from: FhirResource): Resolved;
}

/** The "Type/id" tail of a relative or absolute literal reference, without a _history suffix. */
function typeAndId(reference: string): string | undefined {
  const match = /(?:^|\/)([A-Z][A-Za-z]+\/[A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/.exec(reference);
  return match?.[1];
}

function containedOf(resource: FhirResource): FhirResource[] {
  return Array.isArray(resource.contained) ? resource.contained.filter(isResource) : [];
}

/** An index over the file's resources: Bundle entries by fullUrl and by Type/id. */
export function referenceIndex(entries: readonly { fullUrl?: string; resource: FhirResource }[], inBundle: boolean): ReferenceIndex {
  const byKey = new Map<string, FhirResource>();
  for (const entry of entries) {
    const { resource } = entry;
    if (entry.fullUrl) {
      byKey.set(entry.fullUrl, resource);
      const tail = typeAndId(entry.fullUrl);
      if (tail && !byKey.has(tail)) byKey.set(tail, resource);
    }
    const id = text(resource.id);
    if (id && !byKey.has(`${resource.resourceType}/${id}`)) byKey.set(`${resource.resourceType}/${id}`, resource);
  }
  const found = (resource: FhirResource): Resolved => ({ kind: 'found', resource, container: resource });

  return {
    resolve(reference, from) {
      const literal = isObject(reference) ? text(reference.reference) : undefined;
      // A Reference with only a display or identifier names something the file does not carry.
      if (!literal) return { kind: 'outside' };
      if (literal.startsWith('#')) {
        const id = literal.slice(1);
        const hit = containedOf(from).find((resource) => resource.id === id);
        return hit ? { kind: 'found', resource: hit, container: from } : { kind: 'missing' };
      }
      const direct = byKey.get(literal);
      if (direct) return found(direct);
      const tail = typeAndId(literal);
      const byTail = tail ? byKey.get(tail) : undefined;
      if (byTail) return found(byTail);
      if (literal.startsWith('urn:uuid:') || literal.startsWith('urn:oid:') || inBundle) return { kind: 'missing' };
      return { kind: 'outside' };
    },
  };
}

/** Bundle.entry[] with a resource, in file order. */
export function bundleEntries(bundle: FhirResource): { fullUrl?: string; resource: FhirResource }[] {
  return objects(bundle.entry).flatMap((entry) => {
    if (!isResource(entry.resource)) return [];
    const fullUrl = text(entry.fullUrl);
    return [{ ...(fullUrl && { fullUrl }), resource: entry.resource }];
  });
}
