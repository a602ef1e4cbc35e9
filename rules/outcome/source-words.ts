/**
 * How a message names what was read, so one check reads right for a page, a claim file and a document alike
 * ("ClaimLint could not find box 23 in this claim file").
 */
import type { SnapshotSource } from '../schema';

export interface SourceWords {
  /** "on this page", "in this claim file", "in this document" */
  inIt: string;
  /** "This page", "This claim file", "This document": the subject of a sentence. */
  it: string;
}

const WORDS: Record<SnapshotSource['kind'], SourceWords> = {
  page: { inIt: 'on this page', it: 'This page' },
  'claim-file': { inIt: 'in this claim file', it: 'This claim file' },
  document: { inIt: 'in this document', it: 'This document' },
};

export function sourceWords(source: SnapshotSource): SourceWords {
  return WORDS[source.kind];
}
