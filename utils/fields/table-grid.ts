/**
 * Reads a table as a grid (colspan and rowspan resolved) so that a field in a cell can be given the text of the
 * header cells above it, the row header beside it, and its position among the rows that hold fields: the
 * service-line number of a CMS-1500 box 24 grid.
 */
import { elementByIdNear } from './roots';
import { ROW_STEP, type Steps } from './steps';
import { textWithoutControls } from './text';

/** What the table says about one cell. */
export interface CellContext {
  columnHeader: string;
  rowHeader: string;
  /** The row header is the cell right before the field's cell: in a layout table, the field's own label. */
  rowHeaderAdjacent: boolean;
  /**
   * 1-based position of the cell's row among the table's rows that hold form controls, rows spanned by one
   * first-column cell counting once; null in a header row.
   */
  dataRow: number | null;
  /** True when the table has header rows, so its data rows are a repeating grid rather than layout. */
  hasHeaderRows: boolean;
}

interface PlacedCell {
  cell: Element;
  row: number;
  col: number;
  span: number;
}

export interface TableGrid {
  cells: Map<Element, PlacedCell>;
  rows: Element[];
  headerRows: Set<number>;
  dataRowPosition: Map<number, number>;
  /** Header text per "col:span"; a 5000-cell grid would otherwise rescan every header cell for every field. */
  columnHeaderCache: Map<string, string>;
  /** Each row's cells' row headers, worked out once per row (see rowHeaderOf). */
  rowHeaderCache: Map<Element, Map<Element, RowHeader>>;
}

interface RowHeader {
  rowHeader: string;
  rowHeaderAdjacent: boolean;
}

const CONTROL_SELECTOR = 'input:not([type=hidden]), select, textarea, [contenteditable]';
/** Most grid slots one spanning cell may cover. */
const MAX_SPANNED_SLOTS = 10_000;

/**
 * Lays out a table once; callers cache the result per table (see ScanCache). Rows after `end` (where a scan of a
 * huge page stops, see scan-window.ts) are left out, so a 50,000-row table costs what its first part costs.
 */
export function* buildTableGridSteps(table: Element, end: Element | null = null): Steps<TableGrid> {
  const rows = ownRows(table, end);
  const cells = new Map<Element, PlacedCell>();
  const occupied: Set<number>[] = rows.map(() => new Set<number>());
  // Rows that one first-column cell spans are one line: a CMS-1500 line is a shaded supplemental row and its
  // main row under one line number.
  const lineOf: number[] = rows.map((_, index) => index);
  for (const [rowIndex, row] of rows.entries()) {
    if (rowIndex % ROW_STEP === ROW_STEP - 1) yield;
    let col = 0;
    for (const cell of Array.from(row.children)) {
      if (cell.localName !== 'td' && cell.localName !== 'th') continue;
      while (occupied[rowIndex]!.has(col)) col++;
      const span = clampSpan(cell.getAttribute('colspan'), 1000);
      // colspan=1000 rowspan=65534 (legal HTML) would mark 65 million slots; no real form spans that far.
      const rowSpan = clampSpan(cell.getAttribute('rowspan'), Math.min(rows.length - rowIndex, Math.ceil(MAX_SPANNED_SLOTS / span)));
      for (let r = rowIndex; r < rowIndex + rowSpan; r++) for (let c = col; c < col + span; c++) occupied[r]!.add(c);
      if (col === 0) for (let r = rowIndex + 1; r < rowIndex + rowSpan; r++) lineOf[r] = lineOf[rowIndex]!;
      cells.set(cell, { cell, row: rowIndex, col, span });
      col += span;
    }
  }
  const headerRows = findHeaderRows(rows);
  const dataRowPosition = new Map<number, number>();
  const linePosition = new Map<number, number>();
  for (const [rowIndex, row] of rows.entries()) {
    if (rowIndex % ROW_STEP === ROW_STEP - 1) yield;
    if (headerRows.has(rowIndex) || !row.querySelector(CONTROL_SELECTOR)) continue;
    const line = lineOf[rowIndex]!;
    if (!linePosition.has(line)) linePosition.set(line, linePosition.size + 1);
    dataRowPosition.set(rowIndex, linePosition.get(line)!);
  }
  return { cells, rows, headerRows, dataRowPosition, columnHeaderCache: new Map(), rowHeaderCache: new Map() };
}

/** Header text, row header and data-row position for a cell of a grid built by buildTableGridSteps. */
export function describeCell(grid: TableGrid, cell: Element): CellContext | null {
  const placed = grid.cells.get(cell);
  if (!placed) return null;
  const explicit = explicitHeaders(cell);
  const columnHeader = explicit ?? columnHeaderText(grid, placed);
  return {
    columnHeader,
    ...rowHeaderOf(grid, placed),
    dataRow: grid.dataRowPosition.get(placed.row) ?? null,
    hasHeaderRows: grid.headerRows.size > 0,
  };
}

/** Node.DOCUMENT_POSITION_FOLLOWING; the CLI's DOM has no Node global. */
const FOLLOWING = 4;

function ownRows(table: Element, end: Element | null): Element[] {
  // One position test per table, not per row: comparing siblings is linear in their number, so a per-row test
  // would make a 50,000-row table quadratic.
  if (end && !table.contains(end) && end.compareDocumentPosition(table) & FOLLOWING) return [];
  const stopAt = end && table.contains(end) ? end : null;
  const rows: Element[] = [];
  for (let child = table.firstElementChild; child; child = child.nextElementSibling) {
    const group = ['thead', 'tbody', 'tfoot'].includes(child.localName);
    for (let row = group ? child.firstElementChild : child; row; row = group ? row.nextElementSibling : null) {
      if (row.localName !== 'tr') continue;
      rows.push(row);
      if (stopAt && row.contains(stopAt)) return rows;
    }
  }
  return rows;
}

/** Rows in <thead>, or else the leading rows made only of <th> cells without controls. */
function findHeaderRows(rows: Element[]): Set<number> {
  const header = new Set<number>();
  rows.forEach((row, index) => {
    if (row.parentElement?.localName === 'thead') header.add(index);
  });
  if (header.size > 0) return header;
  for (let index = 0; index < rows.length; index++) {
    const cells = Array.from(rows[index]!.children);
    const allTh = cells.length > 0 && cells.every((cell) => cell.localName === 'th');
    if (!allTh || rows[index]!.querySelector(CONTROL_SELECTOR)) break;
    header.add(index);
  }
  return header;
}

function columnHeaderText(grid: TableGrid, placed: PlacedCell): string {
  const cacheKey = `${placed.col}:${placed.span}`;
  const cached = grid.columnHeaderCache.get(cacheKey);
  if (cached !== undefined && !grid.headerRows.has(placed.row)) return cached;
  const parts: string[] = [];
  for (const [cell, other] of grid.cells) {
    if (!grid.headerRows.has(other.row) || cell === placed.cell) continue;
    const overlaps = other.col < placed.col + placed.span && placed.col < other.col + other.span;
    if (!overlaps) continue;
    const text = textWithoutControls(cell);
    if (text && parts[parts.length - 1] !== text) parts.push(text);
  }
  const header = parts.join(' ');
  if (!grid.headerRows.has(placed.row)) grid.columnHeaderCache.set(cacheKey, header);
  return header;
}

/**
 * Text of the nearest <th> (or scope=row cell) left of the cell in its own row. Only the nearest: a layout
 * table puts several label/field pairs in one row. A cell that holds controls is a field, not a header.
 */
function rowHeaderOf(grid: TableGrid, placed: PlacedCell): RowHeader {
  const row = grid.rows[placed.row];
  if (!row || grid.headerRows.has(placed.row)) return { rowHeader: '', rowHeaderAdjacent: false };
  let byCell = grid.rowHeaderCache.get(row);
  if (!byCell) grid.rowHeaderCache.set(row, (byCell = rowHeadersOf(row)));
  return byCell.get(placed.cell) ?? rowHeaderWalk(row);
}

/** Each cell's row header, for every cell of the row in one pass: a row of many cells costs its length, not its square. */
function rowHeadersOf(row: Element): Map<Element, RowHeader> {
  const byCell = new Map<Element, RowHeader>();
  let rowHeader = '';
  let previousIsHeader = false;
  for (const cell of Array.from(row.children)) {
    byCell.set(cell, { rowHeader, rowHeaderAdjacent: rowHeader !== '' && previousIsHeader });
    previousIsHeader = isRowHeader(cell);
    if (previousIsHeader) rowHeader = textWithoutControls(cell);
  }
  return byCell;
}

/** rowHeaderOf for a cell that is not one of its row's children: the row's last row header, never adjacent. */
function rowHeaderWalk(row: Element): RowHeader {
  let rowHeader = '';
  for (const cell of Array.from(row.children)) if (isRowHeader(cell)) rowHeader = textWithoutControls(cell);
  return { rowHeader, rowHeaderAdjacent: false };
}

function isRowHeader(cell: Element): boolean {
  return (cell.localName === 'th' || cell.getAttribute('scope') === 'row') && !cell.querySelector(CONTROL_SELECTOR);
}

/** The `headers` attribute names header cells by id; authors who use it mean it. */
function explicitHeaders(cell: Element): string | null {
  const ids = cell.getAttribute('headers')?.trim();
  if (!ids) return null;
  const texts = ids
    .split(/\s+/)
    .map((id) => elementByIdNear(cell, id))
    .filter((el): el is Element => el !== null)
    .map((el) => textWithoutControls(el));
  return texts.join(' ') || null;
}

function clampSpan(raw: string | null, max: number): number {
  const value = Number.parseInt(raw ?? '1', 10);
  return Number.isFinite(value) && value >= 1 ? Math.min(value, Math.max(1, max)) : 1;
}

/** How far up from a body table its grid's header table may sit, and how many wrappers before it to look at. */
const SPLIT_HEADER_CLIMB = 5;
const SPLIT_HEADER_SIBLINGS = 2;

/**
 * The table holding only the header row of `table`, when a grid with a fixed header draws its header and its
 * body as two tables (Element Plus el-table, Ant Design's scrolling table, DevExtreme): the nearest table before
 * it, among the wrappers around it, that is all header rows with no control and as many columns as its rows.
 * null when `table` has header rows of its own or no such table is near.
 */
export function splitHeaderTable(table: Element, grid: TableGrid): Element | null {
  if (grid.headerRows.size > 0 || grid.rows.length === 0) return null;
  const columns = columnCount(grid.rows[0]!);
  let container: Element | null = table;
  for (let level = 0; level < SPLIT_HEADER_CLIMB && container; level++) {
    let sibling = container.previousElementSibling;
    for (let step = 0; step < SPLIT_HEADER_SIBLINGS && sibling; step++, sibling = sibling.previousElementSibling) {
      const tables = sibling.localName === 'table' ? [sibling] : Array.from(sibling.querySelectorAll('table'));
      if (tables.length !== 1) continue;
      const rows = ownRows(tables[0]!, null);
      if (rows.length === 0 || tables[0]!.querySelector(CONTROL_SELECTOR)) continue;
      if (findHeaderRows(rows).size === rows.length && columnCount(rows[rows.length - 1]!) === columns) return tables[0]!;
    }
    container = container.parentElement;
    if (container && ['form', 'body', 'fieldset'].includes(container.localName)) return null;
  }
  return null;
}

/** The header text of `cell`'s column, read from a split header table's grid (see splitHeaderTable). */
export function columnHeaderFrom(headerGrid: TableGrid, bodyGrid: TableGrid, cell: Element): string {
  const placed = bodyGrid.cells.get(cell);
  if (!placed) return '';
  // All of the header grid's rows are header rows, so no cell of it is the placed cell itself.
  return columnHeaderText(headerGrid, { ...placed, row: -1 });
}

function columnCount(row: Element): number {
  return Array.from(row.children)
    .filter((cell) => cell.localName === 'td' || cell.localName === 'th')
    .reduce((sum, cell) => sum + clampSpan(cell.getAttribute('colspan'), 1000), 0);
}
