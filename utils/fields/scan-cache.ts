import type { AttributeCounts } from './selector';
import { buildTableGrid, type TableGrid } from './table-grid';

/**
 * Lookups that one scan of a document computes once and every field reuses: label[for] by id, table grids.
 * Built per collectFields call and dropped after it, so a changed page is never read from stale data.
 */
export class ScanCache implements AttributeCounts {
  private labelsById: Map<string, Element[]> | null = null;
  private readonly grids = new Map<Element, TableGrid>();
  private ids: Map<string, number> | null = null;
  private names: Map<string, number> | null = null;

  constructor(readonly doc: Document) {}

  /** <label for=id> elements for an id, in document order. */
  labelsFor(id: string): Element[] {
    if (!this.labelsById) {
      this.labelsById = new Map();
      for (const label of Array.from(this.doc.querySelectorAll('label[for]'))) {
        const target = label.getAttribute('for') ?? '';
        const list = this.labelsById.get(target);
        if (list) list.push(label);
        else this.labelsById.set(target, [label]);
      }
    }
    return this.labelsById.get(id) ?? [];
  }

  grid(table: Element): TableGrid {
    let grid = this.grids.get(table);
    if (!grid) {
      grid = buildTableGrid(table);
      this.grids.set(table, grid);
    }
    return grid;
  }

  idCount(id: string): number {
    this.ids ??= countAttribute(this.doc, 'id');
    return this.ids.get(id) ?? 0;
  }

  nameCount(name: string): number {
    this.names ??= countAttribute(this.doc, 'name');
    return this.names.get(name) ?? 0;
  }
}

function countAttribute(doc: Document, attribute: 'id' | 'name'): Map<string, number> {
  const counts = new Map<string, number>();
  for (const element of Array.from(doc.querySelectorAll(`[${attribute}]`))) {
    const value = element.getAttribute(attribute) ?? '';
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}
