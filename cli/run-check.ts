/**
 * The check itself: saved page -> snapshot -> checklists -> findings, with the same detector and engine the
 * extension uses.
 */
import { BUNDLED_CHECKLISTS } from '../rules/checklists/index';
import { evaluate } from '../rules/engine';
import { KNOWN_PAYERS, KNOWN_SERVICES } from '../rules/select/page-context';
import { selectChecklists } from '../rules/select/select-checklists';
import type { Checklist, Finding, Snapshot } from '../rules/schema';
import { loadIcd10Cm } from './load-icd10cm';
import { InputError, loadHtmlFile } from './load-html';
import { snapshotOfPage } from './read-fields';

export interface CheckResult {
  /** The path as the user gave it. */
  source: string;
  snapshot: Snapshot;
  checklists: Checklist[];
  findings: Finding[];
}

/** The bundled checklists with these ids, in the order given; InputError names an unknown id. */
export function checklistsById(ids: readonly string[]): Checklist[] {
  return [...new Set(ids)].map((id) => {
    const checklist = BUNDLED_CHECKLISTS.find((candidate) => candidate.id === id);
    if (!checklist) {
      const known = BUNDLED_CHECKLISTS.map((candidate) => candidate.id).join(', ');
      throw new InputError(`unknown checklist "${id}" (known: ${known})`);
    }
    return checklist;
  });
}

export interface CheckOptions {
  /** Payer and service ids that win over what the page shows (see rules/select). */
  payer?: string;
  service?: string;
  /** Check as of this date (YYYY-MM-DD) instead of now. */
  asOf?: string;
}

/** Checks one HTML file against the chosen checklists, or the ones that apply to its fields when none are chosen. */
export async function checkHtmlFile(path: string, checklistIds: readonly string[], options: CheckOptions = {}): Promise<CheckResult> {
  const chosen = checklistIds.length > 0 ? checklistsById(checklistIds) : null;
  for (const [kind, id, known] of [['payer', options.payer, KNOWN_PAYERS], ['service', options.service, KNOWN_SERVICES]] as const) {
    if (id !== undefined && !known.some((entry) => entry.id === id)) {
      throw new InputError(`unknown ${kind} "${id}" (known: ${known.map((entry) => entry.id).join(', ')})`);
    }
  }
  const page = await loadHtmlFile(path);
  try {
    const read = snapshotOfPage(page.document);
    const snapshot = options.asOf ? { ...read, takenAt: `${options.asOf}T12:00:00.000Z` } : read;
    const choice = { ...(options.payer && { payer: options.payer }), ...(options.service && { service: options.service }) };
    const checklists = chosen ?? selectChecklists(snapshot, BUNDLED_CHECKLISTS, choice).checklists;
    return { source: path, snapshot, checklists, findings: evaluate(snapshot, checklists, { icd10cm: await loadIcd10Cm() }) };
  } finally {
    await page.close();
  }
}
