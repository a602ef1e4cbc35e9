/**
 * Per-field lookups as the scan made them before issue 15 moved them into one pass per scan, kept only as the
 * reference the precomputed ones must agree with (test/fixtures/scan-lookups.test.ts): a fieldset's legend and
 * whether it labels the field, read again for every field; a cell's row header, found by walking its row from
 * the start for every cell. Not imported by the extension or the CLI.
 */
import type { TableGrid } from '../../utils/fields/table-grid';
import { textWithoutControls } from '../../utils/fields/text';

const TABLE_CONTROLS = 'input:not([type=hidden]), select, textarea, [contenteditable]';

export function referenceLegendOf(element: Element, members: readonly Element[]): { legend: string; labels: boolean } {
  const fieldset = element.closest('fieldset');
  const legendElement = fieldset ? Array.from(fieldset.children).find((child) => child.localName === 'legend') : undefined;
  const legend = legendElement ? textWithoutControls(legendElement) : '';
  if (!fieldset || !legend) return { legend, labels: false };
  const controls = fieldset.querySelectorAll('input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea, [contenteditable]');
  return { legend, labels: Array.from(controls).every((control) => members.includes(control)) };
}

export function referenceRowHeaderOf(grid: TableGrid, cell: Element): { rowHeader: string; rowHeaderAdjacent: boolean } | null {
  const placed = grid.cells.get(cell);
  if (!placed) return null;
  const row = grid.rows[placed.row];
  if (!row || grid.headerRows.has(placed.row)) return { rowHeader: '', rowHeaderAdjacent: false };
  let rowHeader = '';
  let rowHeaderAdjacent = false;
  let previous: Element | null = null;
  for (const other of Array.from(row.children)) {
    if (other === cell) {
      rowHeaderAdjacent = rowHeader !== '' && previous !== null && isRowHeader(previous);
      break;
    }
    if (isRowHeader(other)) rowHeader = textWithoutControls(other);
    previous = other;
  }
  return { rowHeader, rowHeaderAdjacent };
}

function isRowHeader(cell: Element): boolean {
  return (cell.localName === 'th' || cell.getAttribute('scope') === 'row') && !cell.querySelector(TABLE_CONTROLS);
}
