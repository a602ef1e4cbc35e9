/**
 * Whether a FHIR Claim is one ClaimLint checks: a professional claim (or a professional preauthorization request)
 * in FHIR R4. Institutional, oral, vision and pharmacy claims follow other forms' rules (UB-04, ADA, NCPDP), and
 * an older FHIR version puts items where an R4 reader finds none, so those are reported as not checked, with the
 * reason in words a biller reads, rather than run through CMS-1500 rules.
 */
import { claimTypeName } from './fhir-names';
import { codings, isObject, objects, text, type FhirResource } from './fhir-values';

const OTHER_TYPES: Readonly<Record<string, string>> = {
  institutional: 'an institutional claim',
  oral: 'an oral (dental) claim',
  vision: 'a vision claim',
  pharmacy: 'a pharmacy claim',
};

/** STU3's Claim.use codes; R4 replaced them with claim | preauthorization | predetermination. */
const STU3_USES = new Set(['complete', 'proposed', 'exploratory', 'other']);

/**
 * Signs of FHIR STU3 (3.0): item.service where R4 has productOrService, STU3's use codes, Claim.organization
 * (dropped in R4), or a profile that names STU3. DSTU2 sent Claim.type as a bare code. A Claim with none of
 * these is read as R4.
 */
export function fhirVersionOf(claim: FhirResource): 'R4' | 'STU3' | 'DSTU2' {
  if (typeof claim.type === 'string') return 'DSTU2';
  const items = objects(claim.item);
  const stu3Items = items.some((item) => item.service !== undefined && item.productOrService === undefined);
  const meta = isObject(claim.meta) ? claim.meta : {};
  const profiles = Array.isArray(meta.profile) ? meta.profile.map(text).filter(Boolean).join(' ') : '';
  const declared = /\bstu3\b/i.test(profiles);
  const stu3Use = STU3_USES.has(text(claim.use) ?? '');
  return stu3Items || stu3Use || declared || claim.organization !== undefined ? 'STU3' : 'R4';
}

/**
 * Why this Claim is not checked, or undefined when it is a professional R4 claim. A Claim that names no type
 * (hand-made files often leave it out) is read as professional: what else it holds is a 1500's boxes.
 */
export function whyNotChecked(claim: FhirResource): string | undefined {
  const version = fhirVersionOf(claim);
  if (version !== 'R4') return `a FHIR ${version} claim: not read (ClaimLint reads FHIR R4 claims)`;
  const types = codings(claim.type).map((coding) => claimTypeName(coding.code?.toLowerCase()));
  if (types.includes('professional')) return undefined;
  const other = types.find((type) => OTHER_TYPES[type] !== undefined);
  return other ? `${OTHER_TYPES[other]}: ClaimLint checks professional claims` : undefined;
}
