/**
 * A diagnosis as a letter writes it: the value as the source wrote it ("Cervicalgia (M54.2)"), then the code's
 * official description from the ICD-10-CM table when the table has it. Without a table entry nothing is added:
 * a description is never guessed.
 */
import { readCodeInText } from '../codes/code-in-text';
import { ICD10_SHAPE, normalizeIcd10 } from '../codes/icd10-format';
import type { DraftPart } from './draft';
import type { SourceValue } from './letter-sources';

/**
 * Official descriptions by code; codes as written or normalized (upper case, no dot). The bundled ones are
 * rules/codes/icd10cm-descriptions `onDate(dateOfService)`: collect the codes and date with diagnosisLookupIn, load
 * their chunks (cli/load-icd10cm-descriptions.ts, utils/icd10cm-descriptions-loader.ts), then draft.
 */
export interface DiagnosisDescriptions {
  describe(code: string): string | null;
}

export function diagnosisParts(value: SourceValue, descriptions: DiagnosisDescriptions | undefined): DraftPart[] {
  const parts: DraftPart[] = [{ text: value.field.value.trim(), source: value.source }];
  const read = readCodeInText(value.field.value, ICD10_SHAPE);
  const code = read.ok ? normalizeIcd10(read.code) : null;
  const description = code && descriptions?.describe(code);
  if (code && description) parts.push({ text: ' — ' }, { text: description, source: { kind: 'code-table', table: 'icd10cm', code } });
  return parts;
}
