/**
 * The id a biller finds a FHIR Claim by: the identifier the provider's system gave it (a patient account or
 * claim number, as X12's CLM01 is), else Claim.id. Shown in titles and results, so it is trimmed to one short line.
 */
import { codings, objects, text, type FhirResource, type JsonObject } from './fhir-values';

const MAX_ID_LENGTH = 80;
/** v2-0203 AN account number; CARIN BB uc unique claim id; words a system or type text uses for the same. */
const CLAIM_NUMBER_TYPES = new Set(['AN', 'PAN', 'UC', 'ACSN', 'PCN']);
const CLAIM_NUMBER_WORDS = /account|claim[ _-]?(number|no|id)|control[ _-]?number|patient[ _-]?control/i;

function isClaimNumber(identifier: JsonObject): boolean {
  const type = identifier.type;
  const typeText = typeof type === 'object' && type !== null ? text((type as JsonObject).text) : undefined;
  return codings(type).some((coding) => coding.code !== undefined && CLAIM_NUMBER_TYPES.has(coding.code.toUpperCase()))
    || CLAIM_NUMBER_WORDS.test(typeText ?? '') || CLAIM_NUMBER_WORDS.test(text(identifier.system) ?? '');
}

/** Claim.identifier (a claim or account number first), else Claim.id; null when the Claim has neither. */
export function claimIdOf(claim: FhirResource): string | null {
  const identifiers = objects(claim.identifier).filter((identifier) => text(identifier.value) !== undefined);
  const chosen = identifiers.find(isClaimNumber) ?? identifiers[0];
  const raw = (chosen ? text(chosen.value) : undefined) ?? text(claim.id);
  if (!raw) return null;
  const line = raw.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return line.length > MAX_ID_LENGTH ? `${line.slice(0, MAX_ID_LENGTH - 1)}…` : line;
}
