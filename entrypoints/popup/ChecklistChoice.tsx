import { KNOWN_KINDS } from '../../rules/select/document-kind';
import { KNOWN_PAYERS, KNOWN_SERVICES } from '../../rules/select/page-context';
import type { PageContextView } from '../../utils/messages';
import { IdSelect } from '../../components/IdSelect';

interface ChecklistChoiceProps {
  context: PageContextView;
  /** kind: absent leaves the tab's kind as it is; null goes back to the kind read from the page. */
  onChoose(payer: string | null, service: string | null, kind?: string | null): void;
}

/**
 * Payer, service and kind of page: what ClaimLint read from the page (and from what), with a selector to say otherwise.
 * The choice picks the payer's own checklists; "as read from the page" goes back to detection.
 */
export function ChecklistChoice({ context, onChoose }: ChecklistChoiceProps) {
  const title = (known: Array<{ id: string; title: string }>, id: string) => known.find((entry) => entry.id === id)?.title ?? id;
  // With a default from the options page, "nothing chosen here" means that default, not the page's reading.
  const readPayer = context.defaults?.payer
    ? `Your default: ${title(KNOWN_PAYERS, context.defaults.payer)}`
    : `As read from the page: ${context.payer ? `${context.payer.title} (from the ${context.payer.evidence})` : 'not recognised'}`;
  const readServices = context.defaults?.service
    ? `Your default: ${title(KNOWN_SERVICES, context.defaults.service)}`
    : `As read from the page: ${context.services.length > 0 ? context.services.map((service) => service.title).join(', ') : 'not recognised'}`;
  return (
    <div class="checklist-choice">
      <IdSelect
        label="Payer"
        value={context.chosen.payer}
        unsetText={readPayer}
        options={KNOWN_PAYERS}
        onChange={(payer) => onChoose(payer, context.chosen.service)}
      />
      <IdSelect
        label="Service"
        value={context.chosen.service}
        unsetText={readServices}
        options={KNOWN_SERVICES}
        onChange={(service) => onChoose(context.chosen.payer, service)}
      />
      <IdSelect
        label="Kind of page"
        value={context.chosen.kind ?? null}
        unsetText={`As read from the page: ${context.kind ? context.kind.title : 'not recognised'}`}
        options={KNOWN_KINDS}
        onChange={(kind) => onChoose(context.chosen.payer, context.chosen.service, kind)}
      />
    </div>
  );
}
