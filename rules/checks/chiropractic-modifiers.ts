import * as z from 'zod/mini';
import { conceptKeyOption } from '../outcome/check-support';
import { type BoxToChange, lineName, lineOutcome, lineOutcomeIn, noServiceLines, readServiceLineCodes, renderedLines, requestedOnly, type ServiceLineCode } from '../reading/service-line-codes';
import { hasValue, type SnapshotFields } from '../reading/snapshot-fields';
import { showEvidence } from '../text/evidence';
import { detectMaintenanceLanguage } from '../text/maintenance-language';
import { defineCheck, type CheckOutcome } from './types';

const MANIPULATION = new Set(['98940', '98941', '98942']);

/**
 * Medicare chiropractic manipulation lines carry AT for active/corrective treatment; maintenance therapy is billed
 * without AT, with GA (an ABN is on file) or GZ (none is). A line with none of them is denied as maintenance, AT
 * with GA on one line is rejected, and AT beside notes that call the care maintenance is a contradiction (notes
 * read from the given fields).
 */
export const chiropracticModifiers = defineCheck({
  options: z.object({
    concepts: z.array(conceptKeyOption).check(z.minLength(1)),
  }),
  run(context, { concepts }) {
    const { fields } = context;
    const { rendered: entries, requested } = renderedLines(readServiceLineCodes(fields));
    if (entries.length === 0) return [requested ? requestedOnly(requested) : noServiceLines(context)];
    const named = entries.filter((entry) => entry.code !== null && MANIPULATION.has(entry.code));
    const manipulation = named.filter((entry) => entry.document === undefined);
    const inDocument = named.find((entry) => entry.document !== undefined);
    if (manipulation.length === 0 && inDocument) {
      return [lineOutcome(inDocument, 'notApplicable', `The ${inDocument.document} names manipulation codes; AT, GA or GZ go on the claim, not in the ${inDocument.document}`)];
    }
    if (manipulation.length === 0) {
      return [{ status: 'notApplicable', concept: 'line.procedureCode', index: null, fieldKey: null,
        message: 'No chiropractic manipulation (98940-98942) is billed here' }];
    }
    const notes = concepts.flatMap((concept) => fields.all(concept)).filter(hasValue).map((field) => field.value).join('\n');
    const maintenance = notes ? detectMaintenanceLanguage(notes) : null;
    return manipulation.map((entry) => judge(fields, entry, maintenance?.found ? maintenance.evidence : null));
  },
});

function judge(fields: SnapshotFields, entry: ServiceLineCode, maintenance: string[] | null): CheckOutcome {
  const name = lineName(entry);
  // Each fail is fixed in a modifier box: the one holding AT, or an empty one to add AT, GA or GZ.
  const inModifier = (box: BoxToChange, message: string) => lineOutcomeIn(fields, entry, 'line.modifier', box, 'fail', message);
  const has = (modifier: string) => entry.modifiers.includes(modifier);
  if (has('AT') && has('GA')) {
    return inModifier({ holding: 'AT' }, `${name} carries both AT and GA; Medicare rejects the line: AT says active treatment Medicare should pay, `
      + 'GA says an ABN was given because it will not. Keep AT for active treatment, or GA alone for maintenance');
  }
  if (has('AT')) {
    if (maintenance) {
      return { ...inModifier({ holding: 'AT' }, `${name} carries AT (active/corrective treatment), but the notes describe maintenance care `
        + `(${showEvidence(maintenance)}); bill maintenance without AT (GA with an ABN, else GZ), or document the expected improvement`), problem: 'inconsistent' };
    }
    return lineOutcome(entry, 'pass', `${name} carries AT (active/corrective treatment)`);
  }
  if (has('GA')) return lineOutcome(entry, 'pass', `${name} is billed as maintenance with GA: an ABN signed by the patient must be on file`);
  if (has('GZ')) return lineOutcome(entry, 'pass', `${name} is billed as maintenance with GZ (no ABN): Medicare will deny it and the patient cannot be billed`);
  return inModifier('empty', `${name} has no AT, GA or GZ: Medicare treats manipulation without AT as maintenance and denies it. `
    + 'Add AT for active/corrective treatment, or for maintenance GA (ABN on file) or GZ (no ABN)');
}
