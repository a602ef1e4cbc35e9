/**
 * A claim file the tab shows, checked claim by claim with the readers the command line uses. Imported lazily by
 * claim-file-tab.ts, so the readers' module is evaluated only when a tab first shows a claim file.
 */
import type { Snapshot } from '../../rules/schema';
import { fhirClaims, x12Claims, type ClaimRead } from '../../utils/claim-files/claim-read';
import { MAX_CLAIM_FILE_TEXT, MAX_CLAIMS_IN_BROWSER, mustAskFirst, type ClaimEntry, type ClaimFileMessage, type ClaimFileView } from '../../utils/messages';
import type { TabCheck } from './tab-results';

export interface CheckedClaimFile {
  view: ClaimFileView;
  /** The selected claim as read and checked; absent when the file was not read or that claim is not checked. */
  selected?: { snapshot: Snapshot; check: TabCheck };
}

type ClaimFileInput = Pick<ClaimFileMessage, 'format' | 'text' | 'characters' | 'url' | 'takenAt'>;

/**
 * Reads every claim of the file (at most MAX_CLAIMS_IN_BROWSER), checks each with `check`, and keeps the full
 * check of claim `wanted` (the first claim when the file has no such position). A claim the reader does not
 * check (an institutional claim, say) is listed with its reason, never counted as passing.
 */
export async function checkClaimFile(file: ClaimFileInput, wanted: number, check: (snapshot: Snapshot) => TabCheck): Promise<CheckedClaimFile> {
  const format = file.format === 'x12' ? 'x12-837p' : 'fhir-json';
  const notices: string[] = [];
  if (file.text === undefined) return { view: unreadView(format, tooLarge(file.characters)) };
  const claims: ClaimEntry[] = [];
  let first: CheckedClaimFile['selected'];
  let chosen: CheckedClaimFile['selected'];
  let more = false;
  try {
    for await (const claim of readClaims(file.format, file.text, file.url, notices, file.takenAt)) {
      if (claims.length === MAX_CLAIMS_IN_BROWSER) {
        more = true;
        break;
      }
      const checked = claim.notChecked === undefined ? { snapshot: claim.snapshot, check: check(claim.snapshot) } : undefined;
      claims.push(entryFor(claim, checked));
      first ??= claims.length === 1 ? checked : undefined;
      if (claim.position === wanted) chosen = checked;
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (claims.length === 0) return { view: unreadView(format, reason) };
    // Claims read before the reader stopped are still shown; the rest of the file is said to be unread.
    notices.push(`ClaimLint stopped reading after claim ${claims.length}: ${reason}`);
  }
  if (claims.length === 0) return { view: unreadView(format, 'The file holds no claim.') };
  const inRange = claims.some((claim) => claim.position === wanted);
  const selected = inRange ? wanted : claims[0]!.position;
  if (more) {
    notices.push(`ClaimLint lists the first ${MAX_CLAIMS_IN_BROWSER.toLocaleString('en-US')} claims of a file in the browser; this one holds more. `
      + 'The command line checks them all: claimlint check <file>.');
  }
  const view: ClaimFileView = { format, claims, selected, more, notices: [...new Set(notices)] };
  const kept = inRange ? chosen : first;
  return kept ? { view, selected: kept } : { view };
}

function readClaims(format: ClaimFileMessage['format'], text: string, url: string, notices: string[], takenAt: string): AsyncIterable<ClaimRead> | Iterable<ClaimRead> {
  // A byte-order mark (some Windows tools write one) is not content, in X12 or JSON.
  const content = text.replace(/^\uFEFF/, '');
  return format === 'x12' ? x12Claims(content, url, notices, takenAt) : fhirClaims(parseJson(content), url, notices, takenAt);
}

function entryFor(claim: ClaimRead, checked: CheckedClaimFile['selected']): ClaimEntry {
  const base = {
    position: claim.position, claimId: claim.claimId, title: claim.snapshot.title,
    ...(claim.snapshot.source.kind === 'document' && { documentation: true as const }),
  };
  if (!checked) return { ...base, notChecked: claim.notChecked ?? 'ClaimLint did not check it.', fail: 0, cantTell: 0, unsure: false };
  const { check: { checklists, findings, context } } = checked;
  return {
    ...base,
    fail: findings.filter((finding) => finding.status === 'fail').length,
    cantTell: findings.filter((finding) => finding.status === 'cantTell').length,
    unsure: mustAskFirst({ checklists, fieldCount: checked.snapshot.fields.length, context }),
  };
}

function unreadView(format: ClaimFileView['format'], unread: string): ClaimFileView {
  return { format, claims: [], selected: 0, more: false, notices: [], unread };
}

function tooLarge(characters: number): string {
  const megabytes = (characters / 1_000_000).toFixed(1);
  return `This file is ${megabytes} MB; ClaimLint reads claim files of up to ${MAX_CLAIM_FILE_TEXT / 1_000_000} MB in the browser. `
    + 'Check it with the command line instead: claimlint check <file>.';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    // The parser's message can quote the file's text (patient data); only its position is kept.
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    throw new Error(`This file is not valid JSON${position ? ` (at character ${position})` : ''}.`);
  }
}
