/**
 * Checklists are data (one JSON file per checklist in this folder, listed in `bundled-data.ts`), each passing
 * parseChecklist (`parse-checklist.ts`) when it is loaded.
 */
import type { CompiledChecklist } from '../compile-checklist';
import { BUNDLED_CHECKLIST_DATA } from './bundled-data';
import { parseBundledChecklist } from './parse-checklist';

export { parseChecklist, type ChecklistParse } from './parse-checklist';

/** The checklists shipped with ClaimLint, validated and compiled at load. */
export const BUNDLED_CHECKLISTS: CompiledChecklist[] = BUNDLED_CHECKLIST_DATA.map(parseBundledChecklist);
