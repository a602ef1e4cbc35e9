/**
 * The document reader's shapes: text in, blocks and components out. Pure (no DOM): the content script, the
 * background and the CLI hand it the text of a letter, note or plan of care and map offsets back themselves.
 * Offsets are UTF-16 indices into the exact text given to readDocument, so a page can turn them into Ranges.
 */
import type { ConceptKey } from '../concepts';
import type * as z from 'zod/mini';
import type { documentWordSchema, FieldIndex } from '../schema';

/** What a whole document is called in messages ("The letter does not say …"). */
export type DocumentWord = z.infer<typeof documentWordSchema>;

/** A stretch of the input text: [start, end). */
export interface TextSpan {
  start: number;
  end: number;
}

/** One block of the document: a heading, a paragraph, a list item, or a line of a header / signature block. */
export interface DocumentBlock extends TextSpan {
  kind: 'heading' | 'paragraph' | 'item' | 'line';
  /** The block's text as given (offsets are into the whole input, not into this). */
  text: string;
  /** The text of the heading this block sits under, or null before the first heading. */
  heading: string | null;
}

/** A component the reader found: a concept, its value, and the sentence it came from. */
export interface DocumentComponent {
  concept: ConceptKey;
  /** Diagnoses A–L in the order found; procedure codes 1..n; else null. */
  index: FieldIndex;
  /** The value as the checks read it: a date as written, a code, a name; for prose, the evidence sentence(s). */
  value: string;
  /** The sentence (or line) the value came from, verbatim from the input. */
  evidence: string;
  /** Where the evidence sentence is in the input. */
  span: TextSpan;
  /** 0..1: how sure the reader is of the concept (a labelled "DOB:" line is surer than a date in prose). */
  confidence: number;
}

/** A component the reader looked for and did not find, with the offset where it belongs (a mark's anchor). */
export interface AbsentComponent {
  concept: ConceptKey;
  /** Offset in the input after which the missing component belongs (end of the block it would follow). */
  anchor: number;
}

/** Where a document's header, body and text end: where a missing component belongs. */
export interface DocumentLayout {
  /** End of the header (letterhead, date, address, RE line): where a missing date or patient belongs. */
  headerEnd: number;
  /** End of the last block of the body, before the closing and signature. */
  bodyEnd: number;
  textEnd: number;
}

export interface DocumentReading {
  blocks: DocumentBlock[];
  components: DocumentComponent[];
  absent: AbsentComponent[];
  /** Kept so the absent list can be drawn up again for another kind of document (soughtAgain) without re-reading. */
  layout: DocumentLayout;
}

export interface ReadDocumentOptions {
  /**
   * Spans the page marked as headings (h1–h6, bold lines), in addition to what the text itself shows
   * (a short line ending in ":", an all-caps line, a Markdown "#").
   */
  headings?: TextSpan[];
  /**
   * Whether a code that has ICD-10-CM's shape is in the bundled code set: true / false, or undefined when the
   * set is not loaded (then only the shape and the words around it count).
   */
  isDiagnosisCode?: (code: string) => boolean | undefined;
  /** "Today" for relative dates, ISO (the snapshot's takenAt). */
  today?: string;
  /**
   * The components a whole document of this kind should hold: what `absent` lists when not found. Default:
   * COMPONENTS_SOUGHT.document (what every letter, note and plan shares); pass COMPONENTS_SOUGHT.letter etc.
   */
  seek?: readonly ConceptKey[];
}
