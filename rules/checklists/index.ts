/**
 * Checklists are data (one JSON file per checklist in this folder). parseChecklist is the one gate every
 * checklist passes, bundled or user-supplied: schema, unique rule ids, known check ids, valid check options.
 */
import * as z from 'zod/mini';
import { findCheck } from '../checks';
import { compileChecklist, type CompiledChecklist } from '../compile-checklist';
import { checklistSchema } from '../schema';
import { english } from '../schema-english';
import aetnaMassage from './aetna-massage.json' with { type: 'json' };
import autoPip from './auto-pip.json' with { type: 'json' };
import cms1500Basics from './cms1500-basics.json' with { type: 'json' };
import codesOnDocuments from './codes-on-documents.json' with { type: 'json' };
import hsaFsaMassageLmn from './hsa-fsa-massage-lmn.json' with { type: 'json' };
import lmnCore from './lmn-core.json' with { type: 'json' };
import medicareChiropractic from './medicare-chiropractic.json' with { type: 'json' };
import medicareOutpatientTherapy from './medicare-outpatient-therapy.json' with { type: 'json' };
import outpatientPsychotherapy from './outpatient-psychotherapy.json' with { type: 'json' };
import psychotherapyNote from './psychotherapy-note.json' with { type: 'json' };
import planOfCare from './plan-of-care.json' with { type: 'json' };
import premeraPhysicalMedicine from './premera-physical-medicine.json' with { type: 'json' };
import priorAuthRequest from './prior-auth-request.json' with { type: 'json' };
import progressReport from './progress-report.json' with { type: 'json' };
import reasonableNecessary from './reasonable-necessary.json' with { type: 'json' };
import regenceRehabilitative from './regence-rehabilitative.json' with { type: 'json' };
import telehealth from './telehealth.json' with { type: 'json' };
import treatmentNote from './treatment-note.json' with { type: 'json' };
import workersComp from './workers-comp.json' with { type: 'json' };

export type ChecklistParse = { ok: true; checklist: CompiledChecklist } | { ok: false; error: string };


/**
 * Validates a checklist and compiles it (rules/compile-checklist.ts); on failure the error names the checklist and
 * rule so its author can fix it.
 */
export function parseChecklist(input: unknown): ChecklistParse {
  const parsed = checklistSchema.safeParse(input, english);
  if (!parsed.success) return { ok: false, error: `Checklist ${idOf(input)} is not valid: ${z.prettifyError(parsed.error)}` };
  const checklist = parsed.data;
  const seen = new Set<string>();
  for (const rule of checklist.rules) {
    const where = `Checklist "${checklist.id}", rule "${rule.id}"`;
    if (seen.has(rule.id)) return { ok: false, error: `${where}: the rule id is used more than once` };
    seen.add(rule.id);
    const check = findCheck(rule.check);
    if (!check) return { ok: false, error: `${where}: unknown check "${rule.check}"` };
    const options = check.options.safeParse(rule.options ?? {}, english);
    if (!options.success) {
      return { ok: false, error: `${where}: options for check "${rule.check}" are not valid: ${z.prettifyError(options.error)}` };
    }
  }
  return { ok: true, checklist: compileChecklist(checklist) };
}

function idOf(input: unknown): string {
  const id = typeof input === 'object' && input !== null ? (input as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? `"${id.slice(0, 80)}"` : '(without an id)';
}

function bundled(input: unknown): CompiledChecklist {
  const result = parseChecklist(input);
  // A broken bundled checklist is a build error, not something to show users as "no gaps".
  if (!result.ok) throw new Error(result.error);
  return result.checklist;
}

/** The checklists shipped with ClaimLint, validated and compiled at load. */
export const BUNDLED_CHECKLISTS: CompiledChecklist[] = [
  lmnCore,
  cms1500Basics,
  reasonableNecessary,
  treatmentNote,
  planOfCare,
  progressReport,
  priorAuthRequest,
  aetnaMassage,
  premeraPhysicalMedicine,
  regenceRehabilitative,
  medicareOutpatientTherapy,
  outpatientPsychotherapy,
  psychotherapyNote,
  medicareChiropractic,
  telehealth,
  autoPip,
  workersComp,
  hsaFsaMassageLmn,
  codesOnDocuments,
].map(bundled);
