/**
 * The check itself: saved page or claim file -> snapshot(s) -> checklists -> findings, with the same detector
 * and engine the extension uses.
 */
import { BUNDLED_CHECKLISTS } from '../rules/checklists/index';
import { checklistsWithIds, checkSnapshot } from '../rules/check-snapshot';
import type { CompiledChecklist } from '../rules/compile-checklist';
import type { Choice } from '../rules/select/choice';
import { KNOWN_KINDS } from '../rules/select/document-kind';
import { KNOWN_PAYERS, KNOWN_SERVICES, OTHER_PAYER } from '../rules/select/page-context';
import type { Finding, Snapshot } from '../rules/schema';
import type { DocumentWord } from '../rules/document/types';
import { detectPageContext } from '../rules/select/page-context';
import { isPagePath, type ClaimFile } from './load-claim-file';
import { loadIcd10Cm } from './load-icd10cm';
import { loadNcci } from './load-ncci';
import { InputError, loadHtmlFile } from './load-html';
import { readSavedPage } from './page-document';
import { readDocumentOrClaim, renderedPage } from './read-fields';
import type { DocumentRead } from './read-document';

export interface CheckResult {
  /** The path as the user gave it. */
  source: string;
  snapshot: Snapshot;
  checklists: CompiledChecklist[];
  /** What it was checked as (payer, kind), whether that is certain, and where each was read. */
  choice: Choice;
  findings: Finding[];
  /** The letter or note read, when the file is one or the page shows one. */
  document?: DocumentRead | null;
}

/** The bundled checklists with these ids, in the order given; InputError names an unknown id. */
export function checklistsById(ids: readonly string[]): CompiledChecklist[] {
  try {
    return checklistsWithIds(BUNDLED_CHECKLISTS, ids);
  } catch (error) {
    // The same one line ("unknown checklist … (known: …)"), as bad input: exit status 2.
    throw new InputError(error instanceof Error ? error.message : String(error));
  }
}

export interface CheckOptions {
  /** Payer and service ids that win over what the page shows (see rules/select). */
  payer?: string;
  service?: string;
  /** A kind of document (rules/select/kinds.json) that wins over the one the page shows. */
  documentKind?: string;
  /** Check as of this date (YYYY-MM-DD) instead of now. */
  asOf?: string;
  /** Read the page in headless Chromium after its scripts ran (cli/render-page.ts), not as static HTML. */
  render?: boolean;
  /** The file is a letter, note or plan (--as), whatever its extension. */
  as?: DocumentWord;
}

/** Checks one HTML file against the chosen checklists, or the ones that apply to its fields when none are chosen. */
export async function checkHtmlFile(path: string, checklistIds: readonly string[], options: CheckOptions = {}): Promise<CheckResult> {
  return checkPage(path, chosenChecklists(checklistIds, options), options);
}

async function checkPage(path: string, chosen: string[] | null, options: CheckOptions): Promise<CheckResult> {
  const page = await loadHtmlFile(path);
  try {
    const { snapshot, document } = await readSavedPage(page.document, options);
    return { ...(await checkOne(path, snapshot, chosen, options)), document };
  } finally {
    await page.close();
  }
}

/**
 * Checks a saved page (one result) or a claim file (one result per claim checked, in file order, with the claim's
 * id; claims the reader does not check are left out). For scripts and tests over small files: `claimlint check` goes through
 * cli/check-command.ts, which checks a batch claim by claim without holding the results.
 */
export async function checkFile(path: string, checklistIds: readonly string[], options: CheckOptions = {}): Promise<{ results: CheckResult[]; claimIds: (string | null)[] }> {
  const chosen = chosenChecklists(checklistIds, options);
  const unit = await openInput(path, chosen, options);
  if (unit.kind === 'result') return { results: [unit.result], claimIds: [null] };
  const results: CheckResult[] = [];
  // Each claim's id as its reader names it (837 CLM01, the FHIR Claim's identifier), beside its result.
  const claimIds: (string | null)[] = [];
  for await (const read of unit.file.claims) {
    if (read.notChecked) continue;
    results.push(await checkOne(path, read.snapshot, chosen, options));
    claimIds.push(read.claimId);
  }
  return { results, claimIds };
}

/** What one input is: a page or document already checked, or a claim file whose claims are yet to be read. */
export type OpenedInput = { kind: 'result'; result: CheckResult } | { kind: 'claims'; file: ClaimFile };

/** Opens a saved page, a letter or note (checked at once) or a claim file (opened, its claims not yet read). */
export async function openInput(path: string, chosen: string[] | null, options: CheckOptions): Promise<OpenedInput> {
  if (options.render) return { kind: 'result', result: await checkOne(path, await renderedPage(path), chosen, options) };
  if (isPagePath(path)) return { kind: 'result', result: await checkPage(path, chosen, options) };
  const read = await readDocumentOrClaim(path, options);
  if (read.document) {
    return { kind: 'result', result: { ...(await checkOne(path, read.document.snapshot, chosen, options)), document: read.document.read } };
  }
  return { kind: 'claims', file: read.claims };
}

/** The checklists named on the command line (null: choose from each snapshot); InputError for unknown ids. */
export function chosenChecklists(checklistIds: readonly string[], options: CheckOptions): string[] | null {
  const chosen = checklistIds.length > 0 ? checklistsById(checklistIds).map((checklist) => checklist.id) : null;
  const named = [
    ['payer', options.payer, [...KNOWN_PAYERS, OTHER_PAYER]],
    ['service', options.service, KNOWN_SERVICES],
    ['kind', options.documentKind, KNOWN_KINDS],
  ] as const;
  for (const [kind, id, known] of named) {
    if (id !== undefined && !known.some((entry) => entry.id === id)) {
      throw new InputError(`unknown ${kind} "${id}" (known: ${known.map((entry) => entry.id).join(', ')})`);
    }
  }
  return chosen;
}

/** Checks one snapshot with the chosen checklists (null: those that apply) and the bundled code tables. */
export async function checkOne(source: string, read: Snapshot, chosen: string[] | null, options: CheckOptions): Promise<CheckResult> {
  const snapshot = options.asOf ? { ...read, takenAt: `${options.asOf}T12:00:00.000Z` } : read;
  const kind = options.documentKind ?? kindSaidBy(options.as, snapshot);
  const { checklists, choice, findings } = checkSnapshot(snapshot, {
    checklists: BUNDLED_CHECKLISTS,
    choice: {
      ...(options.payer && { payer: options.payer }),
      ...(options.service && { service: options.service }),
      ...(kind && { kind }),
      ...(chosen && { checklistIds: chosen }),
    },
    references: { icd10cm: await loadIcd10Cm(), ncci: await loadNcci() },
  });
  return { source, snapshot, checklists, choice, findings };
}

/**
 * The kind --as says, when the document itself does not settle it: a letter is a letter of medical necessity,
 * a plan a plan of care, a note a daily note (a psychotherapy note when the service is psychotherapy).
 */
function kindSaidBy(as: DocumentWord | undefined, snapshot: Snapshot): string | undefined {
  if (as === undefined || as === 'document') return undefined;
  const context = detectPageContext(snapshot);
  if (context.kind?.certain) return undefined;
  if (as === 'letter') return 'letter-of-medical-necessity';
  if (as === 'plan') return 'plan-of-care';
  return context.services.some((service) => service.id === 'psychotherapy') ? 'psychotherapy-note' : 'daily-note';
}
