/**
 * Documentation fields from clinical resources: Goal, CarePlan, ServiceRequest, Condition. These are not claim
 * slots, so only what a resource actually says is recorded; a missing goal is "can't tell", never a gap.
 * Several resources of a kind are read together (goals joined one per line); the first plan, order or period
 * found wins for single-valued concepts.
 */
import type { ConceptKey } from '../../rules/concepts';
import type { ReferenceIndex } from './fhir-references';
import { readParty } from './fhir-parties';
import type { Slots } from './fhir-slots';
import { conceptText, dateOnly, isObject, num, objects, text, type FhirResource, type JsonObject } from './fhir-values';

export interface ClinicalSource {
  resource: FhirResource;
  /** What "#id" references in the resource resolve against. */
  container: FhirResource;
  /** Where the resource is in the file, e.g. "Goal 1" or "Bundle.entry[3] (Goal)". Never a value. */
  where: string;
}

export const CLINICAL_TYPES = ['Goal', 'CarePlan', 'ServiceRequest', 'Condition'] as const;

interface Piece {
  value: string;
  where: string;
  path: string;
}

/** Pieces of text gathered per concept before writing, so several goals become one field. */
class Gathered {
  private readonly pieces = new Map<ConceptKey, Piece[]>();

  push(concept: ConceptKey, value: string | undefined, where: string, path: string): void {
    if (!value) return;
    const list = this.pieces.get(concept) ?? [];
    if (!list.some((piece) => piece.value === value)) list.push({ value, where, path });
    this.pieces.set(concept, list);
  }

  has(concept: ConceptKey): boolean {
    return (this.pieces.get(concept)?.length ?? 0) > 0;
  }

  /** Joined concepts take every piece (one per line); the others take the first. */
  write(slots: Slots, skip: (concept: ConceptKey) => boolean): void {
    for (const [concept, list] of this.pieces) {
      const first = list[0];
      if (!first || skip(concept)) continue;
      const all = JOINED.includes(concept) ? list : [first];
      const path = [...new Set(all.map((piece) => `${piece.where} / ${piece.path}`))].join('; ');
      slots.fields.add({ concept, index: null, value: all.map((piece) => piece.value).join('\n'), label: LABELS[concept] ?? concept, path });
    }
  }
}

const JOINED: readonly ConceptKey[] = ['doc.goals', 'doc.shortTermGoals', 'doc.longTermGoals', 'doc.treatmentPlan', 'doc.diagnosisText'];

const LABELS: Partial<Record<ConceptKey, string>> = {
  'doc.goals': 'Goals (Goal.description)',
  'doc.shortTermGoals': 'Short-term goals (Goal.description)',
  'doc.longTermGoals': 'Long-term goals (Goal.description)',
  'doc.treatmentPlan': 'Plan of care (CarePlan / ServiceRequest)',
  'doc.frequency': 'Frequency (ServiceRequest.occurrenceTiming)',
  'doc.duration': 'Duration (ServiceRequest.occurrenceTiming)',
  'doc.diagnosisText': 'Reason for treatment (Condition / ServiceRequest.reasonCode)',
  'cert.startDate': 'Start of care (CarePlan.period.start)',
  'cert.period': 'Plan of care period (CarePlan.period)',
  'order.prescriber': 'Ordering clinician (ServiceRequest.requester)',
  'order.date': 'Order date (ServiceRequest.authoredOn)',
  'order.visits': 'Visits ordered (ServiceRequest.quantity)',
};

/**
 * Records documentation fields from the sources. A concept already on the snapshot (e.g. order.date from the
 * Claim's referral) is left as it is; Condition text is skipped when the Claim has coded diagnoses.
 */
export function putClinical(slots: Slots, sources: readonly ClinicalSource[], index: ReferenceIndex, claimHasDiagnosis: boolean): void {
  const gathered = new Gathered();
  const goals = goalSources(sources, index);
  goals.forEach((goal) => gatherGoal(gathered, goal));
  for (const source of sources) {
    if (source.resource.resourceType === 'CarePlan') gatherCarePlan(gathered, source, index);
  }
  const hasPlan = gathered.has('doc.treatmentPlan');
  for (const source of sources) {
    if (source.resource.resourceType === 'ServiceRequest') gatherServiceRequest(gathered, source, index, hasPlan);
    if (source.resource.resourceType === 'Condition') {
      gathered.push('doc.diagnosisText', conceptText(source.resource.code), source.where, 'code');
    }
  }
  const skip = (concept: ConceptKey) => slots.has(concept) || (concept === 'doc.diagnosisText' && claimHasDiagnosis);
  gathered.write(slots, skip);
}

/** Goal resources in the file plus Goals a CarePlan holds in its contained list, each once. */
function goalSources(sources: readonly ClinicalSource[], index: ReferenceIndex): ClinicalSource[] {
  const seen = new Set<FhirResource>();
  const goals: ClinicalSource[] = [];
  const add = (goal: ClinicalSource) => {
    if (seen.has(goal.resource)) return;
    seen.add(goal.resource);
    goals.push(goal);
  };
  for (const source of sources) {
    if (source.resource.resourceType === 'Goal') add(source);
    if (source.resource.resourceType !== 'CarePlan') continue;
    (Array.isArray(source.resource.goal) ? source.resource.goal : []).forEach((reference, i) => {
      const resolved = index.resolve(reference, source.container);
      if (resolved.kind === 'found' && resolved.resource.resourceType === 'Goal') {
        add({ resource: resolved.resource, container: resolved.container, where: `${source.where} / goal[${i}] → Goal` });
      }
    });
  }
  return goals;
}

/** Therapy plans name goals "short-term" / "long-term"; anything else is a goal without a horizon. */
function goalConcept(goal: FhirResource, description: string): ConceptKey {
  const words = [description, ...objects(goal.category).map(conceptText)].join(' ');
  if (/\bshort[- ]?term\b|\bSTG\b/i.test(words)) return 'doc.shortTermGoals';
  if (/\blong[- ]?term\b|\bLTG\b/i.test(words)) return 'doc.longTermGoals';
  return 'doc.goals';
}

function gatherGoal(gathered: Gathered, source: ClinicalSource): void {
  const goal = source.resource;
  const description = conceptText(goal.description);
  if (!description) return;
  const due = objects(goal.target).map((target) => dateOnly(target.dueDate)).find(Boolean);
  const status = text(goal.lifecycleStatus);
  const notes = [status, due && `due ${due}`].filter(Boolean).join(', ');
  gathered.push(goalConcept(goal, description), notes ? `${description} (${notes})` : description, source.where, 'description');
}

function gatherCarePlan(gathered: Gathered, source: ClinicalSource, index: ReferenceIndex): void {
  const plan = source.resource;
  gathered.push('doc.treatmentPlan', text(plan.title), source.where, 'title');
  gathered.push('doc.treatmentPlan', text(plan.description), source.where, 'description');
  objects(plan.activity).forEach((activity, i) => {
    const detail = isObject(activity.detail) ? activity.detail : {};
    gathered.push('doc.treatmentPlan', text(detail.description) ?? conceptText(detail.code), source.where, `activity[${i}].detail`);
  });
  const period = isObject(plan.period) ? plan.period : {};
  const start = dateOnly(period.start);
  const end = dateOnly(period.end);
  gathered.push('cert.startDate', start, source.where, 'period.start');
  if (start && end) gathered.push('cert.period', `${start} to ${end}`, source.where, 'period');
  objects(plan.addressesReference ?? plan.addresses).forEach((reference, i) => {
    const resolved = index.resolve(reference, source.container);
    if (resolved.kind === 'found' && resolved.resource.resourceType === 'Condition') {
      gathered.push('doc.diagnosisText', conceptText(resolved.resource.code), source.where, `addresses[${i}] → Condition.code`);
    }
  });
}

function gatherServiceRequest(gathered: Gathered, source: ClinicalSource, index: ReferenceIndex, hasPlan: boolean): void {
  const request = source.resource;
  const requester = readParty(request.requester, source.container, index).name;
  gathered.push('order.prescriber', requester, source.where, 'requester');
  gathered.push('order.date', dateOnly(request.authoredOn), source.where, 'authoredOn');
  gathered.push('order.visits', visitsOrdered(request), source.where, 'quantity');
  if (!hasPlan) gathered.push('doc.treatmentPlan', conceptText(request.code), source.where, 'code');
  const timing = isObject(request.occurrenceTiming) ? request.occurrenceTiming : undefined;
  const repeat = timing && isObject(timing.repeat) ? timing.repeat : undefined;
  if (repeat) {
    gathered.push('doc.frequency', frequency(repeat), source.where, 'occurrenceTiming.repeat');
    gathered.push('doc.duration', duration(repeat), source.where, 'occurrenceTiming.repeat.bounds');
  }
  objects(request.reasonCode).forEach((reason, i) => {
    gathered.push('doc.diagnosisText', conceptText(reason), source.where, `reasonCode[${i}]`);
  });
}

/**
 * Visits ordered: a quantity counted in visits (or with no unit), or the Timing's total count. A quantity in
 * other units (mL, tablets) is not a visit count.
 */
export function visitsOrdered(request: FhirResource): string | undefined {
  const quantity = isObject(request.quantityQuantity) ? request.quantityQuantity : undefined;
  const value = quantity ? num(quantity.value) : undefined;
  if (quantity && value !== undefined) {
    const unit = `${text(quantity.code) ?? ''} ${text(quantity.unit) ?? ''}`.trim();
    if (unit === '' || /visit|session|encounter/i.test(unit)) return String(value);
  }
  const timing = isObject(request.occurrenceTiming) ? request.occurrenceTiming : undefined;
  const count = timing && isObject(timing.repeat) ? num(timing.repeat.count) : undefined;
  return count === undefined ? undefined : String(count);
}

/** "2 per 1 wk" from Timing.repeat frequency/period/periodUnit, as the order states it. */
function frequency(repeat: JsonObject): string | undefined {
  const times = num(repeat.frequency);
  const period = num(repeat.period);
  const unit = text(repeat.periodUnit);
  if (times === undefined || period === undefined || !unit) return undefined;
  return `${times} per ${period} ${unit}`;
}

/** "6 wk" from boundsDuration, or "YYYY-MM-DD to YYYY-MM-DD" from boundsPeriod. */
function duration(repeat: JsonObject): string | undefined {
  if (isObject(repeat.boundsDuration)) {
    const value = num(repeat.boundsDuration.value);
    const unit = text(repeat.boundsDuration.unit) ?? text(repeat.boundsDuration.code);
    if (value !== undefined && unit) return `${value} ${unit}`;
  }
  if (isObject(repeat.boundsPeriod)) {
    const start = dateOnly(repeat.boundsPeriod.start);
    const end = dateOnly(repeat.boundsPeriod.end);
    if (start && end) return `${start} to ${end}`;
  }
  return undefined;
}
