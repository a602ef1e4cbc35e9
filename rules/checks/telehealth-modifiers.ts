import * as z from 'zod/mini';
import { conceptKeyOption, outcomeFor } from '../outcome/check-support';
import { lineName, lineOutcome, lineOutcomeIn, noServiceLines, readServiceLineCodes, renderedLines, requestedOnly, type ServiceLineCode } from '../reading/service-line-codes';
import { hasValue, type SnapshotFields } from '../reading/snapshot-fields';
import { fieldWithEvidence, showEvidence } from '../text/evidence';
import { detectAudioOnly } from '../text/audio-only';
import { defineCheck, type CheckOutcome } from './types';

const TELEHEALTH_PLACES = new Set(['02', '10']);
const TELEHEALTH_MODIFIERS = ['95', '93', 'GT', 'FQ', 'GQ'];
// A hospital-based clinician with the patient at home still bills the hospital's place of service with 95 (CY2024 PFS).
const HOSPITAL_PLACES = new Set(['19', '22']);

type Line = { entry: ServiceLineCode; place: string | null };

/**
 * Telehealth lines (place of service 02 or 10, or a telehealth modifier). `ask` chooses the question:
 * - 'medicare-place': Medicare identifies telehealth by place of service 02 (patient not at home) or 10 (at home);
 *   a line with 95 or 93 elsewhere fails (95 at an outpatient hospital place, 19 or 22, is allowed), and audio-only
 *   93 is allowed only with the patient at home (10).
 * - 'modifier': other payers commonly ask for 95 (audio-video) or 93 (audio only) with POS 02/10; without one,
 *   "can't tell" (each payer's telehealth policy decides).
 * - 'audio-only': a note that says the visit was audio only needs 93 on its lines; 93 beside a note describing
 *   video disagrees; no note is "can't tell".
 */
export const telehealthModifiers = defineCheck({
  options: z.object({
    ask: z.enum(['medicare-place', 'modifier', 'audio-only']),
    concepts: z.optional(z.array(conceptKeyOption).check(z.minLength(1))),
  }),
  run(context, { ask, concepts = [] }) {
    const { fields } = context;
    const { rendered: entries, requested } = renderedLines(readServiceLineCodes(fields));
    if (entries.length === 0) return [requested ? requestedOnly(requested) : noServiceLines(context)];
    const lines = entries.map((entry) => ({ entry, place: placeOf(fields, entry.line) }))
      .filter(({ entry, place }) => (place !== null && TELEHEALTH_PLACES.has(place)) || entry.modifiers.some((modifier) => TELEHEALTH_MODIFIERS.includes(modifier)));
    if (lines.length === 0) {
      return [{ status: 'notApplicable', concept: 'line.placeOfService', index: null, fieldKey: null,
        message: 'No service line is billed as telehealth (place of service 02 or 10, or a telehealth modifier)' }];
    }
    if (ask === 'medicare-place') return lines.map((line) => medicarePlace(fields, line));
    if (ask === 'modifier') return lines.map(payerModifier);
    const notes = concepts.flatMap((concept) => fields.all(concept)).filter(hasValue);
    const reading = notes.length > 0 ? detectAudioOnly(notes.map((field) => field.value).join('\n')) : null;
    const said = reading ? fieldWithEvidence(notes, reading.found ? reading.evidence : reading.video) : undefined;
    return audioOnly(lines, reading, said, context.where.inIt);
  },
});

function placeOf(fields: SnapshotFields, line: number): string | null {
  const field = fields.all('line.placeOfService', line).find(hasValue) ?? fields.all('line.placeOfService', null).find(hasValue);
  const code = field?.value.trim().match(/^\d{1,2}\b/)?.[0];
  return code ? code.padStart(2, '0') : null;
}

function medicarePlace(fields: SnapshotFields, { entry, place }: Line): CheckOutcome {
  const name = lineName(entry);
  const audio = entry.modifiers.includes('93');
  if (place === null) return lineOutcome(entry, 'cantTell', `${name} carries a telehealth modifier but ClaimLint could not read its place of service; Medicare telehealth uses 02 or 10`);
  if (audio && place !== '10') {
    return { ...lineOutcomeIn(fields, entry, 'line.placeOfService', 'filled', 'fail', `${name} is audio-only (93) with place of service ${place}; Medicare pays audio-only telehealth only with the patient at home (place of service 10)`), problem: 'inconsistent' };
  }
  if (TELEHEALTH_PLACES.has(place)) {
    return lineOutcome(entry, 'pass', `${name}: place of service ${place} (${place === '10' ? 'patient at home' : 'patient not at home'})${audio ? ' with 93 for audio only' : ''}`);
  }
  if (entry.modifiers.includes('95') && HOSPITAL_PLACES.has(place)) {
    return lineOutcome(entry, 'pass', `${name}: 95 with place of service ${place}, as a hospital-based clinician bills a patient seen at home`);
  }
  return { ...lineOutcomeIn(fields, entry, 'line.placeOfService', 'filled', 'fail', `${name} carries ${entry.modifiers.filter((modifier) => TELEHEALTH_MODIFIERS.includes(modifier)).join(', ')} but place of service ${place}; `
    + 'since 2024 Medicare telehealth is billed with place of service 10 (patient at home) or 02 (elsewhere)'), problem: 'inconsistent' };
}

function payerModifier({ entry, place }: Line): CheckOutcome {
  const name = lineName(entry);
  const modifier = entry.modifiers.find((one) => ['95', '93', 'GT'].includes(one));
  if (modifier) return lineOutcome(entry, 'pass', `${name} carries ${modifier} (${modifier === '93' ? 'audio only' : 'audio and video'})`);
  return lineOutcome(entry, 'cantTell', `${name} is telehealth (place of service ${place}) without 95 or 93; many payers ask for 95 (audio and video) `
    + 'or 93 (audio only) with 02/10, so check this payer\'s telehealth policy');
}

function audioOnly(lines: Line[], reading: ReturnType<typeof detectAudioOnly> | null, note: Parameters<typeof outcomeFor>[0] | undefined, inIt: string): CheckOutcome[] {
  return lines.map(({ entry }) => {
    const name = lineName(entry);
    const has93 = entry.modifiers.includes('93');
    if (!reading || !note) {
      return lineOutcome(entry, has93 ? 'pass' : 'cantTell', has93 ? `${name} carries 93 (audio only)`
        : `${name}: ClaimLint could not find the visit note ${inIt} to tell whether video was used; an audio-only visit needs 93`);
    }
    if (reading.found && !has93) {
      return { ...outcomeFor(note, 'fail', `${name}: the note says the visit was audio only (${showEvidence(reading.evidence)}), but the line has no 93; add 93`), index: entry.line, problem: 'inconsistent' };
    }
    if (has93 && !reading.found && reading.video.length > 0) {
      return { ...outcomeFor(note, 'fail', `${name} carries 93 (audio only), but the note describes video (${showEvidence(reading.video)}); remove 93 or correct the note`), index: entry.line, problem: 'inconsistent' };
    }
    if (has93) return lineOutcome(entry, 'pass', `${name} carries 93 (audio only)`);
    if (reading.video.length > 0) return lineOutcome(entry, 'pass', `${name}: the note describes video (${showEvidence(reading.video)}), so no 93`);
    return lineOutcome(entry, 'cantTell', `${name}: the note does not say whether video was used; an audio-only visit needs 93, and the note should say why video was not used`);
  });
}
