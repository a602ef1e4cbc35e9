/**
 * The letter templates shipped with ClaimLint, one JSON file each, in the order they are chosen (the most specific
 * first, `generic` last). Each is validated when loaded: a broken one throws an error naming its file.
 */
import chiropractic from './chiropractic.json' with { type: 'json' };
import generic from './generic.json' with { type: 'json' };
import hsaFsaReimbursement from './hsa-fsa-reimbursement.json' with { type: 'json' };
import medicalMassage from './medical-massage.json' with { type: 'json' };
import physicalTherapy from './physical-therapy.json' with { type: 'json' };
import psychotherapy from './psychotherapy.json' with { type: 'json' };
import { parseBundledTemplate, type LetterTemplate } from '../template-schema';

/** File name and data of each bundled template, in choosing order. */
export const BUNDLED_TEMPLATE_DATA: readonly { file: string; data: unknown }[] = [
  { file: 'hsa-fsa-reimbursement.json', data: hsaFsaReimbursement },
  { file: 'medical-massage.json', data: medicalMassage },
  { file: 'chiropractic.json', data: chiropractic },
  { file: 'psychotherapy.json', data: psychotherapy },
  { file: 'physical-therapy.json', data: physicalTherapy },
  { file: 'generic.json', data: generic },
];

export const BUNDLED_TEMPLATES: LetterTemplate[] = BUNDLED_TEMPLATE_DATA.map(({ file, data }) => parseBundledTemplate(data, file));
