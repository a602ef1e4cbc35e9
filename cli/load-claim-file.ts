/**
 * Claim files for the command line: an X12 837P professional claim or FHIR JSON (a Claim, a Bundle such as a
 * Da Vinci PAS prior-authorization request, or clinical resources). Which one is decided by the content, not
 * only the extension: billers save 837 files as .txt, .dat, .edi or with no extension at all. Claims are read
 * only through the shared contract (utils/claim-files/claim-read.ts), one at a time, with no size limit: the
 * caller checks each claim as it comes and keeps only what its summary needs.
 */
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fhirClaimsOneAtATime, x12Claims, x12ClaimsFromChunks, type ClaimRead } from '../utils/claim-files/claim-read';
import { looksLikeX12 } from '../utils/claim-files/x12-837p';
import { asInputError, InputError } from './load-html';

const PAGE_EXTENSIONS = new Set(['.html', '.htm']);

export type ClaimFormat = 'x12-837p' | 'fhir-json';

export interface ClaimFile {
  format: ClaimFormat;
  /** The claims in file order, as the reader yields them. Errors thrown while reading are InputErrors. */
  claims: AsyncIterable<ClaimRead>;
  /** What the file as a whole needs said (a version read with a caveat, …), filled while `claims` is read. */
  notices: string[];
}

/** True for a path the CLI reads as a saved page (.html, .htm); anything else is tried as a claim file. */
export function isPagePath(path: string): boolean {
  return PAGE_EXTENSIONS.has(extname(path).toLowerCase());
}

/**
 * An X12 file over this size is read from disk in chunks, claim by claim, so memory follows one claim and not the
 * file (a clearinghouse batch may run to hundreds of megabytes); a smaller one is read whole, so each claim's
 * title can say "n of N".
 */
export const STREAM_X12_FROM_BYTES = 16 * 1024 * 1024;

/** Opens a claim file on disk. InputError says what is wrong. */
export async function readClaimFile(path: string, { streamFromBytes = STREAM_X12_FROM_BYTES } = {}): Promise<ClaimFile> {
  const url = pathToFileURL(resolve(path)).href;
  const size = await sizeOf(path);
  if (size > streamFromBytes && looksLikeX12((await readHead(path)).replace(/^\uFEFF/, ''))) {
    const notices: string[] = [];
    const chunks = createReadStream(path, { encoding: 'utf8', highWaterMark: 1024 * 1024 }) as AsyncIterable<string>;
    return { format: 'x12-837p', claims: readingAs(path, x12ClaimsFromChunks(withoutByteOrderMark(chunks), url, notices)), notices };
  }
  return claimFileOf(path, await readWholeText(path), url);
}

async function* withoutByteOrderMark(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let first = true;
  for await (const chunk of chunks) {
    yield first ? chunk.replace(/^\uFEFF/, '') : chunk;
    first = false;
  }
}

async function sizeOf(path: string): Promise<number> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(`${path}: is a directory, not a file`);
    return info.size;
  } catch (error) {
    throw asInputError(path, error);
  }
}

/** The first 4 KB: enough for the ISA header that tells an X12 file. */
async function readHead(path: string): Promise<string> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await file.close();
  }
}

/**
 * A claim file's text, from disk or standard input: its format told from the content (an extension only breaks
 * the tie for JSON), and its claims read lazily. `name` is what error messages call it.
 */
export function claimFileOf(name: string, raw: string, url: string): ClaimFile {
  // A byte-order mark (some Windows tools write one) is not content, in X12 or JSON.
  const text = raw.replace(/^\uFEFF/, '');
  const notices: string[] = [];
  if (formatOf(name, text) === 'x12') return { format: 'x12-837p', claims: readingAs(name, x12Claims(text, url, notices)), notices };
  const json = parseJson(name, text);
  return { format: 'fhir-json', claims: readingAs(name, fhirClaimsLazily(json, url, notices)), notices };
}

/** A FHIR file's claims read as they are iterated (one snapshot at a time), so its errors surface there. */
async function* fhirClaimsLazily(json: unknown, url: string, notices: string[]): AsyncGenerator<ClaimRead> {
  yield* fhirClaimsOneAtATime(json, url, notices);
}

/** The reader's errors (not an 837P, a ClaimResponse, …) as one-line InputErrors that name the file. */
async function* readingAs(name: string, claims: AsyncIterable<ClaimRead>): AsyncGenerator<ClaimRead> {
  try {
    yield* claims;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** True when the text is an X12 file or JSON, the two claim formats, rather than a letter or a page. */
export function looksLikeClaimFile(text: string): boolean {
  return looksLikeX12(text) || isJsonText(text);
}

function isJsonText(text: string): boolean {
  // An RTF letter starts with "{" too; it is not JSON.
  return /^\s*[{[]/.test(text) && !/^\s*\{\\rtf/.test(text);
}

function formatOf(name: string, text: string): 'x12' | 'fhir' {
  if (looksLikeX12(text)) return 'x12';
  if (isJsonText(text) || extname(name).toLowerCase() === '.json') return 'fhir';
  const extension = extname(name);
  throw new InputError(
    `${name}: unknown format ${extension ? `"${extension}"` : '(no extension)'}; ClaimLint reads saved pages (.html, .htm), ` +
      'letters and notes (.txt, .md; another file with --as letter|note|plan), X12 837P claim files and FHIR JSON',
  );
}

function parseJson(name: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    // The parser's message can quote the file's text (patient data); only its position is kept.
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    throw new InputError(`${name}: not valid JSON${position ? ` (at character ${position})` : ''}`);
  }
}

/** A claim file's whole text, however large: a clearinghouse batch may run to hundreds of megabytes. */
async function readWholeText(path: string): Promise<string> {
  try {
    if ((await stat(path)).isDirectory()) throw new InputError(`${path}: is a directory, not a file`);
    return await readFile(path, 'utf8');
  } catch (error) {
    throw asInputError(path, error);
  }
}
