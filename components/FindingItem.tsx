import { useState } from 'preact/hooks';
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

/**
 * The fix's first sentence: what the list shows; the whole fix is in the details. A sentence ends at . ! or ?
 * before a capital (or the end), outside parentheses: "(e.g. a home program)" does not end one.
 */
export function firstSentence(text: string): string {
  let depth = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if (char === '(') depth++;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[.!?]/.test(char) && /^(?:\s+[A-Z“"]|\s*$)/.test(text.slice(at + 1, at + 3))) return text.slice(0, at + 1);
  }
  return text;
}

interface FindingItemProps {
  finding: Finding;
  /** Shown when the tab has several checklists, so the user knows which one a rule comes from. */
  checklistTitle?: string;
  /** Absent where there is no field to go to (a claim file): no "Go to field" button. */
  onGoToField?: (finding: Finding) => void;
  /** Where a field that was not found was looked for: "on this page" unless said otherwise. */
  notFoundWhere?: string;
  /**
   * What the user can do about a can't-tell, said once for its field (teach the field, open the document); the
   * one line under its name. Absent for the other statuses.
   */
  cantTellAdvice?: string;
  /** Other rules that could not tell for the same field: named in the details so none is hidden. */
  alsoNeededBy?: readonly Finding[];
  /** Roving focus: only the current item of the to-do list is in the tab order. */
  tabIndex?: number;
}

/**
 * One rule's result as one item of the to-do list: what, on which field, the fix in one line and "Go to field";
 * the disclosure button shows why, the evidence and the citation. Every string here may contain page text, so it
 * is rendered as text only.
 */
export function FindingItem(props: FindingItemProps) {
  const { finding, checklistTitle, onGoToField, cantTellAdvice, alsoNeededBy = [], tabIndex, notFoundWhere = 'on this page' } = props;
  const { status, fieldKey, step } = finding;
  const [expanded, setExpanded] = useState(false);
  const open = status === 'fail' || status === 'cantTell';
  // A field read on another step of a wizard is not on screen: nothing to scroll to until the user goes there.
  const onOtherStep = fieldKey !== null && step !== undefined;
  const canGo = fieldKey !== null && !onOtherStep && onGoToField !== undefined;
  const field = fieldLabel(finding);
  // What is wrong, as specific as the rule can say it ("Service line 2 has no diagnosis pointer"); for a
  // can't-tell, the field it could not find. The rule's own name is in the details.
  const what = status === 'cantTell' ? field : finding.message;
  const detailsId = `details-${finding.checklistId}-${finding.ruleId}-${finding.concept ?? ''}-${finding.index ?? ''}`.replace(/[^\w-]/g, '_');
  const oneLine =
    // A can't-tell that points at a field found it, and its message says what else was missing ("no minutes for this line").
    status === 'cantTell' ? (fieldKey === null ? `Not found ${notFoundWhere}.` : finding.message) : firstSentence(finding.fix);
  const sayWhole = status === 'cantTell' && fieldKey === null;
  return (
    <li
      class={`finding finding-${status}${expanded ? ' finding-expanded' : ''}`}
      data-rule-id={finding.ruleId}
      data-status={status}
      data-field-key={fieldKey ?? ''}
      data-frame-id={finding.frameId ?? ''}
      data-step={step ?? ''}
      data-gap={open ? '' : undefined}
      tabIndex={open ? tabIndex : undefined}
      onKeyDown={(event) => {
        // Enter on the item (not on one of its buttons) goes to its field, or opens its details when it has none.
        if (event.key !== 'Enter' || event.target !== event.currentTarget) return;
        event.preventDefault();
        if (canGo) onGoToField(finding);
        else setExpanded((was) => !was);
      }}
    >
      <div class="finding-head">
        {open ? (
          <span class={`badge severity-${finding.severity}`}>{SEVERITY_LABEL[finding.severity]}</span>
        ) : (
          <span class="badge badge-quiet">{status === 'pass' ? 'Passed' : 'Not applicable'}</span>
        )}
        {status === 'fail' && (
          // Empty (missing), a wrong value (invalid) or two places disagreeing (inconsistent): the fix differs.
          <span class="finding-problem" data-problem={finding.problem ?? 'missing'}>
            {problemWord(finding)}
          </span>
        )}
        <h3 class="finding-title">{what}</h3>
        <button
          type="button"
          class="finding-toggle"
          aria-expanded={expanded}
          aria-controls={detailsId}
          aria-label={`${expanded ? 'Hide' : 'Show'} why and source: ${what}`}
          onClick={() => setExpanded((was) => !was)}
        >
          <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
        </button>
      </div>
      <div class={`finding-line-row${sayWhole ? ' finding-line-wrap' : ''}`}>
        <p class="finding-line">
          {status === 'fail' && field !== finding.title && <span class="finding-field">{field} · </span>}
          <span class="finding-fix">{open ? oneLine : finding.title}</span>
          {status === 'cantTell' && cantTellAdvice && <span class="finding-advice-line"> {cantTellAdvice}</span>}
        </p>
        {canGo && (
          <button type="button" class="go-to-field" aria-label={`Go to field: ${field}`} onClick={() => onGoToField(finding)}>
            Go to field
          </button>
        )}
      </div>
      {onOtherStep && (
        <p class="finding-step">
          On the {step} step, not on screen. Go to the {step} step to fix it.
        </p>
      )}
      <div class="finding-details" id={detailsId} hidden={!expanded}>
        {expanded && (
          <>
            <p class="finding-rule">{finding.title}</p>
            {status === 'cantTell' && fieldKey === null && <p class="finding-message">{finding.message}</p>}
            {status === 'cantTell' && (
              <p class="finding-not-found">
                Field not found {notFoundWhere}: {field}.
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
            {alsoNeededBy.length > 0 && (
              <p class="finding-also">Also needed by: {alsoNeededBy.map((other) => other.title).join('; ')}.</p>
            )}
            <p class="finding-source">
              {checklistTitle && <span class="finding-checklist">{checklistTitle} · </span>}
              <SourceLink source={finding.citation} />
            </p>
          </>
        )}
      </div>
    </li>
  );
}
