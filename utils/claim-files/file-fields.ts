/**
 * Fields read from a claim file (X12 837P, FHIR JSON) rather than from a page. A claim file is the whole claim:
 * every box it has a place for is known, so a slot the file leaves empty is recorded as an empty field (a gap),
 * while things a claim file never carries (goals, plan of care) are simply not recorded ("can't tell").
 */
import type { ConceptKey } from '../../rules/concepts';
import type { CodeSystem, Field, FieldIndex, FieldPlace, Snapshot, SnapshotSource } from '../../rules/schema';

export interface FileFieldSpec {
  concept: ConceptKey;
  /** Diagnosis letter A–L or service line number; omitted for single fields. */
  index?: FieldIndex;
  /** The value as the biller would read it on the form (dates as YYYY-MM-DD, codes as sent). '' for an empty slot. */
  value: string;
  /** What the slot is called in the file's own terms, e.g. "Prior authorization (2300 REF*G1)". */
  label: string;
  /** Where in the file: "2300 REF*G1", "Claim.insurance[0].preAuthRef[0]". Never a value. */
  path: string;
  /** The code system the file names for a coded value (a FHIR Coding.system); omitted when it names none. */
  codeSystem?: CodeSystem;
}

/**
 * Collects fields in reading order with keys unique within the snapshot. A batch reads some hundred fields per
 * claim for thousands of claims, so `has` is a set lookup and the snapshot takes the lists without copying them.
 */
export class FileFields {
  private readonly list: Field[] = [];
  // A plain object filled in key order stays a fast-properties object; a prototype-less one, or a copy by
  // spread, is a dictionary that costs more to build than the claim's whole read.
  private readonly paths: Record<string, FieldPlace> = {};
  /** Concept (and index) of every field, built on the first `has`: most readers never ask (an 837P never does). */
  private slots: Set<string> | null = null;

  add(spec: FileFieldSpec): void {
    const key = `c${this.list.length}`;
    const index = spec.index ?? null;
    const field: Field = {
      key,
      concept: spec.concept,
      index,
      value: spec.value.trim().slice(0, 100_000),
      label: spec.label.slice(0, 500),
      confidence: 1,
    };
    if (spec.codeSystem) field.codeSystem = spec.codeSystem;
    this.list.push(field);
    this.paths[key] = { path: spec.path.slice(0, 2000) };
    this.slots?.add(slotKey(spec.concept, index));
  }

  /** True when a field of this concept (and index) was already added. */
  has(concept: ConceptKey, index: FieldIndex = null): boolean {
    this.slots ??= new Set(this.list.map((field) => slotKey(field.concept, field.index)));
    return this.slots.has(slotKey(concept, index));
  }

  get fields(): Field[] {
    return [...this.list];
  }

  /** Field key -> where in the file it was read. */
  get places(): Record<string, FieldPlace> {
    return { ...this.paths };
  }

  /** The fields and their places, handed over whole: nothing is added after the snapshot is made. */
  takeAll(): { fields: Field[]; places: Record<string, FieldPlace> } {
    return { fields: this.list, places: this.paths };
  }
}

function slotKey(concept: ConceptKey, index: FieldIndex): string {
  return index === null ? concept : `${concept}\u0000${index}`;
}

/** A snapshot of a claim file: url is the file's URL, title says what kind of file it is. */
export function fileSnapshot(
  source: SnapshotSource, url: string, title: string, fields: FileFields, takenAt = new Date().toISOString(),
): Snapshot {
  const { fields: list, places } = fields.takeAll();
  return { source, url, title, takenAt, fields: list, places };
}
