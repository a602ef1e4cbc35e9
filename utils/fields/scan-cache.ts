import { RowFinder } from './repeated-rows';
import { elementsIn, rootOf, type FieldRoot } from './roots';
import type { AttributeCounts } from './selector';
import { WALK_STEP, runSteps, type Steps } from './steps';
import { buildTableGridSteps, type TableGrid } from './table-grid';
import { normalizeText } from './text';

/**
 * Lookups that one scan of a document computes once and every field reuses: label[for] by id, id and name
 * counts (both per document or shadow root, where they are scoped), table grids, repeated rows. Built per collectFields call;
 * the content script keeps the last one only to read an edited control again (control-edits.ts) until its next
 * scan, and whatever page change it misses meanwhile that scan reads anew.
 */
export class ScanCache {
  private readonly roots = new Map<FieldRoot, RootLookups>();
  private readonly grids = new Map<Element, TableGrid>();
  private page: string | null = null;
  /** Each fieldset's legend text and controls, read once however many of its fields ask (see label-text.ts). */
  readonly fieldsets = new ElementMemo<{ legend: string; controls: readonly Element[] }>();
  /** Repeated rows outside table grids (ARIA grids, lists of cards); see repeated-rows.ts. */
  readonly rows = new RowFinder((control) => this.labelsFor(control));

  /** `end`: where the scan stops reading a huge page (see scan-window.ts); table grids stop there too. */
  constructor(
    readonly doc: Document,
    private readonly end: Element | null = null,
  ) {}

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
      grid = runSteps(buildTableGridSteps(table, this.end));
      this.grids.set(table, grid);
    }
    return grid;
  }

  /**
   * Builds, a step at a time, the lookups reading `element` will use (its root's labels and id/name counts, its
   * table's grid). Each is built once per scan; on a huge page building one at once would be a long task.
   */
  *prepareFor(element: Element): Steps<void> {
    yield* this.lookups(rootOf(element)).prepare();
    const table = element.closest('td, th')?.closest('table');
    if (table && !this.grids.has(table)) this.grids.set(table, yield* buildTableGridSteps(table, this.end));
  }

  private lookups(root: FieldRoot): RootLookups {
    let lookups = this.roots.get(root);
    if (!lookups) {
      lookups = new RootLookups(root, root === this.doc ? this.end : null);
      this.roots.set(root, lookups);
    }
    return lookups;
  }
}

/**
 * Labels and id/name counts of one root. In a windowed scan of a huge page (see scan-window.ts) the document's
 * are counted up to the window's end only: a selector unique there is the first match in the whole page, and
 * counting all of a 50,000-field page would cost what the window saves.
 */
class RootLookups implements AttributeCounts {
  private labelsById: Map<string, Element[]> | null = null;
  private ids: Map<string, number> | null = null;
  private names: Map<string, number> | null = null;

  constructor(
    private readonly root: FieldRoot,
    private readonly end: Element | null,
  ) {}

  labelsFor(id: string): Element[] {
    if (!this.labelsById) runSteps(this.prepare());
    return this.labelsById!.get(id) ?? [];
  }

  idCount(id: string): number {
    if (!this.ids) runSteps(this.prepare());
    return this.ids!.get(id) ?? 0;
  }

  nameCount(name: string): number {
    if (!this.names) runSteps(this.prepare());
    return this.names!.get(name) ?? 0;
  }

  /** All three lookups in one walk of the root, built in steps; a no-op once built. */
  *prepare(): Steps<void> {
    if (this.labelsById) return;
    const labels = new Map<string, Element[]>();
    const ids = new Map<string, number>();
    const names = new Map<string, number>();
    let visited = 0;
    for (const element of elementsIn(this.root, this.end, false)) {
      if (++visited % WALK_STEP === 0) yield;
      const id = element.getAttribute('id');
      if (id !== null) ids.set(id, (ids.get(id) ?? 0) + 1);
      const name = element.getAttribute('name');
      if (name !== null) names.set(name, (names.get(name) ?? 0) + 1);
      const target = element.localName === 'label' ? element.getAttribute('for') : null;
      if (target === null) continue;
      const list = labels.get(target);
      if (list) list.push(element);
      else labels.set(target, [element]);
    }
    [this.labelsById, this.ids, this.names] = [labels, ids, names];
  }
}

/** What one scan worked out about an element, so the fields that share it (a fieldset, a row) ask only once. */
export class ElementMemo<T> {
  private readonly answers = new Map<Element, T>();

  get(element: Element, compute: (element: Element) => T): T {
    let answer = this.answers.get(element);
    if (answer === undefined && !this.answers.has(element)) {
      answer = compute(element);
      this.answers.set(element, answer);
    }
    return answer as T;
  }
}
