/**
 * Tests read a field together with where it was found (the reader keeps that beside the engine's view).
 */
import type { Field, FieldPlace } from '../../rules/schema';

export type PlacedField = Field & { place: FieldPlace };

/** Each field with its place: control kind, selector, name/id and evidence for a page; path for a claim file. */
export function placedFields(read: { fields: readonly Field[]; places?: Readonly<Record<string, FieldPlace>> }): PlacedField[] {
  return read.fields.map((field) => ({ ...field, place: read.places?.[field.key] ?? {} }));
}

/** Puts the markup in the (happy-dom) document and reads its fields, each with its place. */
export function renderFields(html: string, collect: (doc: Document) => { fields: readonly Field[]; places?: Readonly<Record<string, FieldPlace>> }): PlacedField[] {
  document.body.innerHTML = html;
  return placedFields(collect(document));
}

/** The field located at the element with this id (radio groups are located at their first radio). */
export function fieldWithId(fields: readonly PlacedField[], id: string): PlacedField | undefined {
  return fields.find((field) => field.place.id === id);
}
