/**
 * The field vocabulary from shared/CONCEPTS.md. Keys are stable: add, never rename.
 * `repeat` says how a repeated concept is indexed: diagnoses by letter (box 21 A–L), service lines by number.
 */
export const CONCEPTS = {
  'patient.name': { repeat: null, title: 'Patient name' },
  'patient.firstName': { repeat: null, title: 'Patient first name' },
  'patient.lastName': { repeat: null, title: 'Patient last name' },
  'patient.dob': { repeat: null, title: 'Patient date of birth' },
  'patient.sex': { repeat: null, title: 'Patient sex' },
  'patient.memberId': { repeat: null, title: "Insured's / member ID" },
  'patient.accountNumber': { repeat: null, title: 'Patient account number' },
  'payer.name': { repeat: null, title: 'Payer / plan' },
  'insured.groupNumber': { repeat: null, title: 'Group number' },
  'provider.name': { repeat: null, title: 'Treating provider' },
  'provider.npi': { repeat: null, title: 'Provider NPI' },
  'provider.taxId': { repeat: null, title: 'Federal tax ID' },
  'provider.license': { repeat: null, title: 'Provider license number' },
  'provider.credentials': { repeat: null, title: 'Provider credentials' },
  'provider.signature': { repeat: null, title: 'Provider signature' },
  'provider.signatureDate': { repeat: null, title: 'Date signed' },
  'referring.name': { repeat: null, title: 'Referring provider (box 17)' },
  'referring.npi': { repeat: null, title: 'Referring provider NPI (box 17b)' },
  'referring.qualifier': { repeat: null, title: 'Referring provider qualifier' },
  'claim.icdIndicator': { repeat: null, title: 'ICD indicator (box 21)' },
  'claim.diagnosis': { repeat: 'letter', title: 'Diagnosis code (box 21)' },
  'claim.priorAuthNumber': { repeat: null, title: 'Prior authorization number (box 23)' },
  'claim.employmentRelated': { repeat: null, title: 'Employment related (box 10a)' },
  'claim.autoAccident': { repeat: null, title: 'Auto accident (box 10b)' },
  'claim.accidentState': { repeat: null, title: 'Accident state (box 10b)' },
  'claim.otherAccident': { repeat: null, title: 'Other accident (box 10c)' },
  'claim.otherClaimNumber': { repeat: null, title: 'Other claim ID (box 11b)' },
  'claim.onsetDate': { repeat: null, title: 'Onset date (box 14)' },
  'claim.otherDate': { repeat: null, title: 'Other date (box 15)' },
  'claim.resubmissionCode': { repeat: null, title: 'Resubmission code (box 22)' },
  'line.dateFrom': { repeat: 'number', title: 'Date of service from (24A)' },
  'line.dateTo': { repeat: 'number', title: 'Date of service to (24A)' },
  'line.placeOfService': { repeat: 'number', title: 'Place of service (24B)' },
  'line.procedureCode': { repeat: 'number', title: 'CPT/HCPCS (24D)' },
  'line.modifier': { repeat: 'number', title: 'Modifier (24D)' },
  'line.diagnosisPointer': { repeat: 'number', title: 'Diagnosis pointer (24E)' },
  'line.charges': { repeat: 'number', title: 'Charges (24F)' },
  'line.units': { repeat: 'number', title: 'Units (24G)' },
  'line.minutes': { repeat: 'number', title: 'Minutes' },
  'line.renderingNpi': { repeat: 'number', title: 'Rendering NPI (24J)' },
  'visit.date': { repeat: null, title: 'Visit date' },
  'visit.startTime': { repeat: null, title: 'Session start time' },
  'visit.endTime': { repeat: null, title: 'Session end time' },
  'visit.totalTimedMinutes': { repeat: null, title: 'Total timed minutes' },
  'visit.totalTreatmentMinutes': { repeat: null, title: 'Total treatment minutes' },
  'visit.number': { repeat: null, title: 'Visit number (Visit 7 of 12)' },
  'visit.sinceProgressReport': { repeat: null, title: 'Visits since the last progress report' },
  'therapy.yearToDate': { repeat: null, title: "Therapy amount this year (toward the KX threshold)" },
  'doc.diagnosisText': { repeat: null, title: 'Diagnosis / reason for treatment' },
  'doc.history': { repeat: null, title: 'History and impact on daily life' },
  'doc.functionalLimitation': { repeat: null, title: 'Functional limitation' },
  'doc.goals': { repeat: null, title: 'Treatment goals' },
  'doc.shortTermGoals': { repeat: null, title: 'Short-term goals' },
  'doc.longTermGoals': { repeat: null, title: 'Long-term goals' },
  'doc.treatmentPlan': { repeat: null, title: 'Treatment plan / services requested' },
  'doc.frequency': { repeat: null, title: 'Frequency' },
  'doc.duration': { repeat: null, title: 'Duration' },
  'doc.frequencyDuration': { repeat: null, title: 'Frequency and duration' },
  'doc.alternativesTried': { repeat: null, title: 'Alternatives tried' },
  'doc.expectedOutcome': { repeat: null, title: 'Expected outcome / prognosis' },
  'doc.necessityStatement': { repeat: null, title: 'Medical necessity statement' },
  'doc.progress': { repeat: null, title: 'Progress toward goals' },
  'auth.from': { repeat: null, title: 'Authorization start' },
  'auth.to': { repeat: null, title: 'Authorization end' },
  'auth.visits': { repeat: null, title: 'Visits authorized' },
  'order.prescriber': { repeat: null, title: 'Prescribing / ordering clinician' },
  'order.date': { repeat: null, title: 'Order / prescription date' },
  'order.visits': { repeat: null, title: 'Visits prescribed' },
  'cert.startDate': { repeat: null, title: 'Start of care' },
  'cert.period': { repeat: null, title: 'Certification period' },
  'cert.signatureDate': { repeat: null, title: 'Plan of care certified on' },
  'cert.recertDate': { repeat: null, title: 'Plan of care recertified on' },
  'cert.sentDate': { repeat: null, title: 'Plan of care sent to the physician on' },
  'lmn.date': { repeat: null, title: 'Letter date' },
  'doc.date': { repeat: null, title: 'Document date' },
  'facility.state': { repeat: null, title: 'Service facility state (box 32)' },
  'payer.state': { repeat: null, title: 'Payer address state' },
  'patient.state': { repeat: null, title: 'Patient address state (box 5)' },
} as const satisfies Record<string, { repeat: 'letter' | 'number' | null; title: string }>;

export type ConceptKey = keyof typeof CONCEPTS;
export const CONCEPT_KEYS = Object.keys(CONCEPTS) as ConceptKey[];

export function isConceptKey(value: string): value is ConceptKey {
  return Object.hasOwn(CONCEPTS, value);
}

/** Box 21 letters in order; index 0 = A. */
export const DIAGNOSIS_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'] as const;
export type DiagnosisLetter = (typeof DIAGNOSIS_LETTERS)[number];

/**
 * Concept families only a document holds (a plan of care, a letter, a visit note, an order or an authorization),
 * never a claim form, with the document a user opens to check them. The popup uses this to say once that a claim
 * page cannot show them, rather than listing each as "can't tell". A family, not a rule: new rules and concepts
 * in these families follow without a change here.
 */
export const DOCUMENTATION_FAMILIES = {
  doc: 'plan of care',
  cert: 'plan of care',
  lmn: 'letter of medical necessity',
  visit: 'visit note',
  order: 'order',
  auth: 'authorization',
} as const satisfies Record<string, string>;

/** The document that holds a concept, when only a document can: "plan of care" for doc.longTermGoals; null for claim boxes. */
export function documentHolding(concept: string | null): string | null {
  if (concept === null) return null;
  const family = concept.slice(0, concept.indexOf('.'));
  return Object.hasOwn(DOCUMENTATION_FAMILIES, family) ? DOCUMENTATION_FAMILIES[family as keyof typeof DOCUMENTATION_FAMILIES] : null;
}
