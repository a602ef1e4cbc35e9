/**
 * Every check, by id. The id is the file name; checklists refer to checks by it. The meta-test
 * (test/meta/conventions.test.ts) fails when a check file is missing here or has no test.
 */
import type { Check } from './types';
import { addonPrimary } from './addon-primary';
import { chiropracticModifiers } from './chiropractic-modifiers';
import { coveredCodes } from './covered-codes';
import { crisisFamilyTime } from './crisis-family-time';
import { assistantModifiers } from './assistant-modifiers';
import { dateInRange } from './date-in-range';
import { dateWithin } from './date-within';
import { diagnosisCodes } from './diagnosis-codes';
import { diagnosisPointers } from './diagnosis-pointers';
import { documentAge } from './document-age';
import { icdIndicator } from './icd-indicator';
import { interactiveComplexity } from './interactive-complexity';
import { injuryEncounter } from './injury-encounter';
import { maintenanceLanguage } from './maintenance-language';
import { modifierPairs } from './modifier-pairs';
import { ncciMue } from './ncci-mue';
import { npi } from './npi';
import { priorAuthNumber } from './prior-auth-number';
import { everyLineHas } from './every-line-has';
import { massageAdjunct } from './massage-adjunct';
import { codesNotCovered } from './codes-not-covered';
import { serviceAfterAccident } from './service-after-accident';
import { generalHealthPurpose } from './general-health-purpose';
import { procedureCodes } from './procedure-codes';
import { primaryDiagnosis } from './primary-diagnosis';
import { psychotherapyPlan } from './psychotherapy-plan';
import { psychotherapyTime } from './psychotherapy-time';
import { psychotherapyUnits } from './psychotherapy-units';
import { progressReportDue } from './progress-report-due';
import { recertificationInterval } from './recertification-interval';
import { requiredField } from './required-field';
import { requiredWhen } from './required-when';
import { subluxationDocumented } from './subluxation-documented';
import { telehealthModifiers } from './telehealth-modifiers';
import { textEvidence } from './text-evidence';
import { therapyModifiers } from './therapy-modifiers';
import { timedUnits } from './timed-units';
import { visitsAuthorized } from './visits-authorized';

export const CHECKS = {
  'addon-primary': addonPrimary,
  'chiropractic-modifiers': chiropracticModifiers,
  'covered-codes': coveredCodes,
  'crisis-family-time': crisisFamilyTime,
  'assistant-modifiers': assistantModifiers,
  'date-in-range': dateInRange,
  'date-within': dateWithin,
  'diagnosis-codes': diagnosisCodes,
  'diagnosis-pointers': diagnosisPointers,
  'document-age': documentAge,
  'every-line-has': everyLineHas,
  'icd-indicator': icdIndicator,
  'interactive-complexity': interactiveComplexity,
  'injury-encounter': injuryEncounter,
  'maintenance-language': maintenanceLanguage,
  'massage-adjunct': massageAdjunct,
  'codes-not-covered': codesNotCovered,
  'service-after-accident': serviceAfterAccident,
  'general-health-purpose': generalHealthPurpose,
  'modifier-pairs': modifierPairs,
  'ncci-mue': ncciMue,
  npi,
  'prior-auth-number': priorAuthNumber,
  'procedure-codes': procedureCodes,
  'primary-diagnosis': primaryDiagnosis,
  'psychotherapy-plan': psychotherapyPlan,
  'psychotherapy-time': psychotherapyTime,
  'psychotherapy-units': psychotherapyUnits,
  'progress-report-due': progressReportDue,
  'recertification-interval': recertificationInterval,
  'required-field': requiredField,
  'required-when': requiredWhen,
  'subluxation-documented': subluxationDocumented,
  'telehealth-modifiers': telehealthModifiers,
  'text-evidence': textEvidence,
  'therapy-modifiers': therapyModifiers,
  'timed-units': timedUnits,
  'visits-authorized': visitsAuthorized,
} satisfies Record<string, Check<any>>;

export type CheckId = keyof typeof CHECKS;

/** The check registered under an id, or undefined; never an inherited property such as "constructor". */
export function findCheck(id: string): Check<unknown> | undefined {
  return Object.hasOwn(CHECKS, id) ? (CHECKS[id as CheckId] as Check<unknown>) : undefined;
}
