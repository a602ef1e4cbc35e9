/**
 * Which identifier of a Coverage or Patient is the member ID (box 1a). Files put it in different places: the
 * Coverage's subscriberId or identifier, or the member's Patient resource (Da Vinci PAS does), where it sits among
 * medical record numbers and other ids. An identifier counts as the member ID when its type says so (v2-0203 MB
 * member number, SN subscriber number, MA/MC Medicaid/Medicare number; X12's MI member identification), its
 * system is PAS's MIN, or its system belongs to the payer's own domain; a medical record number never does.
 */
import type { ReferenceIndex } from './fhir-references';
import { codings, isObject, objects, text, type FhirResource, type JsonObject } from './fhir-values';

const MEMBER_TYPES = new Set(['MB', 'MI', 'SN', 'MA', 'MC']);
/** Hosts of shared terminology, which say nothing about whose identifier it is. */
const SHARED_HOSTS = /(^|\.)(hl7\.org|terminology\.hl7\.org|x12\.org|cms\.gov|nlm\.nih\.gov)$/i;

function isMemberType(identifier: JsonObject): boolean {
  return codings(identifier.type).some((coding) => coding.code !== undefined && MEMBER_TYPES.has(coding.code.toUpperCase()));
}

/** The domain an identifier system belongs to: its host's last two labels ("members.example.com" → "example.com"). */
function hostOf(system: unknown): string | undefined {
  const value = text(system);
  if (!value || !/^https?:\/\//i.test(value)) return undefined;
  try {
    const host = new URL(value).hostname.toLowerCase();
    if (SHARED_HOSTS.test(host) || !host.includes('.')) return undefined;
    return host.split('.').slice(-2).join('.');
  } catch {
    return undefined;
  }
}

/** The web domains of the payer's own identifier systems (the payor Organization's, and the reference's). */
export function payerHosts(coverage: FhirResource, container: FhirResource, index: ReferenceIndex): Set<string> {
  const hosts = new Set<string>();
  for (const payor of objects(coverage.payor)) {
    const listed = isObject(payor.identifier) ? [payor.identifier] : [];
    const resolved = index.resolve(payor, container);
    const own = resolved.kind === 'found' && resolved.resource.resourceType === 'Organization' ? objects(resolved.resource.identifier) : [];
    for (const identifier of [...listed, ...own]) {
      const host = hostOf(identifier.system);
      if (host) hosts.add(host);
    }
  }
  return hosts;
}

/** The member ID among identifiers, by type first, then PAS's MIN system, then the payer's domain. */
export function memberIdAmong(identifiers: unknown, hosts: ReadonlySet<string> = new Set()): string | undefined {
  const list = objects(identifiers).filter((identifier) => text(identifier.value) !== undefined);
  const typed = list.find(isMemberType)
    ?? list.find((identifier) => /\/MIN$/i.test(text(identifier.system) ?? ''))
    ?? list.find((identifier) => {
      const host = hostOf(identifier.system);
      return host !== undefined && hosts.has(host);
    });
  return typed ? text(typed.value) : undefined;
}
