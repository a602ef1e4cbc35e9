import * as z from 'zod/mini';
import { conceptKeyOption } from '../outcome/check-support';
import { lineName, lineOutcome, noServiceLines, readServiceLineCodes, renderedLines, requestedOnly, sameDay, type ServiceLineCode } from '../reading/service-line-codes';
import { hasValue } from '../reading/snapshot-fields';
import { detectInteractiveComplexity } from '../text/interactive-complexity';
import { showEvidence } from '../text/evidence';
import { defineCheck, type CheckOutcome } from './types';

const INTERACTIVE_COMPLEXITY = '90785';
const CRISIS = '90839';

/**
 * The interactive-complexity add-on 90785 is never billed with crisis psychotherapy 90839, and the note must name
 * the factor that made the session complex (read from the given text fields). No note text on the page is
 * "can't tell".
 */
export const interactiveComplexity = defineCheck({
  options: z.object({
    concepts: z.array(conceptKeyOption).check(z.minLength(1)),
  }),
  run(context, { concepts }) {
    const { fields } = context;
    const { rendered: entries, requested } = renderedLines(readServiceLineCodes(fields));
    if (entries.length === 0) return [requested ? requestedOnly(requested) : noServiceLines(context)];
    const addOns = entries.filter((entry) => entry.code === INTERACTIVE_COMPLEXITY);
    if (addOns.length === 0) {
      return [{ status: 'notApplicable', concept: 'line.procedureCode', index: null, fieldKey: null,
        message: 'Interactive complexity (90785) is not billed here' }];
    }
    const texts = concepts.flatMap((concept) => fields.all(concept)).filter(hasValue);
    const detection = texts.length > 0 ? detectInteractiveComplexity(texts.map((field) => field.value).join('\n')) : null;
    return addOns.map((entry) => judge(entry, entries, detection, context.where.inIt));
  },
});

function judge(entry: ServiceLineCode, entries: ServiceLineCode[], detection: ReturnType<typeof detectInteractiveComplexity> | null, inIt: string): CheckOutcome {
  const name = lineName(entry);
  const crisis = entries.find((other) => other.code === CRISIS && sameDay(other, entry));
  if (crisis) {
    return { ...lineOutcome(entry, 'fail', `${name}: 90785 is billed with crisis psychotherapy 90839 (service line ${crisis.line}); `
      + 'interactive complexity is never reported with 90839. Remove 90785'), problem: 'inconsistent' };
  }
  if (!detection) {
    return lineOutcome(entry, 'cantTell', `${name}: ClaimLint could not find the session note ${inIt} to see what made the session `
      + 'interactively complex; the note must name the factor (an interpreter or play equipment, conflict among participants, '
      + 'caregiver behaviour that interferes with the plan, or a sentinel event reported to a third party)');
  }
  if (detection.found) return lineOutcome(entry, 'pass', `${name}: the note names what made the session complex: ${showEvidence(detection.evidence)}`);
  return lineOutcome(entry, 'fail', `${name}: the note does not say what made the session interactively complex; name the factor `
    + '(an interpreter or play equipment, conflict among participants, caregiver behaviour that interferes with the plan, or a '
    + 'sentinel event reported to a third party) or remove 90785');
}
