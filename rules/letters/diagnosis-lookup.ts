/**
 * What a caller needs before drafting with official descriptions: the ICD-10-CM codes the sources' diagnoses hold
 * (read the way the drafters read them, so no code they would describe is missed) and the date of service whose
 * fiscal year gives their wording. Collected first so the description chunks are loaded once, and drafting stays
 * synchronous.
 */
import { readCodeInText } from '../codes/code-in-text';
import { ICD10_SHAPE, normalizeIcd10 } from '../codes/icd10-format';
import type { Denial } from '../denials/denial';
import { parseDate } from '../reading/dates';
import type { CheckedSource } from './letter-sources';

export interface DiagnosisLookup {
  /** Dotted, upper case, each once, in the order the sources give them ("M54.2", "M54.50"). */
  codes: string[];
  /**
   * YYYY-MM-DD: the earliest date of service the denial gives (its period's start, its lines' dates), else the sources' earliest service line
   * ("from", 24A), else a visit date. Undefined when none is written: the descriptions then use the latest year.
   */
  dateOfService?: string;
}

export function diagnosisLookupIn(sources: readonly CheckedSource[], denial?: Denial): DiagnosisLookup {
  const fields = sources.flatMap(({ snapshot }) => snapshot.fields);
  const codes = new Set<string>();
  for (const field of fields) {
    if (field.concept !== 'claim.diagnosis') continue;
    const read = readCodeInText(field.value, ICD10_SHAPE);
    const code = read.ok ? normalizeIcd10(read.code) : null;
    if (code) codes.add(code);
  }
  const datesOf = (concept: 'line.dateFrom' | 'visit.date') => fields.filter((field) => field.concept === concept)
    .map((field) => parseDate(field.value)).filter((date): date is string => date !== null).sort();
  const denialDates = [denial?.datesOfService?.from, ...(denial?.lines ?? []).map((line) => line.dateOfService)].filter((date): date is string => date !== undefined).sort();
  const dateOfService = denialDates[0] ?? datesOf('line.dateFrom')[0] ?? datesOf('visit.date')[0];
  return { codes: [...codes], ...(dateOfService !== undefined && { dateOfService }) };
}
