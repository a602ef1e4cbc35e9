/**
 * A practice's template file read from its text, the same way on the options page and in `claimlint letter
 * --template`: JSON, then the template schema, and never a bundled template's id (a practice template for the
 * same service is chosen first anyway; taking the id would hide which wording a letter was drafted from).
 */
import { parseLetterTemplate, type TemplateParse } from './template-schema';
import { BUNDLED_TEMPLATES } from './templates/index';

/** Most characters of one template file: the bundled ones are under 10 kB. */
export const MAX_TEMPLATE_TEXT = 200_000;

export function readTemplateText(text: string, fileName: string): TemplateParse {
  if (text.length > MAX_TEMPLATE_TEXT) return { ok: false, error: `${fileName} is ${Math.round(text.length / 1000)} kB; a letter template can be at most ${MAX_TEMPLATE_TEXT / 1000} kB.` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `${fileName} is not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = parseLetterTemplate(data, fileName);
  if (!parsed.ok) return parsed;
  if (BUNDLED_TEMPLATES.some((bundled) => bundled.id === parsed.template.id)) {
    return { ok: false, error: `${fileName}: "${parsed.template.id}" is the id of a template ClaimLint ships; give yours its own id (a practice template for the same service is used first anyway).` };
  }
  return parsed;
}
