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

  constructor(private readonly source: Snapshot, shared?: Map<ConceptKey, Field[]>, private readonly reads?: ConceptReads) {
    this.byConcept = shared ?? groupByConcept(source.fields);
  }

    /**
   * The lookups for a snapshot, built once per field list: choosing checklists, reading the situation and
   * evaluating all look at the same snapshot, and a page may hold thousands of fields. Snapshots are plain data
   * that nothing changes once read (a list that grew since is indexed again).
   */
  static of(snapshot: Snapshot): SnapshotFields {
    const cached = built.get(snapshot.fields);
    if (cached && cached.count === snapshot.fields.length) return new SnapshotFields(snapshot, cached.byConcept);
    const byConcept = groupByConcept(snapshot.fields);
    built.set(snapshot.fields, { byConcept, count: snapshot.fields.length });
    return new SnapshotFields(snapshot, byConcept);
  }

  /**
   * The lookups for `next`, the same fields in the same order with only fields of `concepts` changed: the other
   * concepts' lists are shared, so an edit does not index every field again.
   */
  withChanges(next: Snapshot, concepts: ReadonlySet<string>): SnapshotFields {
    const byConcept = new Map(this.byConcept);
    for (const concept of concepts) byConcept.delete(concept as ConceptKey);
    for (const field of next.fields) {
      if (!concepts.has(field.concept)) continue;
      const list = byConcept.get(field.concept as ConceptKey);
      if (list) list.push(field);
      else byConcept.set(field.concept as ConceptKey, [field]);
    }
    return new SnapshotFields(next, byConcept);
  }

  /** The whole snapshot: a reader of it depends on every field. */
  get snapshot(): Snapshot {
    if (this.reads) this.reads.everything = true;
    return this.source;
  }

  /** The same lookups (no copy), recording each concept asked for into `reads`. */
  recording(reads: ConceptReads): SnapshotFields {
    return new SnapshotFields(this.source, this.byConcept, reads);
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

const built = new WeakMap<readonly Field[], { byConcept: Map<ConceptKey, Field[]>; count: number }>();

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
