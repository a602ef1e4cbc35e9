/**
 * The field detector's entry point, shared by the content script (real Chromium) and the CLI (happy-dom):
 * find candidate fields (form controls, also in open shadow roots; read-only document sections and label/value
 * pairs), read their signals, classify (a user's mapping, then a site adapter's, then heuristics), read values,
 * locate. Read-only: it never focuses, writes attributes or values, or dispatches events, so checking a page
 * cannot change what gets submitted.
 */
import type { Field, FieldIndex, FieldPlace, Snapshot } from '../../rules/schema';
import { findCandidatesSteps, kindOf, type CandidateField } from './candidates';
import { classifyField, type Classification } from './classify-field';
import type { ControlEdits, ScannedControl } from './control-edits';
import { splitCredentials } from './credentials';
import { classifyDocumentPart, classifySectionHeader, findDocumentPartsSteps } from './document-fields';
import { MAX_PAGE_DOCUMENTS, type PageDocument } from '../messages';
import { pageDocumentOf, renderedDocumentSteps, type DocumentRegion } from './document-regions';
import { containsOf } from './dom-builtins';
import { normalizeRepeatIndexes } from './field-index';
import { readFieldValue } from './field-value';
import { readFieldClues } from './label-text';
import { resolveOverrides, type FieldOverride } from './overrides';
import { dictated, inherited, readControlSteps, type ReadField } from './read-control';
import { ScanCache } from './scan-cache';
import { collectHeadings } from './page-headings';
import { readWizardStep } from './wizard-step';
import { scanWindowFor } from './scan-window';
import { findByLocator, locatorSelectorFor } from './selector';
import { readGridCells } from './grid-cells';
import { FIELD_STEP, type Steps } from './steps';

/** More candidates than this are not read; the snapshot says so (truncated) instead of stalling the page. */
export const DEFAULT_FIELD_LIMIT = 5000;

export interface CollectOptions {
  /** Most candidate elements read; default DEFAULT_FIELD_LIMIT. */
  limit?: number;
  /** A bundled site adapter's mappings (see adapterOverridesFor); they win over heuristics. */
  adapterOverrides?: readonly FieldOverride[];
  /** The user's own mappings for this site; they win over adapters and heuristics. */
  userOverrides?: readonly FieldOverride[];
}

export interface CollectResult {
  fields: Field[];
  /** Field key -> where it was found (control kind, selector, name/id, evidence), beside the engine's view. */
  places: Record<string, FieldPlace>;
  /** Field key -> the element it was read from, for marks and go-to-field without locating it again. */
  elements: Map<string, Element>;
  /** Whole documents (a letter in an editor, a rendered letter): their text for the reader, their region here. */
  documents: FoundDocument[];
  /** Present when the page had more candidates than `limit`. */
  truncated?: { limit: number; seen: number };
  /** What reading an edited control again needs (control-edits.ts); valid until the page's DOM changes. */
  edits: ControlEdits;
}

/** A whole document the page holds: as sent to the reader, and where its text is in the DOM. */
export interface FoundDocument {
  page: PageDocument;
  region: DocumentRegion;
}

type Classified = Classification & { candidate: CandidateField; key: string; value?: string };

/**
 * Every field of `doc` that maps to a concept, as pausable steps (see steps.ts): form fields in document order,
 * then elements only a mapping names, then document sections and label/value pairs; and the whole documents
 * (editors holding a letter, a rendered letter), whose fields the reader makes elsewhere (read-page.ts for the
 * command line and tests, the background for the content script). Keys ("f0", "m1", "d7", ...) number each
 * kind's candidates in document order, so they stay the same when classification changes but the page does not. On a page with more fields than the limit, only the first part
 * of the page is read (see scan-window.ts) and the result says how many fields were seen (`truncated`).
 */
export function* collectFieldsSteps(doc: Document, options: CollectOptions = {}): Steps<CollectResult> {
  // Own options only: a key inherited from a polluted Object.prototype is no option.
  options = Object.assign(Object.create(null) as CollectOptions, options);
  const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_FIELD_LIMIT));
  const scanWindow = scanWindowFor(doc, limit);
  const cache = new ScanCache(doc, scanWindow.end);
  const overrides = resolveOverrides(doc, options.userOverrides, options.adapterOverrides);
  const page = cache.pageContext();
  const candidates = yield* findCandidatesSteps(doc, (text) => classifySectionHeader(text, page) !== null, scanWindow.end);
  const read = candidates.slice(0, limit);
  const classified: Classified[] = [];

  const claimed = new Set<Element>();
  const readFields: ReadField[] = [];
  // Editors and textareas holding a whole letter or note, each read as one document (see document-regions.ts).
  const documents: FoundDocument[] = [];
  // Each field control as first read, before other fields' readings adjust it: an edit is read against this.
  const controls = new Map<string, ScannedControl>();
  for (const [position, candidate] of read.entries()) {
    if (position % FIELD_STEP === FIELD_STEP - 1) yield;
    candidate.members.forEach((member) => claimed.add(member));
    const mayBeDocument = documents.length < MAX_PAGE_DOCUMENTS;
    const { region, field } = yield* readControlSteps(candidate, cache, overrides, page, mayBeDocument);
    if (region) documents.push({ page: pageDocumentOf(region, documents.length), region });
    else controls.set(`f${position}`, { candidate, mayBeDocument, classification: field.classification });
    readFields.push(field);
  }
  standaloneUnlessLines(readFields, page);
  for (const [position, { candidate, classification }] of readFields.entries()) {
    if (classification) classified.push({ ...classification, candidate, key: `f${position}` });
  }
  // A mapping may name an element no heuristic would read (a div showing a value); it becomes a field too.
  let extra = 0;
  for (const [element, override] of overrides) {
    if (claimed.has(element)) continue;
    claimed.add(element);
    const candidate: CandidateField = { element, kind: kindOf(element) ?? 'document', members: [element], heading: '' };
    classified.push({ ...dictated(override, readFieldClues(candidate, cache)), candidate, key: `m${extra++}` });
  }
  // A page with no editor holding a document may itself be one: a print view, a rendered record.
  const rendered = documents.length === 0 ? yield* renderedDocumentSteps(doc) : null;
  if (rendered) documents.push({ page: pageDocumentOf(rendered, 0), region: rendered });
  // A heading inside a letter read whole is the reader's to use, not a section field beside it.
  const inRegion = (element: Element) => documents.some(({ region }) => containsOf(region.element, element));
  const allParts = (yield* findDocumentPartsSteps(doc, claimed, scanWindow.end)).filter((part) => !inRegion(part.element));
  const parts = allParts.slice(0, Math.max(0, limit - read.length));
  for (const [position, part] of parts.entries()) {
    if (position % FIELD_STEP === FIELD_STEP - 1) yield;
    const classification = classifyDocumentPart(part, page);
    const candidate: CandidateField = { element: part.element, kind: 'document', members: [part.element], heading: '' };
    if (classification) classified.push({ ...classification, candidate, key: `d${position}`, value: part.text });
  }
  // A data grid's read-only rows are service lines too (grid-cells.ts); its rows with controls were read above.
  const gridCells = readGridCells(doc, (grid) => inRegion(grid) || !beforeEnd(grid, scanWindow.end));
  for (const [position, cell] of gridCells.entries()) {
    if (claimed.has(cell.element)) continue;
    const candidate: CandidateField = { element: cell.element, kind: 'document', members: [cell.element], heading: '' };
    classified.push({ ...cell.classification, candidate, key: `g${position}`, value: cell.value });
  }
  normalizeRepeatIndexes(classified);

  const fields: Field[] = [];
  const places: Record<string, FieldPlace> = Object.create(null) as Record<string, FieldPlace>;
  const elements = new Map<string, Element>();
  for (const [position, entry] of classified.entries()) {
    if (position % FIELD_STEP === FIELD_STEP - 1) yield;
    const element = entry.candidate.element;
    elements.set(entry.key, element);
    fields.push({
      key: entry.key,
      concept: entry.concept,
      index: entry.index as FieldIndex,
      value: (Object.hasOwn(entry, 'value') ? entry.value : undefined) ?? readFieldValue(entry.candidate, cache),
      label: entry.label,
      confidence: entry.confidence,
    });
    places[entry.key] = {
      kind: entry.candidate.kind,
      selector: locatorSelectorFor(element, (root) => cache.countsFor(root)).slice(0, 2000),
      name: element.getAttribute('name'),
      id: element.getAttribute('id'),
      evidence: entry.evidence,
    };
  }
  addCredentialsFromNames(fields, places, elements);
  // A windowed scan saw only part of the page: the page's own count of controls says how much more there is.
  const seen = Math.max(candidates.length + allParts.length, scanWindow.end ? scanWindow.controls : 0);
  const result = { fields, places, elements, documents, edits: { cache, overrides, page, controls } };
  return seen > limit ? { ...result, truncated: { limit, seen } } : result;
}

/** Whether `element` lies before the end of a windowed scan (or the scan reads the whole page). */
function beforeEnd(element: Element, end: Element | null): boolean {
  // 2 = DOCUMENT_POSITION_PRECEDING: the element comes before the end.
  return end === null || (end.compareDocumentPosition(element) & 2) !== 0;
}

/** How much less a credential split out of a name is trusted than the name field itself. */
const SPLIT_CREDENTIALS_FACTOR = 0.9;

/**
 * "Dana Wu, LCSW" in the provider's name field also says the provider's credentials: a second field of concept
 * provider.credentials (key "<name key>-credentials") holds "LCSW", located at the same element, its evidence
 * the name field. Read-only like every field; the name field keeps its whole value as the page shows it. Not
 * added when the page has a credentials field of its own with a value: that field is the page's answer.
 */
function addCredentialsFromNames(fields: Field[], places: Record<string, FieldPlace>, elements: Map<string, Element>): void {
  if (fields.some((field) => field.concept === 'provider.credentials' && field.value.trim())) return;
  for (const field of [...fields]) {
    if (field.concept !== 'provider.name' || !field.value) continue;
    const split = splitCredentials(field.value);
    if (!split) continue;
    const key = `${field.key}-credentials`;
    const confidence = Math.round(field.confidence * SPLIT_CREDENTIALS_FACTOR * 100) / 100;
    const label = `Credentials (in ${field.label || 'provider name'})`.slice(0, 500);
    fields.push({ key, concept: 'provider.credentials', index: null, value: split.credentials, label, confidence });
    const place = places[field.key];
    places[key] = { ...place, evidence: [{ signal: 'name-credentials', text: `${field.label}: ${field.value}`.slice(0, 500), weight: confidence }] };
    const element = elements.get(field.key);
    if (element) elements.set(key, element);
  }
}

/** Concepts only a service line has: a set of rows holding none of them is a layout of look-alike sections. */
const LINE_ANCHORS = new Set<string>([
  'line.dateFrom', 'line.dateTo', 'line.placeOfService', 'line.procedureCode', 'line.modifier', 'line.diagnosisPointer',
  'line.charges', 'line.units', 'line.minutes',
]);

/**
 * Rows found by their look (cards, fieldsets, an ARIA grid) are service lines only when at least one of their
 * fields is a line concept other than an NPI: two alike "Billing provider" and "Rendering provider" boxes, each
 * with a name and an NPI, are sections, and their NPIs are no line's. Their fields are read again as standalone.
 */
function standaloneUnlessLines(readFields: ReadField[], page: string): void {
  const groupsWithLines = new Set<Element>();
  for (const { clues, classification } of readFields) {
    if (clues.rowGroup && classification && LINE_ANCHORS.has(classification.concept)) groupsWithLines.add(clues.rowGroup);
  }
  for (const field of readFields) {
    if (!field.clues.rowGroup || groupsWithLines.has(field.clues.rowGroup) || field.overridden) continue;
    field.clues = { ...field.clues, gridRow: null, rowGroup: null };
    field.classification = classifyField(field.clues) ?? inherited(field.candidate, field.clues, page);
  }
}

export interface PageScan {
  snapshot: Snapshot;
  /** Field key -> element, as in CollectResult. */
  elements: Map<string, Element>;
  /** Whole documents, as in CollectResult: the background reads them. */
  documents: FoundDocument[];
  /** As in CollectResult. */
  edits: ControlEdits;
}

/** takeSnapshot as pausable steps, with the elements the fields were read from. */
export function* scanPageSteps(doc: Document, options: CollectOptions = {}): Steps<PageScan> {
  const result = yield* collectFieldsSteps(doc, options);
  const snapshot: Snapshot = {
    source: { kind: 'page' },
    url: doc.URL.slice(0, 10_000),
    title: (doc.title ?? '').slice(0, 2_000),
    takenAt: new Date().toISOString(),
    fields: result.fields,
    places: result.places,
  };
  if (Object.hasOwn(result, 'truncated')) snapshot.truncated = result.truncated!;
  const headings = collectHeadings(doc);
  if (headings.length > 0) snapshot.headings = headings;
  const step = readWizardStep(doc);
  if (step !== undefined) snapshot.step = step;
  return { snapshot, elements: result.elements, documents: result.documents, edits: result.edits };
}

/** Field key -> element, re-resolved through each field's selector; fields whose element is gone are left out. */
export function buildFieldIndex(doc: Document, places: Readonly<Record<string, FieldPlace>>): Map<string, Element> {
  const index = new Map<string, Element>();
  for (const [key, place] of Object.entries(places)) {
    const element = place.selector === undefined ? null : findByLocator(doc, place.selector);
    if (element) index.set(key, element);
  }
  return index;
}
