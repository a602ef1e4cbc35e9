/**
 * What a rule's conditions (`when` / `unless`) are judged on: the payer, services and kind of document the
 * snapshot was checked as (the user's choice where given, else what the snapshot shows). Null payer or kind and
 * no services mean "not read": a condition on them cannot be decided, which is not the same as false.
 */
import type { Snapshot } from '../schema';
import { chooseReadings, type ChecklistChoice } from '../select/choice';
import { detectPageContext, type PageContext } from '../select/page-context';

export interface Situation {
  /** Payer id (payers.json, or "other" for a payer field naming none ClaimLint knows); null when not read. */
  payer: string | null;
  /** A payer guessed (from the page address, or a member ID's shape) decides no condition: rules are not waived on a guess. */
  payerCertain: boolean;
  services: string[];
  kind: string | null;
}

/** The situation as checkSnapshot chooses checklists: the user's payer, service and kind win over the page's. */
export function readSituation(snapshot: Snapshot, choice: ChecklistChoice = {}, context: PageContext = detectPageContext(snapshot)): Situation {
  const readings = chooseReadings(snapshot, context, choice);
  return {
    payer: readings.payer?.id ?? null,
    payerCertain: readings.payer?.certain ?? false,
    services: choice.service ? [choice.service] : context.services.map((service) => service.id),
    kind: readings.kind?.id ?? null,
  };
}
