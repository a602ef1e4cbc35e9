/**
 * The checklists and the situation for a snapshot, with what choosing them read: each field property read, by
 * the field's concept ("payer.name value"), and each other snapshot property (headings, url). Reading goes through
 * proxies over the snapshot and its fields, so nothing is declared by hand: the incremental engine chooses again
 * only when an edit changed something that was read, else the choice cannot have changed.
 */
import type { Checklist, Field, Snapshot } from '../schema';
import { readSituation, type Situation } from '../conditions/situation';
import { selectChecklists, type ChecklistChoice, type Selection } from './select-checklists';

export interface RecordedSelection<T extends Checklist> {
  selection: Selection<T>;
  situation: Situation;
  /** Each field property read, by the field's concept ('*' for a list of its properties). */
  fieldReads: Map<string, Set<string>>;
  /** The snapshot's own properties read, with the values they had (JSON), `fields` left out. */
  snapshotReads: Map<string, string>;
}

export const SEP = '\u0000';

/** Where the field proxies note their reads: the recordSelection running now (it runs synchronously). */
let noting: Map<string, Set<string>> | undefined;

function note(concept: string, property: string): void {
  if (!noting) return;
  const properties = noting.get(concept);
  if (properties) properties.add(property);
  else noting.set(concept, new Set([property]));
}

/**
 * One handler for every field proxy (a handler and its closures per field, per choice, were most of the garbage),
 * noting into `noting`; `concept` itself is not noted: a field that moves to another concept re-chooses anyway.
 */
const fieldHandler: ProxyHandler<Field> = {
  get(target, property) {
    if (typeof property === 'string' && property !== 'concept') note(target.concept, property);
    return target[property as keyof Field];
  },
  ownKeys(target) {
    note(target.concept, '*');
    return Reflect.ownKeys(target);
  },
};

/** The proxy of each field object, kept while the field is: an edit's unchanged fields reuse theirs. */
const proxies = new WeakMap<Field, Field>();

function watched(field: Field): Field {
  let proxy = proxies.get(field);
  if (!proxy) proxies.set(field, (proxy = new Proxy(field, fieldHandler)));
  return proxy;
}

export function recordSelection<T extends Checklist>(snapshot: Snapshot, all: readonly T[], choice: ChecklistChoice): RecordedSelection<T> {
  const fieldReads = new Map<string, Set<string>>();
  const snapshotReads = new Map<string, string>();
  const fields = snapshot.fields.map(watched);
  const watchedSnapshot = new Proxy(snapshot, {
    get(target, property, receiver) {
      if (property === 'fields') return fields;
      if (typeof property === 'string') snapshotReads.set(property, JSON.stringify(Reflect.get(target, property, receiver)) ?? '');
      return Reflect.get(target, property, receiver);
    },
    ownKeys(target) {
      for (const key of Reflect.ownKeys(target)) if (typeof key === 'string' && key !== 'fields') snapshotReads.set(key, JSON.stringify(target[key as keyof Snapshot]) ?? '');
      return Reflect.ownKeys(target);
    },
  });
  const outer = noting;
  noting = fieldReads;
  try {
    const selection = selectChecklists(watchedSnapshot, all, choice);
    const situation = readSituation(watchedSnapshot, choice, selection.context);
    return { selection, situation, fieldReads, snapshotReads };
  } finally {
    noting = outer;
  }
}

/** Whether choosing again could give something else: a property it read changed. */
export function selectionMayChange(recorded: RecordedSelection<Checklist>, snapshot: Snapshot, changedFieldProperties: ReadonlySet<string>): boolean {
  for (const [property, seen] of recorded.snapshotReads) {
    if ((JSON.stringify(snapshot[property as keyof Snapshot]) ?? '') !== seen) return true;
  }
  for (const changed of changedFieldProperties) {
    const separator = changed.indexOf(SEP);
    const read = recorded.fieldReads.get(changed.slice(0, separator));
    if (read && (read.has(changed.slice(separator + 1)) || read.has('*'))) return true;
  }
  return false;
}
