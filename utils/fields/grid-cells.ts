/**
 * Service lines a data grid shows as text: the read-only rows of an ARIA grid (role=grid or treegrid: DevExtreme,
 * Salesforce Lightning's data table, AG Grid, Fluent's DetailsList) under column headers that name line columns.
 * A grid widget is an app's view of records, not a document's prose, so its cells are the lines' values; a cell
 * holding a form control is left to the form reader, which numbers the same rows. A grid whose headers name fewer
 * than two line columns (a list of patients, of authorizations) gives nothing.
 */
import { CONCEPTS } from '../../rules/concepts';
import { classifyField, type Classification } from './classify-field';
import { isFormControl, isSkippedForText } from './document-text';
import { attributeOf, domProperty, queryAllOf } from './dom-builtins';
import { SIGNAL_WEIGHTS, type FieldClues } from './label-text';
import { cleanText, normalizeText, textWithoutControls } from './text';

/** One cell read as a service line's value. */
export interface GridCellField {
  element: Element;
  classification: Classification;
  value: string;
}

const GRIDS = '[role=grid], [role=treegrid]';
const HEADER_CELLS = '[role=columnheader], th';
const DATA_CELLS = '[role=gridcell], [role=cell], td';
/** Hidden helper text inside a cell ("Edit Procedure Code of 97110") is a button's, not the value. */
const NOT_VALUE_TEXT = new Set(['button', 'select', 'textarea', 'input']);
/** More rows than this are a record list, not one claim's lines (a claim has at most 50 lines in an 837P). */
const MAX_ROWS = 50;
const MIN_LINE_COLUMNS = 2;

/** The line values of every ARIA grid in `doc` whose headers name at least two line columns, in document order. */
export function readGridCells(doc: Document, skip: (element: Element) => boolean = () => false): GridCellField[] {
  const found: GridCellField[] = [];
  for (const grid of Array.from(doc.querySelectorAll(GRIDS))) {
    if (skip(grid) || grid.parentElement?.closest(GRIDS)) continue;
    found.push(...readGrid(grid));
  }
  return found;
}

function readGrid(grid: Element): GridCellField[] {
  const columns = lineColumns(grid);
  if (new Set([...columns.values()].map((column) => column.concept)).size < MIN_LINE_COLUMNS) return [];
  const rows = Array.from(queryAllOf(grid, '[role=row], tr')).filter(
    (row) => attributeOf(row, 'role') !== 'presentation' && row.querySelector(HEADER_CELLS) === null && row.querySelector(DATA_CELLS) !== null,
  );
  if (rows.length > MAX_ROWS) return [];
  const found: GridCellField[] = [];
  rows.forEach((row, position) => {
    const cells = ownCells(row).map((cell, at) => ({ cell, column: columnIndex(cell, at), text: cellText(cell) }));
    // A row with no text at all is a spacer or a row still loading, not a line.
    if (cells.every(({ text }) => !text)) return;
    for (const { cell, column, text } of cells) {
      const header = columns.get(column);
      if (!header || text === null) continue;
      const line = position + 1;
      found.push({ element: cell, value: text, classification: { ...header, index: line, lineSource: 'row' } });
    }
  });
  return found;
}

/** Column number -> the line concept its header names, for the headers that name one. */
function lineColumns(grid: Element): Map<number, Classification> {
  const columns = new Map<number, Classification>();
  const headerRow = queryAllOf(grid, HEADER_CELLS)[0]?.parentElement;
  if (!headerRow) return columns;
  ownHeaderCells(headerRow).forEach((header, at) => {
    const text = cleanText(textWithoutControls(header));
    const classification = text ? classifyHeader(text) : null;
    if (classification) columns.set(columnIndex(header, at), classification);
  });
  return columns;
}

function classifyHeader(text: string): Classification | null {
  const clues: FieldClues = {
    kind: 'text',
    signals: [{ kind: 'column-header', text, normalized: normalizeText(text), weight: SIGNAL_WEIGHTS['column-header'], target: 'label' }],
    context: '',
    page: '',
    gridRow: 1,
    rowGroup: null,
    groupSize: 1,
  };
  const classification = classifyField(clues, (concept) => CONCEPTS[concept].repeat === 'number');
  return classification ? { ...classification, label: text } : null;
}

/** A cell's own column: aria-colindex when the grid numbers its cells (virtualised grids skip some), else its place. */
function columnIndex(cell: Element, at: number): number {
  const numbered = Number(attributeOf(cell, 'aria-colindex'));
  return Number.isInteger(numbered) && numbered > 0 ? numbered : at + 1;
}

function ownHeaderCells(row: Element): Element[] {
  return descendantCells(row, HEADER_CELLS);
}

function ownCells(row: Element): Element[] {
  return descendantCells(row, DATA_CELLS);
}

/** The cells of this row, also when a wrapper sits between row and cells (DetailsList's fields div), not a nested grid's. */
function descendantCells(row: Element, selector: string): Element[] {
  return Array.from(queryAllOf(row, selector)).filter((cell) => cell.parentElement?.closest('[role=row], tr') === row);
}

/** The text a cell shows, or null when it holds a form control (the form reader reads that control). */
function cellText(cell: Element): string | null {
  const parts: string[] = [];
  const walk = (node: Node): boolean => {
    for (let child = domProperty(node, 'firstChild'); child; child = domProperty(child, 'nextSibling')) {
      if (child.nodeType === 3) parts.push(child.textContent ?? '');
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      if (isFormControl(element)) return false;
      if (isSkippedForText(element) || NOT_VALUE_TEXT.has(element.localName) || attributeOf(element, 'role') === 'button') continue;
      parts.push(' ');
      if (!walk(element)) return false;
    }
    return true;
  };
  return walk(cell) ? cleanText(parts.join('')) : null;
}
