import { attributeOf } from './dom-builtins';
import type { FieldRoot } from './roots';
import type { AttributeCounts } from './selector';
import { buildTableGrid, type TableGrid } from './table-grid';
import { normalizeText } from './text';

/**
 * Lookups that one scan of a document computes once and every field reuses: label[for] by id, id and name
 * counts (both per document or shadow root, where they are scoped), table grids. Built per collectFields call
 * and dropped after it, so a changed page is never read from stale data.
 */
export class ScanCache {
  private readonly roots = new Map<FieldRoot, RootLookups>();
  private readonly grids = new Map<Element, TableGrid>();
  private page: string | null = null;

  constructor(readonly doc: Document) {}

  /** <label for=id> elements for an element's id in its own root, in document order. */
  labelsFor(element: Element): Element[] {
    const id = element.getAttribute('id');
    return id ? this.lookups(element.getRootNode() as FieldRoot).labelsFor(id) : [];
  }

  /** Id and name counts of one root, for unique selectors. */
  countsFor(root: FieldRoot): AttributeCounts {
    return this.lookups(root);
  }

  /** The page's title and h1 headings, normalized: what kind of page every field is on. */
  pageContext(): string {
    this.page ??= normalizeText(
      [this.doc.title ?? '', ...Array.from(this.doc.querySelectorAll('h1'), (h1) => h1.textContent ?? '')].join(' | '),
    ).slice(0, 1000);
    return this.page;
  }

  grid(table: Element): TableGrid {
    let grid = this.grids.get(table);
    if (!grid) {
      grid = buildTableGrid(table);
      this.grids.set(table, grid);
    }
    return grid;
  }

  private lookups(root: FieldRoot): RootLookups {
    let lookups = this.roots.get(root);
    if (!lookups) {
      lookups = new RootLookups(root);
      this.roots.set(root, lookups);
    }
    return lookups;
  }
}

class RootLookups implements AttributeCounts {
  private labelsById: Map<string, Element[]> | null = null;
  private ids: Map<string, number> | null = null;
  private names: Map<string, number> | null = null;

  constructor(private readonly root: FieldRoot) {}

  labelsFor(id: string): Element[] {
    this.labelsById ??= groupBy(this.root.querySelectorAll('label[for]'), 'for');
    return this.labelsById.get(id) ?? [];
  }

  idCount(id: string): number {
    this.ids ??= countAttribute(this.root, 'id');
    return this.ids.get(id) ?? 0;
  }

  nameCount(name: string): number {
    this.names ??= countAttribute(this.root, 'name');
    return this.names.get(name) ?? 0;
  }
}

function groupBy(elements: ArrayLike<Element>, attribute: string): Map<string, Element[]> {
  const groups = new Map<string, Element[]>();
  for (const element of Array.from(elements)) {
    const value = element.getAttribute(attribute) ?? '';
    const list = groups.get(value);
    if (list) list.push(element);
    else groups.set(value, [element]);
  }
  return groups;
}

function countAttribute(root: FieldRoot, attribute: 'id' | 'name'): Map<string, number> {
  const counts = new Map<string, number>();
  for (const element of Array.from(root.querySelectorAll(`[${attribute}]`))) {
    const value = attributeOf(element, attribute) ?? '';
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}
