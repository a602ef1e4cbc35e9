import type { Checklist, Snapshot } from '../schema';
import { presentConcepts } from '../reading/snapshot-fields';
import { chooseReadings, describeChoice, type Choice, type ChecklistChoice } from './choice';
import { conceptsOfKind } from './document-kind';
import { detectPageContext, type PageContext } from './page-context';

export type { ChecklistChoice } from './choice';

export interface Selection<T extends Checklist = Checklist> {
  checklists: T[];
  context: PageContext;
  /** The payer and services the selection used: the choice where given, else the page's. */
  payer: string | null;
  services: string[];
  /** What the snapshot is checked as, and whether that is certain. */
  choice: Choice;
}

/**
 * The checklists for a page: the kind of document must match (at least `appliesWhenAtLeast` of
 * `appliesWhenAny` concepts on the page), and the payer and service must be ones the checklist is for
 * ("any" matches every page; a payer-specific checklist needs that payer to be known); a checklist written for
 * some kinds of document (`kinds`) needs the page read or chosen as one of them, and one not meant for some
 * (`exceptKinds`) steps aside when it is read or chosen as one. A general checklist
 * with `onlyWithout` steps aside for the specific ones it names, so a page is not told the same gap twice.
 * A kind of document the user chose adds the checklists written for that kind (those whose `appliesWhenAny`
 * names one of the kind's concepts), even when the page shows too few of them to be offered on its own.
 */
export function selectChecklists<T extends Checklist>(snapshot: Snapshot, all: readonly T[], choice: ChecklistChoice = {}): Selection<T> {
  const context = detectPageContext(snapshot);
  const readings = chooseReadings(snapshot, context, choice);
  const payer = choice.payer ?? context.payer?.id ?? null;
  const kindConcepts = new Set<string>(choice.kind ? conceptsOfKind(choice.kind) : []);
  const services = choice.service ? [choice.service] : context.services.map((service) => service.id);
  const concepts = presentConcepts(snapshot);
  const checklists = all.filter((checklist) => {
    const present = checklist.appliesWhenAny.filter((concept) => concepts.has(concept)).length;
    const forChosenKind = checklist.appliesWhenAny.some((concept) => kindConcepts.has(concept));
    if (present < (checklist.appliesWhenAtLeast ?? 1) && !forChosenKind) return false;
    const kind = readings.kind?.id ?? null;
    if (checklist.kinds && (kind === null || !checklist.kinds.includes(kind))) return false;
    if (checklist.exceptKinds && kind !== null && checklist.exceptKinds.includes(kind)) return false;
    const payers = checklist.payers ?? ['any'];
    if (!payers.includes('any') && (payer === null || !payers.includes(payer))) return false;
    const forServices = checklist.services ?? ['any'];
    return forServices.includes('any') || services.some((service) => forServices.includes(service));
  });
  const chosen = new Set(checklists.map((checklist) => checklist.id));
  const specific = checklists.filter((checklist) => !(checklist.onlyWithout ?? []).some((id) => chosen.has(id)));
  return { checklists: specific, context, payer, services, choice: describeChoice(readings.payer, readings.kind) };
}
