/**
 * The field detector's entry point, shared by the content script (real Chromium) and the CLI (happy-dom):
 * find candidate fields, read their signals, classify, read values, locate. Read-only: it never focuses,
 * writes attributes or values, or dispatches events, so checking a page cannot change what gets submitted.
 */
import type { Field, FieldIndex, Snapshot } from '../../rules/schema';
import { findCandidates } from './candidates';
import { classifyField, type Classification } from './classify-field';
import { normalizeRepeatIndexes } from './field-index';
import { readFieldValue } from './field-value';
import { readFieldClues } from './label-text';
import { ScanCache } from './scan-cache';
import { findByLocator, selectorFor } from './selector';

/** More candidates than this are not read; the snapshot says so (truncated) instead of stalling the page. */
export const DEFAULT_FIELD_LIMIT = 5000;

export interface CollectOptions {
  /** The frame the document belongs to; 0 for the top frame. */
  frameId?: number;
  /** Most candidate elements read; default DEFAULT_FIELD_LIMIT. */
  limit?: number;
}

export interface CollectResult {
  fields: Field[];
  /** Present when the page had more candidates than `limit`. */
  truncated?: { limit: number; seen: number };
}

/**
 * Every field of `doc` that maps to a concept, in document order. Keys ("f0", "f7", ...) number the candidate
 * elements in document order, so they stay the same when classification changes but the page does not.
 */
export function collectFields(doc: Document, options: CollectOptions = {}): CollectResult {
  const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_FIELD_LIMIT));
  const frameId = options.frameId ?? 0;
  const cache = new ScanCache(doc);
  const candidates = findCandidates(doc);
  const read = candidates.slice(0, limit);

  const classified: Array<Classification & { candidateIndex: number }> = [];
  read.forEach((candidate, candidateIndex) => {
    const classification = classifyField(readFieldClues(candidate, cache));
    if (classification) classified.push({ ...classification, candidateIndex });
  });
  normalizeRepeatIndexes(classified);

  const fields = classified.map((entry): Field => {
    const candidate = read[entry.candidateIndex]!;
    const element = candidate.element;
    return {
      key: `f${entry.candidateIndex}`,
      concept: entry.concept,
      index: entry.index as FieldIndex,
      kind: candidate.kind,
      value: readFieldValue(candidate, cache),
      label: entry.label,
      confidence: entry.confidence,
      evidence: entry.evidence,
      locator: {
        frameId,
        selector: selectorFor(element, cache).slice(0, 2000),
        name: element.getAttribute('name'),
        id: element.getAttribute('id'),
      },
    };
  });
  return candidates.length > limit ? { fields, truncated: { limit, seen: candidates.length } } : { fields };
}

/** A full snapshot of `doc`: its URL and title, the time, and the fields collectFields finds. */
export function takeSnapshot(doc: Document, options: CollectOptions = {}): Snapshot {
  const { fields, truncated } = collectFields(doc, options);
  const snapshot: Snapshot = {
    url: doc.URL.slice(0, 10_000),
    title: (doc.title ?? '').slice(0, 2_000),
    takenAt: new Date().toISOString(),
    fields,
  };
  if (truncated) snapshot.truncated = truncated;
  return snapshot;
}

/** Field key -> element, re-resolved through each field's selector; fields whose element is gone are left out. */
export function buildFieldIndex(doc: Document, fields: readonly Field[]): Map<string, Element> {
  const index = new Map<string, Element>();
  for (const field of fields) {
    const element = findByLocator(doc, field.locator.selector);
    if (element) index.set(field.key, element);
  }
  return index;
}
