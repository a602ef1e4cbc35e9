/**
 * The engine: snapshot + compiled checklists -> findings. Pure (no browser, no clock), so the service worker,
 * vitest and the command-line tool all get the same answer for the same snapshot. Callers go through
 * checkSnapshot (rules/check-snapshot.ts), which also chooses the checklists.
 */
import type { CheckContext, ReferenceData } from './checks/types';
import type { CompiledChecklist, CompiledRule } from './compile-checklist';
import type { Finding, Snapshot, Source } from './schema';
import { SnapshotFields } from './reading/snapshot-fields';
import { sourceWords } from './outcome/source-words';
import type { CheckOutcome } from './checks/types';
import { ruleApplies } from './conditions/rule-applies';
import { readSituation, type Situation } from './conditions/situation';

/**
 * Runs every rule of every checklist against the snapshot (a rule with `when` / `unless` only where it applies,
 * judged on `situation`: the payer, services and kind checkSnapshot chose, else what the snapshot shows). Every outcome becomes a finding (passes
 * included), in checklist order then rule order; a check that throws yields one "can't tell" finding.
 */
export function evaluate(
  snapshot: Snapshot,
  checklists: readonly CompiledChecklist[],
  references: ReferenceData = {},
  situation: Situation = readSituation(snapshot),
): Finding[] {
  const context = checkContext(snapshot, SnapshotFields.of(snapshot), references);
  return checklists.flatMap((checklist) => checklist.rules.flatMap((rule) => evaluateRule(checklist, rule, context, situation)));
}

/** One rule's findings, in the order evaluate gives them (the incremental engine runs rules one by one). */
export function evaluateRule(checklist: CompiledChecklist, rule: CompiledRule, context: CheckContext, situation: Situation): Finding[] {
  // A rule whose `when` does not hold says so (not applicable, or can't tell) instead of running.
  const applicability = ruleApplies(rule, context, situation);
  const outcomes = applicability.applies ? rule.run(context) : [applicability.outcome];
  const scope = applicability.applies ? applicability.scope : undefined;
  // A state's or a plan's own rule says whose rule it is: "Florida PIP: …".
  const scoped = scope ? outcomes.map((outcome) => ({ ...outcome, message: `${scope}: ${outcome.message}` })) : outcomes;
  return scoped.map((outcome) => toFinding(checklist, rule, outcome));
}

/** What every check of one evaluation sees; `fields` may be a recording view (SnapshotFields.recording). */
export function checkContext(snapshot: Snapshot, fields: SnapshotFields, references: ReferenceData): CheckContext {
  return {
    // A getter, so a check that takes the whole snapshot is recorded as reading everything.
    get snapshot() { return fields.snapshot; },
    fields,
    today: snapshot.takenAt.slice(0, 10),
    references,
    where: sourceWords(snapshot.source),
  };
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

/** Each compiled source's line, made once: every finding of its rules carries it, on every re-check. */
const citations = new WeakMap<Source, string>();

function citationOf(source: Source): string {
  let line = citations.get(source);
  if (line === undefined) citations.set(source, (line = formatCitation(source)));
  return line;
}

function toFinding(checklist: CompiledChecklist, rule: CompiledRule, outcome: CheckOutcome): Finding {
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
    ...(outcome.frameId !== undefined && { frameId: outcome.frameId }),
    ...(outcome.step !== undefined && { step: outcome.step }),
    message: outcome.message,
    ...(outcome.status === 'fail' && outcome.problem !== undefined && { problem: outcome.problem }),
    why: rule.why,
    fix: rule.fix,
    ...(outcome.status === 'fail' && outcome.suggestions !== undefined && outcome.suggestions.length > 0 && { suggestions: outcome.suggestions }),
    source: citationOf(citation),
    citation,
  };
}
