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

/** Collects fields in reading order with keys unique within the snapshot. */
export class FileFields {
  private readonly list: Field[] = [];
  private readonly paths: Record<string, FieldPlace> = Object.create(null) as Record<string, FieldPlace>;

  add(spec: FileFieldSpec): void {
    const key = `c${this.list.length}`;
    this.list.push({
      key,
      concept: spec.concept,
      index: spec.index ?? null,
      value: spec.value.trim().slice(0, 100_000),
      label: spec.label.slice(0, 500),
      confidence: 1,
      ...(spec.codeSystem && { codeSystem: spec.codeSystem }),
    });
    this.paths[key] = { path: spec.path.slice(0, 2000) };
  }

  /** True when a field of this concept (and index) was already added. */
  has(concept: ConceptKey, index: FieldIndex = null): boolean {
    return this.list.some((field) => field.concept === concept && field.index === index);
  }

  get fields(): Field[] {
    return [...this.list];
  }

  /** Field key -> where in the file it was read. */
  get places(): Record<string, FieldPlace> {
    return { ...this.paths };
  }
}

/** A snapshot of a claim file: url is the file's URL, title says what kind of file it is. */
export function fileSnapshot(
  source: SnapshotSource, url: string, title: string, fields: FileFields, takenAt = new Date().toISOString(),
): Snapshot {
  return { source, url, title, takenAt, fields: fields.fields, places: fields.places };
}
