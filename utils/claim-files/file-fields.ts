/**
 * Fields read from a claim file (X12 837P, FHIR JSON) rather than from a page. A claim file is the whole claim:
 * every box it has a place for is known, so a slot the file leaves empty is recorded as an empty field (a gap),
 * while things a claim file never carries (goals, plan of care) are simply not recorded ("can't tell").
 */
import type { ConceptKey } from '../../rules/concepts';
import type { Field, FieldIndex, Snapshot } from '../../rules/schema';

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
}

/** Collects fields in reading order with keys unique within the snapshot. */
export class FileFields {
  private readonly list: Field[] = [];

  add(spec: FileFieldSpec): void {
    this.list.push({
      key: `c${this.list.length}`,
      concept: spec.concept,
      index: spec.index ?? null,
      kind: 'document',
      value: spec.value.trim().slice(0, 100_000),
      label: spec.label.slice(0, 500),
      confidence: 1,
      evidence: [{ signal: 'claim-file', text: spec.path.slice(0, 500), weight: 1 }],
      locator: { frameId: 0, selector: spec.path.slice(0, 2000), name: null, id: null },
    });
  }

  /** True when a field of this concept (and index) was already added. */
  has(concept: ConceptKey, index: FieldIndex = null): boolean {
    return this.list.some((field) => field.concept === concept && field.index === index);
  }

  get fields(): Field[] {
    return [...this.list];
  }
}

/** A snapshot of a claim file: url is the file's URL, title says what kind of file it is. */
export function fileSnapshot(url: string, title: string, fields: FileFields, takenAt = new Date().toISOString()): Snapshot {
  return { url, title, takenAt, fields: fields.fields };
}
