/**
 * The repeated row a control sits in outside an HTML table grid: a role=row of an ARIA grid or table, or one of
 * several sibling containers built alike (cards, fieldsets, list items, divs, table rows without a header row).
 * The row's position among its rows is the service-line number. Digits inside ids and names are not: apps
 * generate them (React's `:r2b:`, `fld_9a11`, 0-based `svc[0]`), and they do not follow a line that was removed.
 */
import { CANDIDATE_CONTROLS } from './candidates';
import { attributeOf, closestOf, containsOf, domProperty, holdsMatchOf, matchesOf, queryAllOf } from './dom-builtins';
import { nameTokens, normalizeText, textWithoutControls } from './text';

/** Where a control's row is and what its column is called. */
export interface RowPlace {
  /** 1-based position among the rows of its set. */
  position: number;
  /** The element holding the set of rows (the grid, or the rows' parent): fields sharing it are one list of lines. */
  group: Element;
  /** Text of the control's column header (role=columnheader, or a header row of divs); '' when none. */
  columnHeader: string;
}

const GRID = '[role=grid], [role=treegrid], [role=table]';
const CELL_ROLES = new Set(['gridcell', 'cell', 'rowheader', 'columnheader']);
/** A container with more controls than this is a form section, not one line of a list. */
const MAX_ROW_CONTROLS = 40;
/** How far above a control its row container may be (card > body > field group > label > input). */
const MAX_ROW_DEPTH = 8;
const MAX_SIGNATURE_TEXT = 200;
const HEADING = 'legend, h1, h2, h3, h4, h5, h6, [role=heading]';
/** Stands for "too many controls to be a line"; no real signature starts with a NUL. */
const TOO_MANY = '\u0000too-many';

interface GridRows {
  header: Element[];
  data: Element[];
}

/**
 * Finds rows for one scan (see ScanCache): what each container looks like and each grid's rows are worked out
 * once, so a list of 500 cards costs what reading them once costs. `labelsFor` gives a control's label[for]s.
 */
export class RowFinder {
  private readonly signatures = new Map<Element, string | null>();
  private readonly grids = new Map<Element, GridRows>();
  private readonly siblingRows = new Map<Element, Map<string, Element[]>>();
  private readonly alikeOf = new Map<Element, Element[]>();

  constructor(private readonly labelsFor: (control: Element) => readonly Element[]) {}

  /** The repeated row holding `control`, or null when it stands alone. */
  rowOf(control: Element): RowPlace | null {
    return this.ariaRowOf(control) ?? this.siblingRowOf(control);
  }

  private ariaRowOf(control: Element): RowPlace | null {
    const row = closestOf(control, '[role=row]');
    const grid = row ? closestOf(row, GRID) : null;
    if (!row || !grid) return null;
    const rows = this.gridRows(grid);
    const index = rows.data.indexOf(row);
    if (index < 0) return null;
    return { position: ariaPosition(row, rows) ?? index + 1, group: grid, columnHeader: ariaColumnHeader(control, row, rows.header) };
  }

  private gridRows(grid: Element): GridRows {
    let rows = this.grids.get(grid);
    if (!rows) {
      const own = Array.from(queryAllOf(grid, '[role=row]')).filter((row) => closestOf(row, GRID) === grid);
      const hasControls = (row: Element) => holdsMatchOf(row, CANDIDATE_CONTROLS);
      const header = own.filter((row) => !hasControls(row) && holdsMatchOf(row, '[role=columnheader]'));
      rows = { header, data: own.filter((row) => hasControls(row) && !header.includes(row)) };
      this.grids.set(grid, rows);
    }
    return rows;
  }

  /** The nearest ancestor that has siblings built the same way; the n-th of them is line n. */
  private siblingRowOf(control: Element): RowPlace | null {
    let node: Element = control;
    for (let depth = 0; depth < MAX_ROW_DEPTH; depth++) {
      const parent = domProperty(node, 'parentElement');
      if (!parent || domProperty(parent, 'localName') === 'body' || domProperty(parent, 'localName') === 'html') return null;
      node = parent;
      const signature = this.signatureOf(node);
      if (signature === undefined) return null;
      if (signature === null || !domProperty(node, 'parentElement')) continue;
      const alike = this.rowsAlike(node, signature);
      if (alike.length < 2) continue;
      return { position: alike.indexOf(node) + 1, group: domProperty(node, 'parentElement')!, columnHeader: headerRowText(control, node, alike[0]!) };
    }
    return null;
  }

  /** `row` and its siblings of the same kind and signature, in order; listed once per parent and signature. */
  private rowsAlike(row: Element, signature: string): Element[] {
    // Each row's answer is kept by the row itself: the key below holds the whole signature, long to build and hash.
    const known = this.alikeOf.get(row);
    if (known) return known;
    const parent = domProperty(row, 'parentElement')!;
    const key = `${domProperty(row, 'localName')}\u0000${attributeOf(row, 'role') ?? ''}\u0000${signature}`;
    let byKey = this.siblingRows.get(parent);
    if (!byKey) this.siblingRows.set(parent, (byKey = new Map()));
    let rows = byKey.get(key);
    if (!rows) {
      rows = Array.from(domProperty(parent, 'children')).filter((sibling) => sameKind(sibling, row) && this.signatureOf(sibling) === signature);
      byKey.set(key, rows);
    }
    this.alikeOf.set(row, rows);
    return rows;
  }

  /**
   * What a would-be row looks like: each control's kind and its label or name without digits, and its heading
   * without digits ("Service line 2" is "service line"). null when it holds fewer than two controls (a lone field
   * is a form field, not a line); undefined when it holds so many that nothing above it can be a line either.
   */
  private signatureOf(container: Element): string | null | undefined {
    let signature = this.signatures.get(container);
    if (signature === undefined) {
      signature = this.readSignature(container);
      this.signatures.set(container, signature);
    }
    return signature === TOO_MANY ? undefined : signature;
  }

  private readSignature(container: Element): string | null {
    const controls = controlsUpTo(container, MAX_ROW_CONTROLS);
    if (controls === null) return TOO_MANY;
    if (controls.length < 2) return null;
    const stems = controls.map((control) => this.stemOf(control));
    const heading = queryAllOf(container, HEADING)[0] ?? null;
    const parts = [withoutDigits(heading ? textWithoutControls(heading) : ''), ...stems.map((stem, i) => `${kindKey(controls[i]!)}:${stem}`)];
    // Unlabelled, unnamed controls: only the row's own words can tell a line from a layout row.
    if (stems.every((stem) => stem === '')) parts.push(withoutDigits(textWithoutControls(container)).slice(0, MAX_SIGNATURE_TEXT));
    return parts.join('|');
  }

  private stemOf(control: Element): string {
    const label = this.labelsFor(control)[0] ?? closestOf(control, 'label');
    const text = (label ? textWithoutControls(label) : '') || attributeOf(control, 'aria-label') || attributeOf(control, 'placeholder') || '';
    if (text) return withoutDigits(text);
    // Generated names keep their words: fld_9a11 -> "fld", :r2b: -> "", serviceLines[0].cpt -> "service lines cpt".
    const name = nameTokens(attributeOf(control, 'name') ?? '');
    return name.split(' ').filter((token) => /^[a-z]{2,}$/.test(token)).join(' ');
  }
}

/** NodeFilter.SHOW_ELEMENT; the CLI's DOM has no NodeFilter global. */
const SHOW_ELEMENT = 1;

/**
 * The candidate controls in `container`, in document order, or null when there are more than `max`. A walk that
 * stops there: querySelectorAll would first list every control of a 50,000-row table (~150 ms in one piece).
 */
function controlsUpTo(container: Element, max: number): Element[] | null {
  const walker = domProperty(container, 'ownerDocument').createTreeWalker(container, SHOW_ELEMENT);
  const controls: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!matchesOf(node as Element, CANDIDATE_CONTROLS)) continue;
    if (controls.length === max) return null;
    controls.push(node as Element);
  }
  return controls;
}

function sameKind(a: Element, b: Element): boolean {
  return domProperty(a, 'localName') === domProperty(b, 'localName') && attributeOf(a, 'role') === attributeOf(b, 'role');
}

function kindKey(control: Element): string {
  return domProperty(control, 'localName') === 'input' ? `input/${(attributeOf(control, 'type') ?? 'text').toLowerCase()}` : domProperty(control, 'localName');
}

function withoutDigits(text: string): string {
  return normalizeText(text.replace(/\d+/g, ' '));
}

/**
 * A virtualised grid renders only the rows in view and numbers them with aria-rowindex; the line is that index
 * less the header rows above it.
 */
function ariaPosition(row: Element, rows: GridRows): number | null {
  const index = Number.parseInt(attributeOf(row, 'aria-rowindex') ?? '', 10);
  if (!Number.isInteger(index) || index < 1) return null;
  const headersAbove = rows.header.filter((header) => Number.parseInt(attributeOf(header, 'aria-rowindex') ?? '1', 10) < index).length;
  return Math.max(1, index - headersAbove);
}

function ariaColumnHeader(control: Element, row: Element, headerRows: readonly Element[]): string {
  const cells = cellsOf(row);
  const cell = cells.find((candidate) => containsOf(candidate, control));
  if (!cell) return '';
  const colIndex = attributeOf(cell, 'aria-colindex');
  const parts: string[] = [];
  for (const header of headerRows) {
    const headerCells = cellsOf(header);
    const match = colIndex !== null
      ? headerCells.find((candidate) => attributeOf(candidate, 'aria-colindex') === colIndex)
      : headerCells[cells.indexOf(cell)];
    const text = match ? textWithoutControls(match) : '';
    if (text) parts.push(text);
  }
  return parts.join(' ');
}

/** A row's own cells, also when a library wraps them in an extra div. */
function cellsOf(row: Element): Element[] {
  return Array.from(queryAllOf(row, '[role]')).filter(
    (cell) => CELL_ROLES.has(attributeOf(cell, 'role') ?? '') && closestOf(cell, '[role=row]') === row && !closestOf(domProperty(cell, 'parentElement') ?? cell, '[role=gridcell], [role=cell]'),
  );
}

/**
 * A header row of divs: the sibling right before the first row, holding no controls and as many children as the
 * row; the child at the control's column is its header.
 */
function headerRowText(control: Element, row: Element, firstRow: Element): string {
  const header = domProperty(firstRow, 'previousElementSibling');
  if (!header || domProperty(header, 'localName') !== domProperty(row, 'localName') || holdsMatchOf(header, CANDIDATE_CONTROLS)) return '';
  const columns = Array.from(domProperty(row, 'children'));
  if (columns.length < 2 || domProperty(header, 'children').length !== columns.length) return '';
  const column = columns.findIndex((child) => containsOf(child, control));
  const cell = column >= 0 ? domProperty(header, 'children')[column] : undefined;
  return cell ? textWithoutControls(cell) : '';
}
