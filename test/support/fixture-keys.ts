/**
 * The keys truth files use for fields, computed from the page: the element's id; "name=<name>" when it has no
 * id; "<host id> >>> <inner id>" inside open shadow roots; "heading=<text>" for a document section and
 * "label=<text>" for a document label/value pair. A detected field gets every key that could name it (a radio
 * group answers to each radio's id), and a truth file's key is looked up among them.
 */
import type { Field, FieldPlace } from '../../rules/schema';
import { findByLocator } from '../../utils/fields/selector';
import { shadowHosts } from '../../utils/fields/roots';

/** What the field reader returns: the fields and, beside them, where each was found. */
interface ReadFields {
  fields: readonly Field[];
  places: Readonly<Record<string, FieldPlace>>;
}

/** Key -> the first detected field that answers to it. */
export function fieldsByKey(doc: Document, read: ReadFields): Map<string, Field> {
  const byKey = new Map<string, Field>();
  for (const { field, keys } of keyedFields(doc, read)) for (const key of keys) if (!byKey.has(key)) byKey.set(key, field);
  return byKey;
}

/** Every detected field with all the keys that could name it, first the one a truth file would most likely use. */
export function keyedFields(doc: Document, { fields, places }: ReadFields): Array<{ field: Field; keys: string[] }> {
  return fields.map((field) => {
    const place = places[field.key] ?? {};
    return { field, keys: keysFor(field, place, place.selector === undefined ? null : findByLocator(doc, place.selector)) };
  });
}

/** How a truth file's key is compared: ids exactly, heading and label text without case, spacing or colon. */
export function normalizeKey(key: string): string {
  const match = /^(heading|label)=(.*)$/s.exec(key);
  if (!match) return key.trim();
  return `${match[1]}=${match[2]!.replace(/\s+/g, ' ').trim().replace(/[\s:]+$/, '').toLowerCase()}`;
}

function keysFor(field: Field, place: FieldPlace, element: Element | null): string[] {
  if (place.kind === 'document') {
    const keys = [normalizeKey(`heading=${field.label}`), normalizeKey(`label=${field.label}`)];
    return element?.id ? [element.id, ...keys] : keys;
  }
  if (!element) return [place.id ?? (place.name ? `name=${place.name}` : place.selector ?? field.key)];
  const hosts = shadowHosts(element).map(ownKey);
  const prefix = hosts.length > 0 ? `${hosts.join(' >>> ')} >>> ` : '';
  return groupMembers(element, place).map((member) => prefix + ownKey(member));
}

function ownKey(element: Element): string {
  const id = element.getAttribute('id');
  if (id) return id;
  const name = element.getAttribute('name');
  return name ? `name=${name}` : element.localName;
}

/** A radio or same-name checkbox group answers to any of its members' ids (and their shared name). */
function groupMembers(element: Element, { kind }: FieldPlace): Element[] {
  const name = element.getAttribute('name');
  if ((kind !== 'radio' && kind !== 'checkbox') || !name) return [element];
  const scope: ParentNode = element.closest('form') ?? (element.getRootNode() as ParentNode);
  const members = Array.from(scope.querySelectorAll(`input[type="${kind}"]`)).filter((other) => other.getAttribute('name') === name);
  return members.length > 0 ? members : [element];
}
