import type { Field, Snapshot } from '../../rules/schema';

/*
 * A wizard shows one step of a claim at a time. What the top frame read on earlier steps of the same form is kept
 * here, in storage.session beside the tab's frames, so gaps and "can't tell" cover the whole claim. Session
 * memory only: dropped when the tab closes, or when the top frame shows another form.
 */

/** The most steps one form keeps: a page that renames its step on every edit cannot fill session memory. */
export const MAX_WIZARD_STEPS = 20;

/** The earlier steps of one form (same origin and path), each as last read on it. */
export interface WizardSteps {
  /** origin + path of the page the steps were read on. */
  form: string;
  steps: Record<string, { takenAt: string; fields: Field[] }>;
}

export const stepsKey = (tabId: number) => `steps:${tabId}`;

/** The form a page address belongs to: its origin and path (a wizard's steps may change the query or hash). */
export function formOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return null;
  }
}

/**
 * The steps to keep after the top frame's new snapshot: its step replaces what was read on that step before;
 * another form drops them all. A snapshot without a step name keeps the form's steps but adds none (a re-render
 * between steps can briefly show no stepper).
 */
export function rememberStep(previous: WizardSteps | undefined, top: Snapshot): WizardSteps | undefined {
  const form = formOf(top.url);
  if (form === null) return undefined;
  const kept = previous?.form === form ? previous.steps : {};
  if (top.step === undefined) return previous?.form === form ? previous : undefined;
  const fields = top.fields.map(({ frameId: _frameId, step: _step, ...field }) => field);
  const steps = { ...kept, [top.step]: { takenAt: top.takenAt, fields } };
  const newestFirst = Object.entries(steps).sort(([, a], [, b]) => b.takenAt.localeCompare(a.takenAt));
  return { form, steps: Object.fromEntries(newestFirst.slice(0, MAX_WIZARD_STEPS)) };
}

/**
 * Fields read on the form's other steps whose concept and index the tab's current fields do not have, each
 * marked with its step and no frame (it is not on screen). Where two other steps hold the same concept and index,
 * the step read last wins.
 */
export function fieldsFromOtherSteps(memory: WizardSteps | undefined, top: Snapshot | undefined, current: Field[]): Field[] {
  if (!memory || !top || top.step === undefined || memory.form !== formOf(top.url)) return [];
  const slot = (field: Field) => `${field.concept}|${field.index ?? ''}`;
  const seen = new Set(current.map(slot));
  const added: Field[] = [];
  const others = Object.entries(memory.steps)
    .filter(([name]) => name !== top.step)
    .sort(([, a], [, b]) => b.takenAt.localeCompare(a.takenAt));
  for (const [name, { fields }] of others) {
    const fromThisStep = fields.filter((field) => !seen.has(slot(field)));
    added.push(...fromThisStep.map((field) => ({ ...field, step: name })));
    for (const field of fromThisStep) seen.add(slot(field));
  }
  return added;
}
