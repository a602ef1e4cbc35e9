import * as z from 'zod/mini';
import { conceptKeyOption, emptyFieldMessage, fieldName, notFound, outcomeFor } from '../outcome/check-support';
import { hasValue } from '../reading/snapshot-fields';
import { TEXT_DETECTORS } from '../text';
import { fieldWithEvidence, showEvidence } from '../text/evidence';
import { defineCheck } from './types';

const DETECTORS = [
  'measurable-goals', 'functional-limitation', 'alternatives-tried', 'frequency-duration', 'expected-outcome',
  'necessity-statement',
] as const;
type Detector = (typeof DETECTORS)[number];
type Part = 'frequency' | 'duration';
const PART_CONCEPTS: Record<Part, string> = { frequency: 'doc.frequency', duration: 'doc.duration' };

// What the message says when the text is there but lacks what the payer reads for, keyed by the missing parts
// (sorted, joined with "+"); "default" covers any other combination.
const ADVICE: Record<Detector, { found: string; missing: Record<string, string> & { default: string } }> = {
  'measurable-goals': {
    found: 'Measurable goal found',
    missing: {
      timeframe: "The goals do not say by when: add a timeframe such as 'within 6 weeks'",
      value: "The goals have no measurable value: add a baseline or target with a unit or scale, such as 'from 7/10 to 3/10' or 'to 70°'",
      default: "The goals are not measurable: add a target with a unit or scale and a timeframe, such as 'reduce pain from 7/10 to 3/10 within 4 weeks'",
    },
  },
  'functional-limitation': {
    found: 'Functional limitation found',
    missing: { default: "No functional limitation is described: say what the patient cannot do or has difficulty with, such as 'unable to sit more than 20 min'" },
  },
  'alternatives-tried': {
    found: 'Prior treatment with duration and outcome found',
    missing: {
      duration: "The prior treatments do not say how long they were tried: add a duration, such as 'for 6 weeks' or 'x 8 visits'",
      outcome: "The prior treatments do not say how they worked: add the result, such as 'without relief' or 'pain returned'",
      'duration+outcome': "The prior treatments do not say how long they were tried or how they worked: add both, such as 'NSAIDs for 3 months with minimal improvement'",
      default: "No prior treatment is named: say what was tried, for how long and with what result, such as '6 weeks of home exercise without relief'",
    },
  },
  'frequency-duration': {
    found: 'Frequency and duration found',
    missing: {
      frequency: "The frequency is not stated: add how often, such as '2x/week'",
      duration: "The duration is not stated: add how long, such as 'for 6 weeks' or '12 visits'",
      default: "Neither frequency nor duration is stated: add both, such as '2x/week for 6 weeks'",
    },
  },
  'expected-outcome': {
    found: 'Expected outcome found',
    missing: { default: "No expected outcome or prognosis is stated: add one, such as 'good rehab potential' or 'expected to return to full duty'" },
  },
  'necessity-statement': {
    found: 'Medical necessity statement found',
    missing: { default: "No explicit medical-necessity statement: say why the service is needed, such as 'skilled therapy is required to restore cervical motion'" },
  },
};

function advice(detector: Detector, parts: string[]): string {
  const table = ADVICE[detector].missing;
  return table[[...parts].sort().join('+')] ?? table.default;
}

/**
 * Free text on the page must contain what a payer reads for (measurable goals, a functional limitation,
 * alternatives tried, frequency/duration, expected outcome, a necessity statement). All fields of the given
 * concepts that have a value are read together. Absent is "can't tell", empty is "fail", text without it is
 * "fail" saying what is missing, found is "pass" quoting the words.
 */
export const textEvidence = defineCheck({
  options: z.object({
    detector: z.enum(DETECTORS),
    concepts: z.array(conceptKeyOption).check(z.minLength(1)),
    label: z.string().check(z.minLength(1)),
    // frequency-duration only: the parts that must be stated (default both)
    require: z.optional(z.array(z.enum(['frequency', 'duration'])).check(z.minLength(1))),
  }).check(z.refine((options) => options.require === undefined || options.detector === 'frequency-duration', {
    message: 'require applies only to the frequency-duration detector',
  })),
  run(context, { detector, concepts, label, require }) {
    const { fields } = context;
    const found = concepts.flatMap((concept) => fields.all(concept));
    const first = found[0];
    if (!first) return [notFound(context, concepts[0]!, label)];
    const filled = found.filter(hasValue);
    if (filled.length === 0) return [outcomeFor(first, 'fail', emptyFieldMessage(first, label))];
    // Each field on its own first (a prognosis select that says only "Good" is a whole answer by itself), then
    // the fields together (a frequency in one box and a duration in the next).
    const run = TEXT_DETECTORS[detector];
    const detection = filled.map((field) => run(field.value)).find((single) => single.found)
      ?? run(filled.map((field) => field.value).join('\n'));
    const source = fieldWithEvidence(filled, detection.evidence)!;
    const missing = detection.missing ?? [];
    const lacking = detector === 'frequency-duration'
      ? (require ?? ['frequency', 'duration']).filter((part: Part) => missing.includes(part))
      : detection.found ? [] : missing;
    if (lacking.length === 0 && detection.evidence.length > 0) {
      const what = detector === 'frequency-duration' && require?.length === 1
        ? `${require[0] === 'frequency' ? 'Frequency' : 'Duration'} found` : ADVICE[detector].found;
      return [outcomeFor(source, 'pass', `${what}: ${showEvidence(detection.evidence)}`)];
    }
    const evidence = [...new Set(detection.evidence)];
    // Nothing of it in a whole document that has a place for it: the document lacks the component.
    const gap = evidence.length === 0 ? found.find((field) => field.document !== undefined && !hasValue(field)) : undefined;
    if (gap) return [outcomeFor(gap, 'fail', emptyFieldMessage(gap, label))];
    const partial = evidence.length > 0 ? ` (${fieldName(source)} says ${showEvidence(evidence)})` : '';
    // A missing duration belongs in the empty Duration box, when the page has one, not in the Frequency box.
    const emptyPartField = lacking.length === 1 ? found.find((field) => field.concept === PART_CONCEPTS[lacking[0] as Part] && !hasValue(field)) : undefined;
    return [outcomeFor(emptyPartField ?? source, 'fail', `${advice(detector, lacking)}${partial}`)];
  },
});
