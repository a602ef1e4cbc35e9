import { KNOWN_PAYERS, KNOWN_SERVICES } from '../rules/select/page-context';
import type { PageContextView } from '../utils/messages';

interface ChecklistChoiceProps {
  context: PageContextView;
  onChoose(payer: string | null, service: string | null): void;
}

/**
 * Payer and service: what ClaimLint read from the page (and from what), with a selector to say otherwise.
 * The choice picks the payer's own checklists; "as read from the page" goes back to detection.
 */
export function ChecklistChoice({ context, onChoose }: ChecklistChoiceProps) {
  const readPayer = context.payer ? `${context.payer.title} (from the ${context.payer.evidence})` : 'not recognised';
  const readServices = context.services.length > 0 ? context.services.map((service) => service.title).join(', ') : 'not recognised';
  return (
    <div class="checklist-choice">
      <label>
        Payer
        <select
          value={context.chosen.payer ?? ''}
          onChange={(event) => onChoose(event.currentTarget.value || null, context.chosen.service)}
        >
          <option value="">As read from the page: {readPayer}</option>
          {KNOWN_PAYERS.map((payer) => (
            <option key={payer.id} value={payer.id}>
              {payer.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        Service
        <select
          value={context.chosen.service ?? ''}
          onChange={(event) => onChoose(context.chosen.payer, event.currentTarget.value || null)}
        >
          <option value="">As read from the page: {readServices}</option>
          {KNOWN_SERVICES.map((service) => (
            <option key={service.id} value={service.id}>
              {service.title}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
