import type { ConceptKey } from '../concepts';
import type { Field, FieldIndex, Snapshot } from '../schema';

/**
 * What one rule read through its SnapshotFields: the concepts it asked for, or `everything` when it took the
 * whole snapshot (then any change may change its findings). The incremental engine re-runs a rule only when a
 * concept it read changed, so this is recorded as the rule runs, never declared by hand.
 */
export interface ConceptReads {
  concepts: Set<string>;
  everything: boolean;
}

/**
 * Lookups over a snapshot's fields by concept and index, built once per evaluation so that checks do not
 * each scan the field list.
 */
export class SnapshotFields {
  private readonly byConcept: Map<ConceptKey, Field[]>;
  private readonly readings: Readings;

  constructor(private readonly source: Snapshot, shared?: Map<ConceptKey, Field[]>, private readonly reads?: ConceptReads, readings?: Readings) {
    this.byConcept = shared ?? groupByConcept(source.fields);
    this.readings = readings ?? new Map();
  }

    /**
   * The lookups for a snapshot, built once per field list: choosing checklists, reading the situation and
   * evaluating all look at the same snapshot, and a page may hold thousands of fields. Snapshots are plain data
   * that nothing changes once read (a list that grew since is indexed again).
   */
  static of(snapshot: Snapshot): SnapshotFields {
    const cached = built.get(snapshot.fields);
    if (cached && cached.count === snapshot.fields.length) return new SnapshotFields(snapshot, cached.byConcept, undefined, cached.readings);
    const byConcept = groupByConcept(snapshot.fields);
    const readings: Readings = new Map();
    built.set(snapshot.fields, { byConcept, count: snapshot.fields.length, readings });
    return new SnapshotFields(snapshot, byConcept, undefined, readings);
  }

  /**
   * The lookups for `next`, the same fields in the same order with only fields of `concepts` changed: the other
   * concepts' lists are shared, so an edit does not index every field again. `replaced` (each changed field's new
   * object by its old one, when none moved to another concept) spares reading every field of the snapshot.
   */
  withChanges(next: Snapshot, concepts: ReadonlySet<string>, replaced?: ReadonlyMap<Field, Field>): SnapshotFields {
    const byConcept = new Map(this.byConcept);
    const regroup = new Set<string>();
    for (const concept of concepts) {
      const list = replaced && this.byConcept.get(concept as ConceptKey);
      let found = 0;
      const swapped = list ? list.map((field) => (replaced.has(field) ? ((found += 1), replaced.get(field)!) : field)) : undefined;
      // The list holds every field it replaces only when it holds the snapshot's own objects (an equal copy left in
      // by an earlier edit is not one): else the concept is grouped again from the snapshot.
      if (swapped && found === countOf(replaced!, concept)) byConcept.set(concept as ConceptKey, swapped);
      else regroup.add(concept);
    }
    if (regroup.size > 0) {
      for (const concept of regroup) byConcept.delete(concept as ConceptKey);
      for (const field of next.fields) {
        if (!regroup.has(field.concept)) continue;
        const list = byConcept.get(field.concept as ConceptKey);
        if (list) list.push(field);
        else byConcept.set(field.concept as ConceptKey, [field]);
      }
    }
    // A reading made from none of the changed concepts' fields is the same reading of the new snapshot.
    const readings: Readings = new Map();
    for (const [key, reading] of this.readings) {
      if (![...reading.concepts].some((concept) => concepts.has(concept))) readings.set(key, reading);
    }
    return new SnapshotFields(next, byConcept, undefined, readings);
  }

  /** The whole snapshot: a reader of it depends on every field. */
  get snapshot(): Snapshot {
    if (this.reads) this.reads.everything = true;
    return this.source;
  }

  /** The same lookups (no copy), recording each concept asked for into `reads`. */
  recording(reads: ConceptReads): SnapshotFields {
    return new SnapshotFields(this.source, this.byConcept, reads, this.readings);
  }

  /**
   * A reading several checks make of these fields (the service lines, their codes), made once per field lists
   * and shared: `read` must read only through the SnapshotFields it is given, and its result is not to be changed
   * (it is frozen). The concepts it read count as read by every caller, so the incremental engine re-runs a rule
   * that used it exactly when it would had the rule read them itself; an edit keeps the readings it did not touch.
   */
  reading<T>(key: string, read: (fields: SnapshotFields) => T): T {
    let reading = this.readings.get(key);
    if (!reading) {
      const reads: ConceptReads = { concepts: new Set(), everything: false };
      const value = read(new SnapshotFields(this.source, this.byConcept, reads, this.readings));
      // A reading of the whole snapshot depends on everything: made again for every snapshot, never kept.
      if (reads.everything) {
        if (this.reads) this.reads.everything = true;
        return value;
      }
      reading = { value: Object.freeze(value), concepts: reads.concepts };
      this.readings.set(key, reading);
    }
    if (this.reads) for (const concept of reading.concepts) this.reads.concepts.add(concept);
    return reading.value as T;
  }

  /** Every field of a concept; with an index, only that diagnosis letter or service line. */
  all(concept: ConceptKey, index?: FieldIndex): Field[] {
    this.reads?.concepts.add(concept);
    const list = this.byConcept.get(concept) ?? [];
    return index === undefined ? list : list.filter((field) => field.index === index);
  }

  /** The first field of the concept that has a value, else the first one found, else undefined. */
  best(concept: ConceptKey, index?: FieldIndex): Field | undefined {
    const list = this.all(concept, index);
    return list.find(hasValue) ?? list[0];
  }

  /** True when the page has at least one field of the concept (filled or not). */
  has(concept: ConceptKey): boolean {
    this.reads?.concepts.add(concept);
    return (this.byConcept.get(concept)?.length ?? 0) > 0;
  }

  /** The distinct indexes seen for a repeated concept, in page order. */
  indexes(concept: ConceptKey): Exclude<FieldIndex, null>[] {
    const seen = new Set<Exclude<FieldIndex, null>>();
    for (const field of this.all(concept)) if (field.index !== null) seen.add(field.index);
    return [...seen];
  }
}

/** How many of the replaced fields are of `concept`. */
function countOf(replaced: ReadonlyMap<Field, Field>, concept: string): number {
  let count = 0;
  for (const old of replaced.keys()) if (old.concept === concept) count += 1;
  return count;
}

/** Readings made of one snapshot's fields (SnapshotFields.reading), by key, with the concepts each read. */
type Readings = Map<string, { value: unknown; concepts: ReadonlySet<string> }>;

const built = new WeakMap<readonly Field[], { byConcept: Map<ConceptKey, Field[]>; count: number; readings: Readings }>();

function groupByConcept(fields: readonly Field[]): Map<ConceptKey, Field[]> {
  const byConcept = new Map<ConceptKey, Field[]>();
  for (const field of fields) {
    const concept = field.concept as ConceptKey;
    const list = byConcept.get(concept);
    if (list) list.push(field);
    else byConcept.set(concept, [field]);
  }
  return byConcept;
}

/** A field "has a value" when it holds more than whitespace; an unchecked box has none. */
export function hasValue(field: Field): boolean {
  return field.value.trim().length > 0;
}

/**
 * The concepts a snapshot shows, for choosing checklists and the kind of document. A component a whole document
 * lacks (an empty field marked with the document's word) is not shown: it is there only so checks can say it is
 * missing, and counting it would pull every checklist in for every document.
 */
export function presentConcepts(snapshot: Snapshot): Set<ConceptKey> {
  const present = new Set<ConceptKey>();
  for (const field of snapshot.fields) {
    if (field.document === undefined || hasValue(field)) present.add(field.concept as ConceptKey);
  }
  return present;
}
