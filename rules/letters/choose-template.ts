/**
 * Which template a letter is written from: one written for the payer (an HSA/FSA administrator) first, then one
 * for the service, then the generic one. Templates are tried in the order given; "any" fits everything.
 */
import type { LetterTemplate } from './template-schema';

export interface TemplateWanted {
  /** Payer id (rules/select/payers.json), or null when none was read. */
  payer: string | null;
  /** Service ids read or chosen, most specific first ("massage" before "therapy"). */
  services: readonly string[];
}

/** The best-fitting template; throws when none fits (a template list without a generic one). */
export function chooseTemplate(templates: readonly LetterTemplate[], wanted: TemplateWanted): LetterTemplate {
  const fits = (ids: readonly string[], value: string | null) => ids.includes('any') || (value !== null && ids.includes(value));
  const serviceFits = (template: LetterTemplate) => template.services.includes('any') || wanted.services.some((service) => template.services.includes(service));
  const candidates = templates.filter((template) => fits(template.payers, wanted.payer) && serviceFits(template));
  const score = (template: LetterTemplate) =>
    (template.payers.includes('any') ? 0 : 4) + (template.services.includes('any') ? 0 : 3 - Math.min(2, firstServiceRank(template, wanted.services)));
  const best = candidates.reduce<LetterTemplate | null>((chosen, template) => (chosen === null || score(template) > score(chosen) ? template : chosen), null);
  if (!best) throw new Error(`no letter template fits payer ${wanted.payer ?? 'unknown'} and service ${wanted.services.join(', ') || 'unknown'}`);
  return best;
}

/** How early in the wanted services the template's first fitting service comes (0 = the most specific). */
function firstServiceRank(template: LetterTemplate, services: readonly string[]): number {
  const rank = services.findIndex((service) => template.services.includes(service));
  return rank < 0 ? services.length : rank;
}
