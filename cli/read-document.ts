/**
 * Letters, plans and notes for the command line: a .txt or .md file (or any file given with --as), or the
 * document a saved page shows, read with rules/document into the engine's fields. A file read whole is judged
 * whole: a component it does not contain becomes an empty field, so checks say it is missing, not "can't tell".
 */
import { open, stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { COMPONENTS_SOUGHT, readDocument } from '../rules/document/read-document';
import { documentFields, type DocumentFields } from '../rules/document/document-fields';
import type { DocumentReading, DocumentWord } from '../rules/document/types';
import type { Snapshot } from '../rules/schema';
import { detectPageContext } from '../rules/select/page-context';
import { loadIcd10Cm } from './load-icd10cm';
import { InputError } from './load-html';
import { markdownToText, type PlainDocument } from './markdown-text';

const TEXT_EXTENSIONS = new Set(['.txt', '.text']);
const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown']);
/** A letter or note runs to a few thousand words (some 20 KB); a bigger file is not one and is refused, not read in part. */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;
const MB = 1024 * 1024;

/** The kinds of document (rules/select/kinds.json) and what each is called as a whole. */
const WORD_OF_KIND: Record<string, DocumentWord> = {
  'letter-of-medical-necessity': 'letter',
  'prior-auth-request': 'letter',
  'appeal-letter': 'letter',
  'plan-of-care': 'plan',
  'psychotherapy-treatment-plan': 'plan',
  'progress-report': 'note',
  'daily-note': 'note',
  'psychotherapy-note': 'note',
};

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
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${path}: no such file`);
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(`${path}: permission denied`);
    throw new InputError(`${path}: cannot read file (${code ?? 'unknown error'})`);
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
  /** "Today" (YYYY-MM-DD) for code validity; default the day of reading. */
  asOf?: string;
  /** Prepended to field keys (a document beside a page's form fields). */
  keyPrefix?: string;
}

export interface DocumentRead {
  /** The text the reader read (Markdown without markup, a page's document text). */
  text: string;
  reading: DocumentReading;
  /** What the document was read as: the components a whole one of it should hold. */
  word: DocumentWord;
  read: DocumentFields;
}

/**
 * Reads a whole document: what it is (--as, or the kind its headings and components show), then its
 * components, with those a whole document of that kind lacks as empty fields.
 */
export async function readWholeDocument(plain: PlainDocument, options: ReadOptions = {}): Promise<DocumentRead> {
  const isDiagnosisCode = await diagnosisCodeTest(options.asOf);
  const read = (word: DocumentWord) => {
    const reading = readDocument(plain.text, { headings: plain.headings, isDiagnosisCode, seek: COMPONENTS_SOUGHT[word], ...(options.asOf && { today: options.asOf }) });
    return { text: plain.text, reading, word, read: documentFields(reading, { keyPrefix: options.keyPrefix ?? 'doc:', word, whole: true }) };
  };
  if (options.as) return read(options.as);
  // The kind comes from the headings and the components found, which the first reading gives.
  const first = read('document');
  // Only what the text holds tells the kind: the empty fields of components not found say nothing about it.
  const found = { ...first.read, fields: first.read.fields.filter((field) => field.value !== '') };
  const kind = detectPageContext(snapshotOf('', '', found, new Date().toISOString())).kind;
  const word = kind ? (WORD_OF_KIND[kind.id] ?? 'document') : 'document';
  return word === 'document' ? first : read(word);
}

/** ICD-10-CM's answer for a code on the day of checking; undefined when the code set is not there. */
async function diagnosisCodeTest(asOf: string | undefined): Promise<(code: string) => boolean | undefined> {
  const lookup = await loadIcd10Cm();
  const day = asOf ?? new Date().toISOString().slice(0, 10);
  return (code) => {
    if (!lookup) return undefined;
    const status = lookup.statusOn(code.replace('.', '').toUpperCase(), day);
    return status === null ? undefined : status !== 'unknown';
  };
}

/** The snapshot of a letter or note file: source document, its headings, its fields. */
export function documentSnapshot(path: string, document: DocumentRead): Snapshot {
  return snapshotOf(pathToFileURL(resolve(path)).href, basename(path), document.read, new Date().toISOString());
}

function snapshotOf(url: string, title: string, read: DocumentFields, takenAt: string): Snapshot {
  return { source: { kind: 'document' }, url, title, takenAt, fields: read.fields, headings: read.headings, lead: read.lead };
}
