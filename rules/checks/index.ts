/**
 * Every check, by id. The id is the file name; checklists refer to checks by it. The meta-test
 * (test/meta/conventions.test.ts) fails when a check file is missing here or has no test.
 */
import type { Check } from './types';
import { addonPrimary } from './addon-primary';
import { assistantModifiers } from './assistant-modifiers';
import { dateInRange } from './date-in-range';
import { dateWithin } from './date-within';
import { diagnosisCodes } from './diagnosis-codes';
import { diagnosisPointers } from './diagnosis-pointers';
import { documentAge } from './document-age';
import { icdIndicator } from './icd-indicator';
import { injuryEncounter } from './injury-encounter';
import { maintenanceLanguage } from './maintenance-language';
import { modifierPairs } from './modifier-pairs';
import { ncciMue } from './ncci-mue';
import { npi } from './npi';
import { priorAuthNumber } from './prior-auth-number';
import { everyLineHas } from './every-line-has';
import { massageAdjunct } from './massage-adjunct';
import { procedureCodes } from './procedure-codes';
import { progressReportDue } from './progress-report-due';
import { psychotherapyTime } from './psychotherapy-time';
import { recertificationInterval } from './recertification-interval';
import { requiredField } from './required-field';
import { requiredWhen } from './required-when';
import { textEvidence } from './text-evidence';
import { therapyModifiers } from './therapy-modifiers';
import { timedUnits } from './timed-units';
import { visitsAuthorized } from './visits-authorized';

export const CHECKS = {
  'addon-primary': addonPrimary,
  'assistant-modifiers': assistantModifiers,
  'date-in-range': dateInRange,
  'date-within': dateWithin,
  'diagnosis-codes': diagnosisCodes,
  'diagnosis-pointers': diagnosisPointers,
  'document-age': documentAge,
  'every-line-has': everyLineHas,
  'icd-indicator': icdIndicator,
  'injury-encounter': injuryEncounter,
  'maintenance-language': maintenanceLanguage,
  'massage-adjunct': massageAdjunct,
  'modifier-pairs': modifierPairs,
  'ncci-mue': ncciMue,
  npi,
  'prior-auth-number': priorAuthNumber,
  'procedure-codes': procedureCodes,
  'progress-report-due': progressReportDue,
  'psychotherapy-time': psychotherapyTime,
  'recertification-interval': recertificationInterval,
  'required-field': requiredField,
  'required-when': requiredWhen,
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
