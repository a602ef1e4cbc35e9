/**
 * The documentation that answers a denial reason, by the checklist item a reason code points at
 * (rules/denials/denial-codes.json `checklistRules`): what the letter calls it, and which snapshot concepts hold
 * it. Each entry lists alternatives: the first alternative any source fills is used, every filled concept of it
 * quoted (long- and short-term goals; frequency and duration when no field holds both). A checklist item with no
 * entry here is still checked in "fix before you appeal"; the letter just does not quote it.
 */
import type { ConceptKey } from '../concepts';

export interface AppealComponent {
  /** The letter's words before the quoted value: "Goals". */
  words: string;
  alternatives: readonly (readonly ConceptKey[])[];
  /** Plain words for the placeholder when no source holds it. */
  what: string;
  /** Quoted when a source holds it; no placeholder when none does (progress, before a first progress report). */
  optional?: boolean;
}

export const APPEAL_COMPONENTS: Readonly<Record<string, AppealComponent>> = {
  'plan-of-care/diagnoses': { words: 'Diagnosis', alternatives: [['claim.diagnosis'], ['doc.diagnosisText']], what: 'the diagnosis being treated' },
  'plan-of-care/functional-limitation': { words: 'How the condition limits the patient', alternatives: [['doc.functionalLimitation'], ['doc.history']], what: 'how the condition limits daily function' },
  'lmn-core/history-and-impact': { words: 'History and impact on daily life', alternatives: [['doc.history'], ['doc.functionalLimitation']], what: 'the history of the condition and its impact on daily life' },
  'plan-of-care/measurable-goals': { words: 'Goals', alternatives: [['doc.longTermGoals', 'doc.shortTermGoals', 'doc.goals']], what: 'measurable goals with a target and a timeframe' },
  'plan-of-care/frequency-duration': { words: 'Frequency and duration', alternatives: [['doc.frequencyDuration'], ['doc.frequency', 'doc.duration']], what: 'how often and for how long the service is given' },
  'plan-of-care/prognosis': { words: 'Expected outcome', alternatives: [['doc.expectedOutcome']], what: 'the expected outcome (prognosis)' },
  'lmn-core/necessity-statement': { words: 'Why the service is medically necessary', alternatives: [['doc.necessityStatement']], what: 'a statement of why the service is medically necessary' },
  'lmn-core/alternatives-tried': { words: 'Treatments tried before', alternatives: [['doc.alternativesTried']], what: 'the treatments tried before, with how long and their result' },
  'progress-report/progress-toward-goals': { words: 'Progress so far', alternatives: [['doc.progress']], what: 'measured progress toward the goals', optional: true },
  'prior-auth-request/clinical-rationale': { words: 'Clinical reason for the service', alternatives: [['doc.necessityStatement'], ['doc.treatmentPlan']], what: 'the clinical reason the service was needed' },
  'cms1500-basics/prior-auth-number': { words: 'Authorization number', alternatives: [['claim.priorAuthNumber']], what: 'the authorization number covering the service' },
  'cms1500-basics/dos-in-authorization': { words: 'Authorized period and visits', alternatives: [['auth.from', 'auth.to', 'auth.visits']], what: 'the dates and visits the authorization covers' },
  'cms1500-basics/diagnosis-codes': { words: 'Diagnosis codes billed', alternatives: [['claim.diagnosis']], what: 'the diagnosis codes for the condition treated' },
  'cms1500-basics/diagnosis-pointers': { words: 'Diagnosis pointers on the lines', alternatives: [['line.diagnosisPointer']], what: 'each line\'s pointer to the diagnosis it treats' },
  'cms1500-basics/procedure-codes': { words: 'Procedure codes billed', alternatives: [['line.procedureCode']], what: 'the procedure codes billed' },
  'cms1500-basics/modifier-pairs': { words: 'Modifiers billed', alternatives: [['line.modifier']], what: 'the modifier the service needed, and why' },
  'cms1500-basics/units-within-mue': { words: 'Units billed and minutes documented', alternatives: [['line.units', 'line.minutes', 'visit.totalTimedMinutes']], what: 'the units billed and the minutes documented' },
  'cms1500-basics/rendering-npi': { words: 'Rendering provider NPI', alternatives: [['line.renderingNpi'], ['provider.npi']], what: 'the rendering provider\'s NPI' },
  'cms1500-basics/billing-provider-npi': { words: 'Billing provider NPI', alternatives: [['provider.npi']], what: 'the billing provider\'s NPI' },
  'treatment-note/date-of-treatment': { words: 'Date of the visit note', alternatives: [['visit.date']], what: 'the visit note for the date of service' },
  'treatment-note/services-provided': { words: 'Services documented', alternatives: [['line.procedureCode'], ['doc.treatmentPlan']], what: 'the services the note documents' },
  'treatment-note/signature': { words: 'Signed by', alternatives: [['provider.signature']], what: 'the treating provider\'s signature on the note' },
  'treatment-note/professional-identification': { words: 'Credentials', alternatives: [['provider.credentials']], what: 'the treating provider\'s credentials' },
  'plan-of-care/signature': { words: 'Plan of care signed by', alternatives: [['provider.signature']], what: 'the signature on the plan of care' },
};
