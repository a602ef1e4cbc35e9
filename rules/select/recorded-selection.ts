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
  /** `concept + SEP + property` for each field property read ('*' for a list of its properties). */
  fieldReads: Set<string>;
  /** The snapshot's own properties read, with the values they had (JSON), `fields` left out. */
  snapshotReads: Map<string, string>;
}

export const SEP = '\u0000';

export function recordSelection<T extends Checklist>(snapshot: Snapshot, all: readonly T[], choice: ChecklistChoice): RecordedSelection<T> {
  const fieldReads = new Set<string>();
  const snapshotReads = new Map<string, string>();
  const watch = (field: Field) => new Proxy(field, {
    get(target, property, receiver) {
      if (typeof property === 'string' && property !== 'concept') fieldReads.add(`${target.concept}${SEP}${property}`);
      return Reflect.get(target, property, receiver);
    },
    ownKeys(target) {
      fieldReads.add(`${target.concept}${SEP}*`);
      return Reflect.ownKeys(target);
    },
  });
  const fields = snapshot.fields.map(watch);
  const watched = new Proxy(snapshot, {
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
  const selection = selectChecklists(watched, all, choice);
  const situation = readSituation(watched, choice, selection.context);
  return { selection, situation, fieldReads, snapshotReads };
}

/** Whether choosing again could give something else: a property it read changed. */
export function selectionMayChange(recorded: RecordedSelection<Checklist>, snapshot: Snapshot, changedFieldProperties: ReadonlySet<string>): boolean {
  for (const [property, seen] of recorded.snapshotReads) {
    if ((JSON.stringify(snapshot[property as keyof Snapshot]) ?? '') !== seen) return true;
  }
  for (const changed of changedFieldProperties) {
    if (recorded.fieldReads.has(changed)) return true;
    const concept = changed.slice(0, changed.indexOf(SEP));
    if (recorded.fieldReads.has(`${concept}${SEP}*`)) return true;
  }
  return false;
}
