/**
 * Hand-built snapshots for unit tests: synthetic fields only, never a real person's data.
 */
import type { ConceptKey } from '../concepts';
import type { Field, FieldIndex, Snapshot } from '../schema';
import { SnapshotFields } from '../reading/snapshot-fields';
import type { CheckContext } from '../checks/types';
import { sourceWords } from '../outcome/source-words';

/** A field of a concept with a value; key defaults to concept plus index so tests can refer to it. */
export function field(
  concept: ConceptKey,
  value: string,
  extra: { index?: FieldIndex; label?: string; key?: string; document?: Field['document']; codeSystem?: Field['codeSystem'] } = {},
): Field {
  const index = extra.index ?? null;
  const key = extra.key ?? (index === null ? concept : `${concept}[${index}]`);
  return {
    key,
    concept,
    index,
    value,
    label: extra.label ?? '',
    confidence: 0.9,
    ...(extra.document !== undefined && { document: extra.document }),
    ...(extra.codeSystem !== undefined && { codeSystem: extra.codeSystem }),
  };
}

/** A snapshot taken at noon UTC on `today`. */
export function snapshotOf(fields: Field[], today = '2026-11-22'): Snapshot {
  return { source: { kind: 'page' }, url: 'https://portal.example/claim', title: 'Claim', takenAt: `${today}T12:00:00Z`, fields };
}

/** The context a check sees for these fields. */
export function contextOf(fields: Field[], today = '2026-11-22'): CheckContext {
  const snapshot = snapshotOf(fields, today);
  return { snapshot, fields: new SnapshotFields(snapshot), today, references: {}, where: sourceWords(snapshot.source) };
}
