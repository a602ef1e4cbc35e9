/**
 * How much of a huge page a scan reads. A page with more form controls than a scan may read (a generated
 * 50,000-row grid) is read only up to the control after twice the limit: the walks, table grids and label
 * lookups then cost what that first part costs, not what the page costs. Twice, because radios and checkboxes
 * of one group are one field, so the first `limit` fields can take more than `limit` controls.
 */

import { CANDIDATE_CONTROLS } from './candidates';

export interface ScanWindow {
  /** The first element not read, or null when the whole page is read. */
  end: Element | null;
  /** Controls on the whole page (light DOM), counted natively; 0 when the page is read whole. */
  controls: number;
}

export function scanWindowFor(doc: Document, limit: number): ScanWindow {
  // The tag counts are an upper bound the browser answers quickly; the exact (slower) query runs only on a page
  // that may be too large.
  const upperBound = ['input', 'select', 'textarea'].reduce((sum, tag) => sum + doc.getElementsByTagName(tag).length, 0);
  const contentEditable = upperBound > limit * 2 ? 0 : doc.querySelectorAll('[contenteditable]').length;
  if (upperBound + contentEditable <= limit * 2) return { end: null, controls: 0 };
  // The controls a field can be made of, counted by the browser's own selector engine (light DOM only).
  const controls = doc.querySelectorAll(CANDIDATE_CONTROLS);
  return { end: controls.item(limit * 2) ?? null, controls: controls.length };
}
