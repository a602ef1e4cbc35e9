import type { ComponentChildren } from 'preact';
import type { Finding } from '../../rules/schema';
import { FindingItem } from '../../components/FindingItem';

interface FindingGroupProps {
  group: 'fail' | 'cantTell' | 'pass';
  /** Heading text, counts included: "Missing (3)". */
  heading: string;
  findings: readonly Finding[];
  /** Render inside a closed <details>, for results the user rarely needs. */
  collapsed?: boolean;
  /** Shown instead of the list when the group is empty. */
  emptyText?: string;
  checklistTitles: ReadonlyMap<string, string>;
  /** Absent for a claim file: its findings have no field on the page to go to. */
  onGoToField?: (finding: Finding) => void;
  /** Where a field that was not found was looked for: on this page unless said otherwise. */
  notFoundWhere?: string;
}

/** One status group ("Missing", "Can't tell", "Passed") with its heading and list of findings. */
export function FindingGroup(props: FindingGroupProps) {
  const { group, heading, findings, collapsed = false, emptyText, checklistTitles, onGoToField, notFoundWhere } = props;
  const headingId = `group-${group}-heading`;
  const list: ComponentChildren =
    findings.length === 0 ? (
      <p class="group-empty">{emptyText}</p>
    ) : (
      <ul class="findings" aria-labelledby={headingId}>
        {findings.map((finding, position) => (
          <FindingItem
            key={`${finding.checklistId}/${finding.ruleId}/${finding.fieldKey ?? ''}/${position}`}
            finding={finding}
            checklistTitle={checklistTitles.get(finding.checklistId)}
            {...(onGoToField && { onGoToField })}
            {...(notFoundWhere && { notFoundWhere })}
          />
        ))}
      </ul>
    );

  if (collapsed) {
    return (
      <section class={`group group-${group}`} data-group={group}>
        <details>
          <summary id={headingId} class="group-heading">
            {heading}
          </summary>
          {list}
        </details>
      </section>
    );
  }
  return (
    <section class={`group group-${group}`} data-group={group} aria-labelledby={headingId}>
      <h2 id={headingId} class="group-heading">
        {heading}
      </h2>
      {list}
    </section>
  );
}
