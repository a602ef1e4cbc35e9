import type { ChecklistSummary } from '../utils/messages';
import { SourceLink } from './SourceLink';

interface ChecklistSourcesProps {
  checklists: readonly ChecklistSummary[];
}

/** Which checklists were applied, and the payer policy each one is built from. */
export function ChecklistSources({ checklists }: ChecklistSourcesProps) {
  return (
    <section class="checklists" aria-labelledby="checklists-heading">
      <h2 id="checklists-heading" class="section-label">
        {checklists.length === 1 ? 'Checklist' : 'Checklists'}
      </h2>
      <ul>
        {checklists.map((checklist) => (
          <li key={checklist.id} data-checklist-id={checklist.id}>
            <span class="checklist-title">{checklist.title}</span>
            <span class="checklist-meta">
              {checklist.payer} · {checklist.service} · reviewed {checklist.vintage}
            </span>
            <span class="checklist-source">
              Source: <SourceLink source={checklist.source} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
