/**
 * The --json output. Field values are patient data: only whether a field has one is printed, never the value.
 */
import { hasValue } from '../rules/snapshot-fields';
import type { CheckResult } from './run-check';

/** The JSON document for a check result, as a string ending in a newline. */
export function renderJson(result: CheckResult): string {
  const output = {
    source: result.source,
    checklists: result.checklists.map((checklist) => checklist.id),
    fields: result.snapshot.fields.map((field) => ({
      concept: field.concept,
      index: field.index,
      name: field.locator.name,
      id: field.locator.id,
      label: field.label,
      confidence: field.confidence,
      hasValue: hasValue(field),
    })),
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
  return `${JSON.stringify(output, null, 2)}\n`;
}
