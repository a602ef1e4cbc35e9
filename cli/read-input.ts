/**
 * Inputs other than one named file: standard input (`claimlint check -`), told by its content what it is, and a
 * folder (`claimlint check claims/`), whose files are checked in name order.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Snapshot } from '../rules/schema';
import { claimFileOf, looksLikeClaimFile } from './load-claim-file';
import { InputError, loadHtmlText } from './load-html';
import { readSavedPage } from './page-document';
import { decodeText, readTextDocument } from './read-document';
import { checkOne, type CheckOptions, type OpenedInput } from './run-check';

/** The address standard input's snapshots are read at (a page's links and the snapshot's url need one). */
const STDIN_URL = 'file:///dev/stdin';

/** All of standard input. InputError when it is a terminal: there is nothing piped in to read. */
export async function readStandardInput(stdin: AsyncIterable<Uint8Array | string> & { isTTY?: boolean }): Promise<Uint8Array> {
  if (stdin.isTTY) throw new InputError('check - reads standard input: pipe a file into it (claimlint check - < claims.837)');
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/**
 * Standard input as what its content shows: an X12 837 or FHIR JSON is a claim file, HTML a saved page, any other
 * text a letter, plan or note (--as says which when its words do not).
 */
export async function openStandardInput(bytes: Uint8Array, chosen: string[] | null, options: CheckOptions): Promise<OpenedInput> {
  const text = decodeText('standard input', bytes);
  if (!options.as && looksLikeClaimFile(text)) return { kind: 'claims', file: claimFileOf('standard input', text, STDIN_URL) };
  if (!options.as && /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text)) {
    const page = await loadHtmlText(text, STDIN_URL);
    try {
      const { snapshot, document } = await readSavedPage(page.document, options);
      return { kind: 'result', result: { ...(await checkOne('-', snapshot, chosen, options)), document } };
    } finally {
      await page.close();
    }
  }
  const read = await readTextDocument({ text, headings: [] }, options);
  const snapshot: Snapshot = {
    source: { kind: 'document' }, url: STDIN_URL, title: 'standard input', takenAt: new Date().toISOString(),
    fields: read.read.fields, headings: read.read.headings, lead: read.read.lead,
  };
  return { kind: 'result', result: { ...(await checkOne('-', snapshot, chosen, options)), document: read } };
}

/** Every file under a folder, in name order, folders' files in place; hidden files and folders are left out. */
export async function filesUnder(folder: string): Promise<string[]> {
  const entries = (await readdir(folder, { withFileTypes: true })).filter((entry) => !entry.name.startsWith('.'));
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(path)));
    else if (entry.isFile() || (entry.isSymbolicLink() && (await stat(path).catch(() => null))?.isFile())) files.push(path);
  }
  return files;
}

/** True when the path names a folder. */
export async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}
