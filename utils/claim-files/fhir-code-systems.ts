/**
 * Which code system a FHIR Coding names, in the engine's words (Field.codeSystem), so a check judges an ICD-10-CM
 * code as one and says "can't tell" for a SNOMED CT diagnosis or an X12 service type instead of failing it as a
 * malformed ICD or CPT code. Only the system URL decides; a code's shape never does.
 */
import type { CodeSystem } from '../../rules/schema';
import type { Coding } from './fhir-values';

const SYSTEMS: readonly (readonly [RegExp, CodeSystem])[] = [
  [/^http:\/\/hl7\.org\/fhir\/sid\/icd-10(-cm)?$/, 'icd-10-cm'],
  [/^http:\/\/hl7\.org\/fhir\/sid\/icd-9(-cm)?$/, 'icd-9-cm'],
  [/^https?:\/\/snomed\.info\/sct\b/, 'snomed-ct'],
  [/ama-assn\.org\/go\/cpt|\/hcpcs|HCPCS/i, 'cpt-hcpcs'],
  // X12 element 1365, Service Type Code: what a 278 or Da Vinci PAS request asks for when it names no procedure.
  [/codesystem\.x12\.org\/(?:[0-9]+\/)?1365$/, 'x12-service-type'],
];

/** The code system a coding names; undefined when it names none (the code is judged by its shape, as on a page). */
export function codeSystemOf(coding: Coding | undefined): CodeSystem | undefined {
  const system = coding?.system;
  if (!system) return undefined;
  return SYSTEMS.find(([pattern]) => pattern.test(system))?.[1] ?? 'other';
}
