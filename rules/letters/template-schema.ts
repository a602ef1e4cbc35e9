/**
 * The shape of a letter template (rules/letters/templates/<id>.json) and the one gate every template passes.
 *
 * The template language, kept small on purpose:
 * - A sentence is text with slots: `{patient.name}` is filled from the snapshot field of that concept;
 *   `{doc.frequency|doc.frequencyDuration}` takes the first of those concepts the sources hold. A repeated concept
 *   (diagnoses, service lines) fills with every value; a diagnosis code also brings its ICD-10-CM description.
 * - `needs` ("checklist/rule") names the checklist item the sentence serves. When a slot is empty the sentence
 *   drops; if that item is not met in the sources, a placeholder naming it (with `missing` as its words) stands in
 *   its place. A sentence without `needs` just drops. When the slot is filled but the item still fails (goals
 *   present, none measurable), the value is copied and the placeholder follows it.
 * - `onlyWhen: "one-year-validity"` keeps a sentence only when an applied checklist limits a letter to one year.
 * - A section with `"criteria": true` is written from the applied payer checklists, rule by rule.
 */
import * as z from 'zod/mini';
import { isConceptKey } from '../concepts';
import { english } from '../schema-english';

const idSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is kebab-case: lower-case letters, digits and dashes'));
const SLOT = /\{([^{}]*)\}/g;

const sentenceSchema = z.strictObject({
  text: z.string().check(z.minLength(1)),
  needs: z.optional(z.string().check(z.regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'needs is "checklist-id/rule-id"'))),
  missing: z.optional(z.string().check(z.minLength(1))),
  onlyWhen: z.optional(z.enum(['one-year-validity'])),
});
export type TemplateSentence = z.infer<typeof sentenceSchema>;

const sectionSchema = z.strictObject({
  id: idSchema,
  heading: z.string().check(z.minLength(1)),
  paragraphs: z.optional(z.array(z.array(sentenceSchema).check(z.minLength(1)))),
  criteria: z.optional(z.boolean()),
  /** Words for the criteria section, before the first criterion. */
  intro: z.optional(z.string()),
});
export type TemplateSection = z.infer<typeof sectionSchema>;

export const letterTemplateSchema = z.strictObject({
  id: idSchema,
  type: z.enum(['lmn']),
  title: z.string().check(z.minLength(1)),
  description: z.string(),
  /** Service ids (rules/select/services.json) or "any"; payer ids (payers.json) or "any". */
  services: z.array(idSchema).check(z.minLength(1)),
  payers: z.array(idSchema).check(z.minLength(1)),
  sections: z.array(sectionSchema).check(z.minLength(1)),
});
export type LetterTemplate = z.infer<typeof letterTemplateSchema>;

/** The concept keys a sentence's slots name, each slot as its alternatives. */
export function slotsOf(text: string): string[][] {
  return [...text.matchAll(SLOT)].map((match) => match[1]!.split('|').map((name) => name.trim()));
}

export type TemplateParse = { ok: true; template: LetterTemplate } | { ok: false; error: string };

/** Validates a template; the error names the file and what is wrong, so its author can fix it. */
export function parseLetterTemplate(input: unknown, fileName: string): TemplateParse {
  const parsed = letterTemplateSchema.safeParse(input, english);
  if (!parsed.success) return { ok: false, error: `Letter template ${fileName} is not valid: ${z.prettifyError(parsed.error)}` };
  const template = parsed.data;
  const ids = new Set<string>();
  for (const section of template.sections) {
    const where = `Letter template ${fileName}, section "${section.id}"`;
    if (ids.has(section.id)) return { ok: false, error: `${where}: the section id is used more than once` };
    ids.add(section.id);
    if (!section.criteria && !section.paragraphs?.length) return { ok: false, error: `${where}: a section needs paragraphs or "criteria": true` };
    for (const sentence of (section.paragraphs ?? []).flat()) {
      if (/[{}]/.test(sentence.text.replace(SLOT, ''))) return { ok: false, error: `${where}: unbalanced brace in "${sentence.text}"` };
      for (const name of slotsOf(sentence.text).flat()) {
        if (!isConceptKey(name)) return { ok: false, error: `${where}: unknown slot {${name}} in "${sentence.text}" (a slot is a concept key from rules/concepts.ts)` };
      }
      if (sentence.needs && !sentence.missing) return { ok: false, error: `${where}: a sentence with "needs" says what is missing ("missing")` };
    }
  }
  return { ok: true, template };
}

/** A bundled template, validated; a broken one is a build error, never a silent fallback to another template. */
export function parseBundledTemplate(input: unknown, fileName: string): LetterTemplate {
  const result = parseLetterTemplate(input, fileName);
  if (!result.ok) throw new Error(result.error);
  return result.template;
}
