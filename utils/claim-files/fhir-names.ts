/**
 * The only words from a FHIR file that ClaimLint repeats in titles and errors: codes from fixed FHIR value sets.
 * Anything else in those places (a free-text type, a made-up resourceType) could be patient data, so it is named
 * only when it is one of these.
 */

/** Claim.type (http://terminology.hl7.org/CodeSystem/claim-type) and Claim.use codes. */
const CLAIM_TYPES = new Set(['institutional', 'oral', 'pharmacy', 'professional', 'vision']);
const CLAIM_USES = new Set(['claim', 'preauthorization', 'predetermination']);

/** FHIR R4 resource types a claim file is likely to hold; others are called "resource". */
const RESOURCE_TYPES = new Set([
  'Account', 'AllergyIntolerance', 'Appointment', 'Binary', 'Bundle', 'CarePlan', 'CareTeam', 'Claim', 'ClaimResponse',
  'ClinicalImpression', 'Communication', 'CommunicationRequest', 'Composition', 'Condition', 'Consent', 'Contract',
  'Coverage', 'CoverageEligibilityRequest', 'CoverageEligibilityResponse', 'DeviceRequest', 'DiagnosticReport',
  'DocumentReference', 'Encounter', 'EpisodeOfCare', 'ExplanationOfBenefit', 'Goal', 'HealthcareService',
  'Immunization', 'Location', 'Medication', 'MedicationRequest', 'MedicationStatement', 'MessageHeader',
  'Observation', 'OperationOutcome', 'Organization', 'Parameters', 'Patient', 'PaymentNotice',
  'PaymentReconciliation', 'Practitioner', 'PractitionerRole', 'Procedure', 'Provenance', 'Questionnaire',
  'QuestionnaireResponse', 'RelatedPerson', 'ServiceRequest', 'Task',
]);

export function claimTypeName(code: string | undefined): string {
  return code !== undefined && CLAIM_TYPES.has(code) ? code : '';
}

export function claimUseName(code: string | undefined): string {
  return code !== undefined && CLAIM_USES.has(code) ? code : '';
}

export function resourceTypeName(type: unknown): string {
  return typeof type === 'string' && RESOURCE_TYPES.has(type) ? type : '';
}
