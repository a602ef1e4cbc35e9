/**
 * Reading one control again after the user edited it, instead of the whole page. The control is read through
 * the same function the scan used (read-control.ts) with the scan's own lookups, and its reading is compared to
 * the scan's: when the edit changed nothing but the value, only the value is read again. Anything else (the
 * control now holds a whole letter, its concept or label would change, its value feeds another field) asks for
 * a whole scan, because other fields' readings may follow from it.
 */
import type { Field } from '../../rules/schema';
import type { CandidateField } from './candidates';
import type { Classification } from './classify-field';
import { readFieldValue } from './field-value';
import type { AppliedOverride } from './overrides';
import { readControlSteps } from './read-control';
import type { ScanCache } from './scan-cache';
import { runSteps } from './steps';

/** A control the scan read, as it first read it (before other fields' readings adjusted its index or concept). */
export interface ScannedControl {
  candidate: CandidateField;
  mayBeDocument: boolean;
  /** Null: the control is no field (no concept). */
  classification: Classification | null;
}

/**
 * What a scan leaves for re-reading its controls: its lookups (labels, grids, rows, page context), mappings and
 * controls by key. Valid while the page's DOM is as the scan saw it; a structural change needs a new scan.
 */
export interface ControlEdits {
  cache: ScanCache;
  overrides: ReadonlyMap<Element, AppliedOverride>;
  page: string;
  controls: ReadonlyMap<string, ScannedControl>;
}

/**
 * Concepts whose value makes or unmakes another field: "Dana Wu, LCSW" in a provider's name adds a credentials
 * field, unless the page's own credentials field has a value (collect-fields.ts addCredentialsFromNames).
 */
const VALUE_MAKES_FIELDS = new Set<string>(['provider.name', 'provider.credentials']);

/** The edited control's field (same key, new value), null when the control is no field, or 'rescan'. */
export type EditReading = { key: string; field: Field | null } | 'rescan';

const membersToKeys = new WeakMap<ControlEdits, Map<Element, string>>();

/** The key of the control `target` belongs to (a group's every box belongs to it), if the scan read it. */
export function scannedKeyOf(edits: ControlEdits, target: Element): string | undefined {
  let byMember = membersToKeys.get(edits);
  if (!byMember) {
    byMember = new Map();
    for (const [key, { candidate }] of edits.controls) for (const member of candidate.members) byMember.set(member, key);
    membersToKeys.set(edits, byMember);
  }
  return byMember.get(target);
}

/**
 * Reads the control `target` belongs to again, after an input or change event on it. `sent` holds the fields as
 * last sent, by key. 'rescan' when the scan did not read this control, or when its reading changed beyond its
 * value; the caller then scans the page.
 */
export function rereadEditedControl(edits: ControlEdits, sent: ReadonlyMap<string, Field>, target: Element): EditReading {
  const key = scannedKeyOf(edits, target);
  const scanned = key === undefined ? undefined : edits.controls.get(key);
  if (key === undefined || !scanned || !scanned.candidate.element.isConnected) return 'rescan';
  const { region, field } = runSteps(readControlSteps(scanned.candidate, edits.cache, edits.overrides, edits.page, scanned.mayBeDocument));
  if (region || !sameClassification(field.classification, scanned.classification)) return 'rescan';
  // Its first reading is unchanged, so what other fields' readings made of it is too: only its value is new.
  const before = sent.get(key);
  if (!before) return { key, field: null };
  if (VALUE_MAKES_FIELDS.has(before.concept)) return 'rescan';
  return { key, field: { ...before, value: readFieldValue(scanned.candidate, edits.cache) } };
}

function sameClassification(now: Classification | null, then: Classification | null): boolean {
  // Both come from the same code on the same clues, so their properties are in the same order.
  return JSON.stringify(now) === JSON.stringify(then);
}
