/**
 * Tests read a field together with where it was found (the reader keeps that beside the engine's view).
 */
import type { Field, FieldPlace } from '../../rules/schema';

export type PlacedField = Field & { place: FieldPlace };

/** Each field with its place: control kind, selector, name/id and evidence for a page; path for a claim file. */
export function placedFields(read: { fields: readonly Field[]; places?: Readonly<Record<string, FieldPlace>> }): PlacedField[] {
  return read.fields.map((field) => ({ ...field, place: read.places?.[field.key] ?? {} }));
}
