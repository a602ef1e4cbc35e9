import type * as z from 'zod/mini';
import type { ConceptKey } from '../concepts';
import type { FieldIndex, Finding, Snapshot, Status, Suggestion } from '../schema';
import type { Icd10CmLookup } from '../codes/icd10cm-lookup';
import type { NcciLookup } from '../codes/ncci-lookup';
import type { SnapshotFields } from '../reading/snapshot-fields';
import type { SourceWords } from '../outcome/source-words';

/** Code tables loaded by the caller (they are large, so the engine never loads them itself). */
export interface ReferenceData {
  icd10cm?: Icd10CmLookup;
  ncci?: NcciLookup;
}

/** What every check sees: the snapshot, an index over its fields, the reference date and code tables. */
export interface CheckContext {
  snapshot: Snapshot;
  fields: SnapshotFields;
  /** YYYY-MM-DD, from snapshot.takenAt, so checks stay pure. */
  today: string;
  /** Absent tables make the checks that need them say "can't tell", never "pass". */
  references: ReferenceData;
  /** How messages name what was read: "on this page", "in this claim file". */
  where: SourceWords;
}

/** One result of a check. A check may return several (one per service line, say). */
export interface CheckOutcome {
  status: Status;
  concept: ConceptKey | null;
  index: FieldIndex;
  /** The field this outcome is about, when one was read. */
  fieldKey: string | null;
  /** That field's page frame, when the snapshot merged several (set through pointAt / outcomeFor). */
  frameId?: number;
  /** That field's wizard step, when it is not the step on screen (set through pointAt / outcomeFor). */
  step?: string;
  /** What is missing or wrong, or what satisfied the check; names the field, never "error". */
  message: string;
  /**
   * Set by a check whose fail compares two places ('inconsistent': units billed vs minutes documented); left
   * unset, rules/outcome/problem.ts says missing or invalid from the field the fail points at.
   */
  problem?: Finding['problem'];
  /** For a fail: values the field should hold, only when certain from the data (rules/outcome/suggestions.ts). */
  suggestions?: Suggestion[];
}

/**
 * A check is a small pure function with its own options schema. "cantTell" means the field was not found or
 * could not be read; "fail" means it was found and is empty or wrong.
 */
export interface Check<Options> {
  options: z.ZodMiniType<Options>;
  run(context: CheckContext, options: Options): CheckOutcome[];
}

export function defineCheck<Options>(check: Check<Options>): Check<Options> {
  return check;
}
