/**
 * Letters, plans and notes files for the command line: a .txt or .md file (or any file given with --as), read
 * the way the browser reads a document (utils/page-documents.ts) into the engine's fields. A file read whole is
 * judged whole: a component it does not contain becomes an empty field, so checks say it is missing, not "can't
 * tell". The document a saved page shows is read by cli/page-document.ts.
 */
import { open, stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentFields } from '../rules/document/document-fields';
import type { DocumentWord } from '../rules/document/types';
import type { Snapshot } from '../rules/schema';
import { diagnosisCodeTest, readWholeDocument, type DocumentRead, type ReadDocumentsOptions } from '../utils/page-documents';
import { loadIcd10Cm } from './load-icd10cm';
import { asInputError, InputError } from './load-html';
import { markdownToText, type PlainDocument } from './markdown-text';

export type { DocumentRead };

const TEXT_EXTENSIONS = new Set(['.txt', '.text']);
const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown']);
/** A letter or note runs to a few thousand words (some 20 KB); a bigger file is not one and is refused, not read in part. */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;
const MB = 1024 * 1024;

/** True for a path read as a letter or note by its extension: .txt, .text, .md, .markdown. */
export function isDocumentPath(path: string): boolean {
  const extension = extname(path).toLowerCase();
  return TEXT_EXTENSIONS.has(extension) || MARKDOWN_EXTENSIONS.has(extension);
}

/** The first bytes of a file as text, to tell an X12 claim saved as .txt from a letter before the size cap applies. */
export async function readHead(path: string, bytes = 4096): Promise<string> {
  try {
    const file = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(bytes);
      const { bytesRead } = await file.read(buffer, 0, bytes, 0);
      return buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await file.close();
    }
  } catch {
    // readDocumentText or readClaimFile then says what is wrong with the file, in one line.
    return '';
  }
}

/**
 * A letter or note file's text as the reader reads it (Markdown without its markup). InputError, on one line,
 * for a missing, empty, binary or oversized file.
 */
export async function readDocumentText(path: string): Promise<PlainDocument> {
  const bytes = await readCapped(path);
  const text = decodeText(path, bytes);
  return MARKDOWN_EXTENSIONS.has(extname(path).toLowerCase()) ? markdownToText(text) : { text, headings: [] };
}

async function readCapped(path: string): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(`${path}: is a directory, not a file`);
    if (info.size > MAX_DOCUMENT_BYTES) {
      throw new InputError(`${path}: file too large (${(info.size / MB).toFixed(2)} MB); ClaimLint reads letters and notes up to ${MAX_DOCUMENT_BYTES / MB} MB`);
    }
    const file = await open(path, 'r');
    try {
      return await file.readFile();
    } finally {
      await file.close();
    }
  } catch (error) {
    throw asInputError(path, error);
  }
}


/** UTF-8 text, or InputError for a file that is empty or is not text (a PDF, a Word file, an image). */
export function decodeText(path: string, bytes: Uint8Array): string {
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) throw new InputError(`${path}: not a text file (binary content); save the letter or note as .txt, .md or .html`);
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // A few stray bytes happen in pasted text; many undecodable or control characters mean it is not text.
  const head = text.slice(0, 8192);
  const odd = (head.match(/[\uFFFD\u0001-\u0008\u000E-\u001F]/g) ?? []).length;
  if (head.length > 0 && odd / head.length > 0.05) {
    throw new InputError(`${path}: not a text file (binary content); save the letter or note as .txt, .md or .html`);
  }
  if (text.trim() === '') throw new InputError(`${path}: the file is empty; there is no letter or note to check`);
  return text;
}

export interface ReadOptions {
  /** What the user says the document is (--as); else it is told from the content. */
  as?: DocumentWord;
  /** "Today" (YYYY-MM-DD) for code validity and the letter's age; default the day of reading. */
  asOf?: string;
}

/** How the command line reads documents: with the bundled ICD-10-CM table on the day checked, and --as. */
export async function documentReadOptions(options: ReadOptions): Promise<ReadDocumentsOptions & { today: string }> {
  const today = options.asOf ?? new Date().toISOString();
  const isDiagnosisCode = diagnosisCodeTest(await loadIcd10Cm(), today);
  return { today, ...(isDiagnosisCode && { isDiagnosisCode }), ...(options.as && { as: options.as }) };
}

/**
 * A .txt or .md letter or note read whole, the way the browser reads a letter in an editor
 * (utils/page-documents.ts): what it is (--as, or the kind its headings and components show), then its
 * components, with those a whole document of that kind lacks as empty fields.
 */
export async function readTextDocument(plain: PlainDocument, options: ReadOptions = {}): Promise<DocumentRead> {
  const { today, ...read } = await documentReadOptions(options);
  return readWholeDocument({ keyPrefix: 'doc:', text: plain.text, headings: plain.headings, word: 'document', label: '' }, today, read);
}

/** The snapshot of a letter or note file: source document, its headings, its fields. */
export function documentSnapshot(path: string, document: DocumentRead): Snapshot {
  return snapshotOf(pathToFileURL(resolve(path)).href, basename(path), document.read, new Date().toISOString());
}

function snapshotOf(url: string, title: string, read: DocumentFields, takenAt: string): Snapshot {
  return { source: { kind: 'document' }, url, title, takenAt, fields: read.fields, headings: read.headings, lead: read.lead };
}
