import * as z from 'zod/mini';
import { conceptKeyOption, emptyFieldMessage, notFound, outcomeFor } from '../outcome/check-support';
import { hasValue } from '../reading/snapshot-fields';
import { showEvidence } from '../text/evidence';
import { readPlanParts, type PlanParts } from '../text/psychotherapy-plan-parts';
import { defineCheck } from './types';

const PART_WORDS: Record<PlanParts['missing'][number], string> = {
  type: 'the type of therapy (individual, group or family)',
  amount: 'the amount (the planned session length, such as 53 minutes)',
  frequency: 'the frequency (such as weekly)',
  duration: 'the duration, under a year (such as 16 weeks, or a target date)',
};

/**
 * A psychotherapy treatment plan states the type, amount (session length), frequency and duration of therapy,
 * the duration under a year; "reassess in 90 days" is a review date, not a duration. All fields of the given
 * concepts are read together; none on the page is "can't tell", present but empty is a fail.
 */
export const psychotherapyPlan = defineCheck({
  options: z.object({
    concepts: z.array(conceptKeyOption).check(z.minLength(1)),
  }),
  run(context, { concepts }) {
    const { fields } = context;
    const found = concepts.flatMap((concept) => fields.all(concept));
    if (found.length === 0) return [notFound(context, concepts[0]!, 'treatment plan frequency and duration')];
    const filled = found.filter(hasValue);
    if (filled.length === 0) {
      return [{ ...outcomeFor(found[0]!, 'fail', emptyFieldMessage(found[0]!, 'The treatment plan\'s type, amount, frequency and duration')), problem: 'missing' }];
    }
    const parts = readPlanParts(filled.map((field) => field.value).join('\n'));
    const said = [...parts.type, ...parts.amount, ...parts.frequencyDuration];
    const where = filled.find((field) => said.some((words) => field.value.includes(words))) ?? filled[0]!;
    const quoted = said.length > 0 ? ` (the plan says ${showEvidence(said, 3)})` : '';
    if (parts.overAYear && !parts.missing.includes('duration')) {
      return [{ ...outcomeFor(where, 'fail', `The plan runs “${parts.overAYear}”, a year or more; a psychotherapy plan's duration must be under a year, `
        + 'so state a shorter duration or target date and renew the plan before it ends'), problem: 'invalid' }];
    }
    if (parts.missing.length > 0) {
      const open = parts.missing.includes('duration') && parts.overAYear ? ` (“${parts.overAYear}” is not a duration)` : '';
      // Parts the plan leaves out are missing, though the field holding the rest has words in it.
      return [{ ...outcomeFor(where, 'fail', `The treatment plan does not state ${listOf(parts.missing.map((part) => PART_WORDS[part]))}${open}${quoted}`), problem: 'missing' }];
    }
    const year = parts.oneYear ? `; “${parts.oneYear}” is the longest a plan may run before it is renewed` : '';
    return [outcomeFor(where, 'pass', `Type, amount, frequency and duration found: ${showEvidence(said, 4)}${year}`)];
  },
});

function listOf(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
