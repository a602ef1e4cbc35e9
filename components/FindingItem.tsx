import { CONCEPTS, isConceptKey } from '../rules/concepts';
import type { Finding, Severity } from '../rules/schema';
import { SourceLink } from './SourceLink';
import { problemWord } from '../rules/outcome/problem-words';

const SEVERITY_LABEL: Record<Severity, string> = {
  critical: 'Critical',
  serious: 'Serious',
  moderate: 'Moderate',
  minor: 'Minor',
};

/** A human name for the field a finding is about: "Diagnosis code (box 21) B", "Units (24G), line 2". */
export function fieldLabel(finding: Pick<Finding, 'concept' | 'index' | 'title'>): string {
  if (finding.concept === null || !isConceptKey(finding.concept)) return finding.title;
  const title = CONCEPTS[finding.concept].title;
  if (finding.index === null) return title;
  return typeof finding.index === 'number' ? `${title}, line ${finding.index}` : `${title} ${finding.index}`;
}

interface FindingItemProps {
  finding: Finding;
  /** Shown when the tab has several checklists, so the user knows which one a rule comes from. */
  checklistTitle?: string;
  /** Absent where there is no field to go to (a claim file): no "Go to field" button. */
  onGoToField?: (finding: Finding) => void;
  /** Where a field that was not found was looked for: "on this page" unless said otherwise. */
  notFoundWhere?: string;
}

/** One rule's result. Every string here may contain page text, so it is rendered as text only. */
export function FindingItem({ finding, checklistTitle, onGoToField, notFoundWhere = 'on this page' }: FindingItemProps) {
  const { status, fieldKey, step } = finding;
  const open = status === 'fail' || status === 'cantTell';
  // A field read on another step of a wizard is not on screen: nothing to scroll to until the user goes there.
  const onOtherStep = fieldKey !== null && step !== undefined;
  return (
    <li
      class={`finding finding-${status}`}
      data-rule-id={finding.ruleId}
      data-status={status}
      data-field-key={fieldKey ?? ''}
      data-frame-id={finding.frameId ?? ''}
      data-step={step ?? ''}
    >
      <div class="finding-head">
        {status === 'fail' && (
          // Empty (missing), a wrong value (invalid) or two places disagreeing (inconsistent): the fix differs.
          <span class="badge badge-quiet finding-problem" data-problem={finding.problem ?? 'missing'}>
            {problemWord(finding)}
          </span>
        )}
        {open ? (
          <span class={`badge severity-${finding.severity}`}>{SEVERITY_LABEL[finding.severity]}</span>
        ) : (
          <span class="badge badge-quiet">{status === 'pass' ? 'Passed' : 'Not applicable'}</span>
        )}
        <h3 class="finding-title">{finding.title}</h3>
        {fieldKey !== null && !onOtherStep && onGoToField && (
          <button
            type="button"
            class="go-to-field"
            aria-label={`Go to field: ${fieldLabel(finding)}`}
            onClick={() => onGoToField(finding)}
          >
            Go to field
          </button>
        )}
      </div>
      <p class="finding-message">{finding.message}</p>
      {onOtherStep && (
        <p class="finding-step">
          On the {step} step, not on screen. Go to the {step} step to fix it.
        </p>
      )}
      {status === 'cantTell' && (
        <p class="finding-not-found">
          Field not found {notFoundWhere}: {fieldLabel(finding)}.
        </p>
      )}
      {open && (
        <dl class="finding-advice">
          <div>
            <dt>Why:</dt> <dd>{finding.why}</dd>
          </div>
          <div>
            <dt>Fix:</dt> <dd>{finding.fix}</dd>
          </div>
        </dl>
      )}
      <p class="finding-source">
        {checklistTitle && <span class="finding-checklist">{checklistTitle} · </span>}
        <SourceLink source={finding.citation} />
      </p>
    </li>
  );
}
