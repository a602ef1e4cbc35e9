/**
 * Checks a source of a letter the way checkSnapshot does, and also against the general letter-of-medical-necessity
 * checklist when it did not apply (a plan of care or a claim page is not a letter, but the letter drafted from it
 * must still have every LMN component): its findings are what the draft's placeholders name.
 */
import { checkSnapshot, type CheckResult, type CheckSnapshotOptions } from '../check-snapshot';
import type { Snapshot } from '../schema';
import { BASE_LMN_CHECKLIST } from './criteria-section';

export function checkForLetter(snapshot: Snapshot, options: CheckSnapshotOptions): CheckResult {
  const result = checkSnapshot(snapshot, options);
  if (result.checklists.some((checklist) => checklist.id === BASE_LMN_CHECKLIST)) return result;
  const ids = [BASE_LMN_CHECKLIST, ...result.checklists.map((checklist) => checklist.id)];
  const withBase = checkSnapshot(snapshot, { ...options, choice: { ...options.choice, checklistIds: ids } });
  return { ...withBase, context: result.context, choice: result.choice };
}
