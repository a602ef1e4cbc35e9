/**
 * The --json output. Field values are patient data: only whether a field has one is printed, never the value.
 */
import { hasValue } from '../rules/snapshot-fields';
import type { Field } from '../rules/schema';
import type { FieldsResult } from './read-fields';
import type { CheckResult } from './run-check';

/** One field as the JSON outputs show it: what it is and whether it holds something, never what it holds. */
export function fieldJson(field: Field) {
  return {
    concept: field.concept,
    index: field.index,
    name: field.locator.name,
    id: field.locator.id,
    label: field.label,
    confidence: field.confidence,
    hasValue: hasValue(field),
  };
}

/**
 * The JSON document for `claimlint fields`: each field in the shared shape plus its kind, locator selector and
 * the kinds of evidence that placed it (label, name, section, adapter, user...), without the evidence text.
 */
export function fieldsJson(result: FieldsResult) {
  return {
    source: result.source,
    fields: result.snapshot.fields.map((field) => ({
      ...fieldJson(field),
      kind: field.kind,
      selector: field.locator.selector,
      signals: [...new Set(field.evidence.map((evidence) => evidence.signal))],
    })),
    ...(result.snapshot.truncated ? { truncated: result.snapshot.truncated } : {}),
  };
}

/** The JSON document for a check result (printed by `document`). */
export function checkJson(result: CheckResult) {
  return {
    source: result.source,
    checklists: result.checklists.map((checklist) => checklist.id),
    fields: result.snapshot.fields.map(fieldJson),
    findings: result.findings.map((finding) => ({
      ruleId: finding.ruleId,
      checklistId: finding.checklistId,
      status: finding.status,
      severity: finding.severity,
      concept: finding.concept,
      index: finding.index,
      message: finding.message,
      source: finding.source,
    })),
    ...(result.snapshot.truncated ? { truncated: result.snapshot.truncated } : {}),
  };
}

/** A JSON document as the CLI prints it: indented, ending in a newline. */
export function document(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
