/**
 * The engine: snapshot + checklists -> findings. Pure (no browser, no clock), so the service worker, vitest
 * and the command-line tool all get the same answer for the same snapshot.
 */
import { findCheck } from './checks';
import type { CheckContext, CheckOutcome, ReferenceData } from './checks/types';
import type { Checklist, Finding, Rule, Snapshot, Source } from './schema';
import { SnapshotFields } from './snapshot-fields';

/**
 * Runs every rule of every checklist against the snapshot. Every outcome becomes a finding (passes
 * included), in checklist order then rule order; a check that throws yields one "can't tell" finding.
 */
export function evaluate(snapshot: Snapshot, checklists: Checklist[], references: ReferenceData = {}): Finding[] {
  const context: CheckContext = {
    snapshot,
    fields: new SnapshotFields(snapshot),
    today: snapshot.takenAt.slice(0, 10),
    references,
  };
  return checklists.flatMap((checklist) =>
    checklist.rules.flatMap((rule) =>
      runRule(context, rule).map((outcome) => toFinding(checklist, rule, outcome))));
}

/** The number of gaps a user must fix: findings that failed. */
export function countGaps(findings: Finding[]): number {
  return findings.filter((finding) => finding.status === 'fail').length;
}

/** One line for a source: "Policy, section (YYYY-MM-DD) URL". */
export function formatCitation(source: Source): string {
  const section = source.section ? `, ${source.section}` : '';
  return `${source.policy}${section} (${source.date}) ${source.url}`;
}

function runRule(context: CheckContext, rule: Rule): CheckOutcome[] {
  const check = findCheck(rule.check);
  if (!check) return [couldNotRun(`its check "${rule.check}" is not part of this version of ClaimLint`)];
  const options = check.options.safeParse(rule.options ?? {});
  if (!options.success) return [couldNotRun('its options are not valid for its check')];
  try {
    return check.run(context, options.data);
  } catch {
    // The error text may quote page values (patient data), so the finding says only that the check failed.
    return [couldNotRun('the check stopped with an error')];
  }
}

function couldNotRun(reason: string): CheckOutcome {
  return {
    status: 'cantTell',
    concept: null,
    index: null,
    fieldKey: null,
    message: `ClaimLint could not run this check (${reason}), so it can't tell whether this is met`,
  };
}

function toFinding(checklist: Checklist, rule: Rule, outcome: CheckOutcome): Finding {
  const citation = rule.source ?? checklist.source;
  return {
    ruleId: rule.id,
    checklistId: checklist.id,
    title: rule.title,
    status: outcome.status,
    severity: rule.severity,
    concept: outcome.concept,
    index: outcome.index,
    fieldKey: outcome.fieldKey,
    message: outcome.message,
    why: rule.why,
    fix: rule.fix,
    source: formatCitation(citation),
    citation,
  };
}
