/**
 * The --json output. Field values are patient data: only whether a field has one is printed, never the value.
 * Messages quote the values a check judged (codes, dates, NPIs); cli/redact.ts filters them before they get here.
 */
import { hasValue } from '../rules/reading/snapshot-fields';
import type { Field, FieldPlace, Finding, Snapshot } from '../rules/schema';
import type { ClaimChecked } from './check-claims';
import type { FieldsResult } from './read-fields';
import { documentComponentsJson } from './render-document';
import type { CheckResult } from './run-check';

/** One field as the JSON outputs show it: what it is and whether it holds something, never what it holds. */
export function fieldJson(field: Field, place: FieldPlace = {}) {
  return {
    concept: field.concept,
    index: field.index,
    name: place.name ?? null,
    id: place.id ?? null,
    label: field.label,
    confidence: field.confidence,
    hasValue: hasValue(field),
  };
}

/** Where a reader found the field: a page field's control kind and selector, a claim-file field's path. */
export function placeOf(snapshot: Snapshot, field: Field): FieldPlace {
  return (snapshot.places && Object.hasOwn(snapshot.places, field.key) ? snapshot.places[field.key] : undefined) ?? {};
}

/** The kinds of evidence that placed a field (label, name, section, adapter, user…); "claim-file" for a file's slot. */
export function signalsOf(place: FieldPlace): string[] {
  if (place.path !== undefined) return ['claim-file'];
  return [...new Set((place.evidence ?? []).map((evidence) => evidence.signal))];
}

/**
 * The JSON document for `claimlint fields`: each field in the shared shape plus where it was found (a page
 * field's kind and selector, a claim-file field's path) and the kinds of evidence that placed it, without the
 * evidence text.
 */
export function fieldsJson(result: FieldsResult) {
  const { snapshot } = result;
  // A document's components are printed with their evidence (documentComponentsJson), not again as fields.
  const formFields = result.document ? snapshot.fields.filter((field) => field.document === undefined) : snapshot.fields;
  return {
    source: result.source,
    ...(result.document && { document: documentComponentsJson(result.document) }),
    fields: formFields.map((field) => {
      const place = placeOf(snapshot, field);
      return {
        ...fieldJson(field, place),
        ...(place.path === undefined ? { kind: place.kind ?? null, selector: place.selector ?? null } : { path: place.path }),
        signals: signalsOf(place),
      };
    }),
    ...(result.snapshot.truncated ? { truncated: result.snapshot.truncated } : {}),
  };
}

/** The JSON document for a check result (printed by `document`). */
export function checkJson(result: CheckResult) {
  return {
    source: result.source,
    checklists: result.checklists.map((checklist) => checklist.id),
    choice: result.choice,
    fields: result.snapshot.fields.map((field) => fieldJson(field, placeOf(result.snapshot, field))),
    findings: result.findings.map(findingJson),
    ...(result.snapshot.truncated ? { truncated: result.snapshot.truncated } : {}),
  };
}

/** A finding as the JSON outputs show it; a fail keeps its `problem` (missing, invalid, inconsistent). */
function findingJson(finding: Finding) {
  return {
    ruleId: finding.ruleId,
    checklistId: finding.checklistId,
    status: finding.status,
    severity: finding.severity,
    concept: finding.concept,
    index: finding.index,
    message: finding.message,
    ...(finding.problem !== undefined && { problem: finding.problem }),
    source: finding.source,
  };
}

/** A JSON document as the CLI prints it: indented, ending in a newline. */
export function document(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * One claim of a claim file as --json prints it, in `claims`: the biller's id for it, its place in the file, and
 * what was checked; a claim the reader does not check has `notChecked` and empty lists.
 */
export function claimJson(checked: ClaimChecked, redact: boolean) {
  const { read, result } = checked;
  return {
    claimId: redact ? null : read.claimId,
    ...(!redact && read.controlNumber !== undefined && { controlNumber: read.controlNumber }),
    position: read.position,
    // The reader's title names the claim by its id ("X12 837P claim PCN-4471 (2 of 5)"): withheld with --redact.
    title: redact && read.claimId ? read.snapshot.title.replaceAll(read.claimId, '').replace(/\s{2,}/g, ' ') : read.snapshot.title,
    ...(read.notChecked !== undefined && { notChecked: read.notChecked }),
    checklists: result ? result.checklists.map((checklist) => checklist.id) : [],
    choice: result ? result.choice : null,
    fields: result ? result.snapshot.fields.map((field) => fieldJson(field, placeOf(result.snapshot, field))) : [],
    findings: result ? result.findings.map(findingJson) : [],
  };
}
