import * as z from 'zod/mini';
import { conceptKeyOption, emptyFieldMessage, notFound, outcomeFor } from '../outcome/check-support';
import { hasValue } from '../reading/snapshot-fields';
import { readSubluxation, type SubluxationReading } from '../text/subluxation-part';
import { defineCheck } from './types';

const NAMES: Record<keyof SubluxationReading['findings'], string> = {
  pain: 'pain/tenderness', asymmetry: 'asymmetry/misalignment', rangeOfMotion: 'range-of-motion abnormality', tissue: 'tissue/tone changes',
};

/**
 * Medicare pays chiropractic manipulation only for a subluxation the record demonstrates (BPM ch.15 §240.1.2): by
 * an examination with two of the four P.A.R.T. findings, one being asymmetry/misalignment or a range-of-motion
 * abnormality, or by an x-ray that shows it and is dated (taken within 12 months before or 3 months after care
 * began). The exam findings are read from the given text fields together; none on the page is "can't tell".
 */
export const subluxationDocumented = defineCheck({
  options: z.object({
    concepts: z.array(conceptKeyOption).check(z.minLength(1)),
  }),
  run(context, { concepts }) {
    const { fields } = context;
    const found = concepts.flatMap((concept) => fields.all(concept));
    if (found.length === 0) return [notFound(context, concepts[0]!, 'examination findings')];
    const filled = found.filter(hasValue);
    if (filled.length === 0) return [outcomeFor(found[0]!, 'fail', emptyFieldMessage(found[0]!, 'The examination findings'))];
    const reading = readSubluxation(filled.map((field) => field.value).join('\n'));
    const named = (Object.keys(reading.findings) as (keyof typeof NAMES)[]).map((name) => `${NAMES[name]} (“${reading.findings[name]}”)`);
    const where = filled.find((field) => Object.values(reading.findings).some((words) => words && field.value.includes(words))) ?? filled[0]!;
    if (reading.partMet) return [outcomeFor(where, 'pass', `Subluxation shown by examination: ${named.join(', ')}`)];
    if (reading.imaging?.date) {
      return [outcomeFor(where, 'pass', `Subluxation shown by imaging dated ${reading.imaging.date}: “${reading.imaging.words.slice(0, 120)}”; it must be within 12 months before or 3 months after care began`)];
    }
    if (reading.imaging) {
      return [outcomeFor(where, 'fail', `The note relies on imaging (“${reading.imaging.words.slice(0, 120)}”) to show the subluxation but gives no date for it; `
        + 'record the x-ray date (within 12 months before or 3 months after the course of treatment began), or document the P.A.R.T. examination')];
    }
    const have = named.length > 0 ? `it documents only ${named.join(' and ')}` : 'no P.A.R.T. finding is documented';
    const lacking = !reading.findings.asymmetry && !reading.findings.rangeOfMotion ? 'one of them asymmetry/misalignment or a range-of-motion abnormality' : 'a second finding';
    return [outcomeFor(where, 'fail', `The examination does not demonstrate a subluxation: ${have}. Medicare needs two of pain/tenderness, `
      + `asymmetry/misalignment, range-of-motion abnormality and tissue/tone changes, ${lacking}, or a dated x-ray showing it`)];
  },
});
