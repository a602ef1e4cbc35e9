/**
 * parseChecklist is the one gate every checklist passes, bundled or user-supplied: schema, unique rule ids, known
 * check ids, valid check options. Apart from the bundled checklists' data (`index.ts`), so the extension's
 * background validates a rule pack without carrying the checklists, which it loads as a packaged file.
 */
import * as z from 'zod/mini';
import { findCheck } from '../checks';
import { compileChecklist, type CompiledChecklist } from '../compile-checklist';
import { checklistSchema } from '../schema';
import { english } from '../schema-english';

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

/** A bundled checklist, validated and compiled; a broken one is a build error, never "no gaps" shown to users. */
export function parseBundledChecklist(input: unknown): CompiledChecklist {
  const result = parseChecklist(input);
  if (!result.ok) throw new Error(result.error);
  return result.checklist;
}
