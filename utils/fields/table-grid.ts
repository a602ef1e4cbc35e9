/**
 * Reads a table as a grid (colspan and rowspan resolved) so that a field in a cell can be given the text of the
 * header cells above it, the row header beside it, and its position among the rows that hold fields: the
 * service-line number of a CMS-1500 box 24 grid.
 */
import { elementByIdNear } from './roots';
import { textWithoutControls } from './text';

/** What the table says about one cell. */
export interface CellContext {
  columnHeader: string;
  rowHeader: string;
  /** The row header is the cell right before the field's cell: in a layout table, the field's own label. */
  rowHeaderAdjacent: boolean;
  /** 1-based position of the cell's row among the table's rows that hold form controls; null in a header row. */
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
}

const CONTROL_SELECTOR = 'input:not([type=hidden]), select, textarea, [contenteditable]';

/** Lays out a table once; callers cache the result per table (see ScanCache). */
export function buildTableGrid(table: Element): TableGrid {
  const rows = ownRows(table);
  const cells = new Map<Element, PlacedCell>();
  const occupied: Set<number>[] = rows.map(() => new Set<number>());
  rows.forEach((row, rowIndex) => {
    let col = 0;
    for (const cell of Array.from(row.children)) {
      if (cell.localName !== 'td' && cell.localName !== 'th') continue;
      while (occupied[rowIndex]!.has(col)) col++;
      const span = clampSpan(cell.getAttribute('colspan'), 1000);
      const rowSpan = clampSpan(cell.getAttribute('rowspan'), rows.length - rowIndex);
      for (let r = rowIndex; r < rowIndex + rowSpan; r++) for (let c = col; c < col + span; c++) occupied[r]!.add(c);
      cells.set(cell, { cell, row: rowIndex, col, span });
      col += span;
    }
  });
  const headerRows = findHeaderRows(rows);
  const dataRowPosition = new Map<number, number>();
  rows.forEach((row, rowIndex) => {
    if (!headerRows.has(rowIndex) && row.querySelector(CONTROL_SELECTOR)) dataRowPosition.set(rowIndex, dataRowPosition.size + 1);
  });
  return { cells, rows, headerRows, dataRowPosition, columnHeaderCache: new Map() };
}

/** Header text, row header and data-row position for a cell of a grid built by buildTableGrid. */
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

function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of Array.from(table.children)) {
    if (child.localName === 'tr') rows.push(child);
    else if (['thead', 'tbody', 'tfoot'].includes(child.localName)) {
      for (const row of Array.from(child.children)) if (row.localName === 'tr') rows.push(row);
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
function rowHeaderOf(grid: TableGrid, placed: PlacedCell): { rowHeader: string; rowHeaderAdjacent: boolean } {
  const row = grid.rows[placed.row];
  if (!row || grid.headerRows.has(placed.row)) return { rowHeader: '', rowHeaderAdjacent: false };
  let rowHeader = '';
  let rowHeaderAdjacent = false;
  let previous: Element | null = null;
  for (const cell of Array.from(row.children)) {
    if (cell === placed.cell) {
      rowHeaderAdjacent = rowHeader !== '' && previous !== null && isRowHeader(previous);
      break;
    }
    if (isRowHeader(cell)) rowHeader = textWithoutControls(cell);
    previous = cell;
  }
  return { rowHeader, rowHeaderAdjacent };
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
