/**
 * Claim files for the command line: an X12 837P professional claim or FHIR JSON (a Claim, a Bundle such as a
 * Da Vinci PAS prior-authorization request, or clinical resources). Which one is decided by the content, not
 * only the extension: billers save 837 files as .txt, .dat, .edi or with no extension at all.
 */
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Snapshot } from '../rules/schema';
import { readFhirJson } from '../utils/claim-files/fhir-claim';
import { looksLikeX12, readX12_837PUpTo } from '../utils/claim-files/x12-837p';
import { InputError, readText } from './load-html';

const PAGE_EXTENSIONS = new Set(['.html', '.htm']);
/** Claims checked from one file; a bigger batch is checked in part, and the CLI says so. */
export const MAX_CLAIMS_PER_FILE = 5_000;

export interface ClaimFile {
  /** The first MAX_CLAIMS_PER_FILE claims (documentation-only FHIR gives one snapshot). */
  snapshots: Snapshot[];
  /** How many claims the file holds; more than snapshots.length when it was read in part. */
  claimsInFile: number;
}

/** True for a path the CLI reads as a saved page (.html, .htm); anything else is tried as a claim file. */
export function isPagePath(path: string): boolean {
  return PAGE_EXTENSIONS.has(extname(path).toLowerCase());
}

/** One snapshot per claim in the file (documentation-only FHIR gives one). InputError says what is wrong. */
export async function readClaimFile(path: string): Promise<ClaimFile> {
  // A byte-order mark (some Windows tools write one) is not content, in X12 or JSON.
  const text = (await readText(path)).replace(/^\uFEFF/, '');
  const url = pathToFileURL(resolve(path)).href;
  const kind = formatOf(path, text);
  try {
    if (kind === 'x12') return readX12_837PUpTo(text, url, MAX_CLAIMS_PER_FILE);
    const snapshots = readFhirJson(parseJson(path, text), url);
    return { snapshots: snapshots.slice(0, MAX_CLAIMS_PER_FILE), claimsInFile: snapshots.length };
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function formatOf(path: string, text: string): 'x12' | 'fhir' {
  if (looksLikeX12(text)) return 'x12';
  // An RTF letter starts with "{" too; it is not JSON.
  if ((/^\s*\{/.test(text) && !/^\s*\{\\rtf/.test(text)) || extname(path).toLowerCase() === '.json') return 'fhir';
  const extension = extname(path);
  throw new InputError(
    `${path}: unknown format ${extension ? `"${extension}"` : '(no extension)'}; ClaimLint reads saved pages (.html, .htm), ` +
      'letters and notes (.txt, .md; another file with --as letter|note|plan), X12 837P claim files and FHIR JSON',
  );
}

function parseJson(path: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    // The parser's message can quote the file's text (patient data); only its position is kept.
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    throw new InputError(`${path}: not valid JSON${position ? ` (at character ${position})` : ''}`);
  }
}

/** What the CLI says when a file held more claims than it checked. */
export function claimsNotice(file: ClaimFile): string | null {
  if (file.claimsInFile <= file.snapshots.length) return null;
  const checked = file.snapshots.length.toLocaleString('en-US');
  return `File too large: ClaimLint checked the first ${checked} of ${file.claimsInFile.toLocaleString('en-US')} claims. Claims further down are not checked.`;
}
