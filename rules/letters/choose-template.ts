/**
 * Which template a letter is written from. Templates are listed most specific first (`templates/index.ts`): the
 * first one written for the payer (an HSA/FSA administrator) wins, else the first one written for a service the
 * sources show (so massage, chiropractic and psychotherapy come before physical therapy, which "therapy" also
 * names for massage and chiropractic codes), else the first that fits anything ("any": the generic one, last).
 */
import type { LetterTemplate } from './template-schema';

export interface TemplateWanted {
  /** Payer id (rules/select/payers.json), or null when none was read. */
  payer: string | null;
  /** Service ids read or chosen. */
  services: readonly string[];
}

/** The best-fitting template; throws when none fits (a template list without a generic one). */
export function chooseTemplate(templates: readonly LetterTemplate[], wanted: TemplateWanted): LetterTemplate {
  const forPayer = (template: LetterTemplate) => wanted.payer !== null && template.payers.includes(wanted.payer);
  const forService = (template: LetterTemplate) => wanted.services.some((service) => template.services.includes(service));
  const fits = templates.filter((template) => (template.payers.includes('any') || forPayer(template)) && (template.services.includes('any') || forService(template)));
  const best = fits.find(forPayer) ?? fits.find(forService) ?? fits[0];
  if (!best) throw new Error(`no letter template fits payer ${wanted.payer ?? 'unknown'} and service ${wanted.services.join(', ') || 'unknown'}`);
  return best;
}
