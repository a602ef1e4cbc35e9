/**
 * draftLmn: a letter of medical necessity drafted from checked snapshots (a claim page or file, a plan of care,
 * notes, an existing letter) and the checklists that applied to them. Each component the sources hold is copied
 * with its source; each one they lack is a placeholder naming the checklist item behind it. Nothing is invented:
 * every patient value in the draft is a field's value or a code table's description.
 */
import type { DiagnosisDescriptions } from './diagnosis-parts';
import { chooseTemplate } from './choose-template';
import { askedFor, BASE_LMN_CHECKLIST, criteriaParagraphs } from './criteria-section';
import type { DraftGap, DraftParagraph, DraftPart, DraftSection, LetterDraft } from './draft';
import { fillSentence } from './fill-sentence';
import { QuotedOnce } from './quoted-once';
import { LetterSources, type CheckedSource } from './letter-sources';
import { assertSamePatient } from './same-patient';
import type { LetterTemplate } from './template-schema';

export interface LmnInput {
  /** Each source snapshot with the result of checking it (checkForLetter adds the general LMN checklist). */
  sources: readonly CheckedSource[];
  /** Templates in choosing order (BUNDLED_TEMPLATES, or a practice's own first). */
  templates: readonly LetterTemplate[];
  /** Official ICD-10-CM descriptions; absent, a diagnosis is written as the source wrote it. */
  descriptions?: DiagnosisDescriptions;
  /** The user's payer / service (win over what the sources show). */
  payer?: string;
  service?: string;
}

const ONE_YEAR_DAYS = 365;

/**
 * The draft from its sources (first source first: a component is copied from the first source that holds it).
 * Throws SourcesDisagreeError when the sources are about different patients.
 */
export function draftLmn(input: LmnInput): LetterDraft {
  if (input.sources.length === 0) throw new Error('a letter needs at least one source');
  assertSamePatient(input.sources);
  const sources = new LetterSources(input.sources);
  const template = chooseTemplate(input.templates, {
    payer: input.payer ?? input.sources.map(({ result }) => result.choice.payer).find((payer) => payer !== null) ?? null,
    services: input.service ? [input.service] : [...new Set(input.sources.flatMap(({ result }) => result.context.services.map((service) => service.id)))],
  });
  const quoted = new QuotedOnce();
  const context = { sources, ...(input.descriptions && { descriptions: input.descriptions }), oneYearValidity: limitsToOneYear(sources), quoted };
  const bodyOf = (section: (typeof template.sections)[number]): DraftParagraph[] => {
    const sentenceContext = { ...context, written: new Set<string>(), heading: section.heading };
    return (section.paragraphs ?? []).map((sentences) => ({ parts: asLines(sentences.map((sentence) => fillSentence(sentence, sentenceContext))) }));
  };
  // The body first, so the criteria section does not repeat a placeholder the body already shows.
  const bodies = new Map(template.sections.filter((section) => !section.criteria).map((section) => [section.id, bodyOf(section)]));
  const shown = new Set(gapsIn([...bodies.values()].flat()).map((gap) => `${gap.checklistId}/${gap.ruleId}`));
  const waiting = placeholderConcepts(template.sections.filter((section) => bodies.has(section.id)).map((section) => ({ heading: section.heading, paragraphs: bodies.get(section.id)! })), sources);
  const sections: DraftSection[] = template.sections.map((section) => {
    const paragraphs = section.criteria ? criteriaParagraphs(sources, section.intro, shown, quoted, waiting) : bodies.get(section.id)!;
    return { id: section.id, heading: section.heading, paragraphs: paragraphs.filter((paragraph) => paragraph.parts.length > 0) };
  });
  const gaps = gapsIn(sections.flatMap((section) => section.paragraphs));
  return { type: 'lmn', templateId: template.id, title: template.title, sections: sections.filter((section) => section.paragraphs.length > 0), gaps, enclosures: [] };
}

/** What each body placeholder asks for (askedFor), with the heading of the first section that asks. */
function placeholderConcepts(bodies: readonly { heading: string; paragraphs: DraftParagraph[] }[], sources: LetterSources): Map<string, string> {
  const rules = new Map(sources.checklists().flatMap((checklist) => checklist.rules.map((rule) => [`${checklist.id}/${rule.id}`, rule] as const)));
  const waiting = new Map<string, string>();
  for (const { heading, paragraphs } of bodies) {
    for (const gap of gapsIn(paragraphs)) {
      const rule = rules.get(`${gap.checklistId}/${gap.ruleId}`);
      for (const key of rule ? askedFor(rule) : []) if (!waiting.has(key)) waiting.set(key, heading);
    }
  }
  return waiting;
}

function gapsIn(paragraphs: readonly DraftParagraph[]): DraftGap[] {
  return paragraphs.flatMap((paragraph) => paragraph.parts.flatMap((part) => ('placeholder' in part ? [part.placeholder] : [])));
}

/** Sentences of one paragraph are lines of it: each written one after the first starts on its own line. */
function asLines(sentences: DraftPart[][]): DraftPart[] {
  return sentences.filter((parts) => parts.length > 0).flatMap((parts, position) => (position === 0 ? parts : [{ text: '\n' }, ...parts]));
}

/**
 * A payer's own checklist wants the letter dated within a year (the HSA/FSA one): only then does the draft say it is
 * valid for one. lmn-core's one-year rule is general guidance whose source says periods vary by plan, so it is not.
 */
function limitsToOneYear(sources: LetterSources): boolean {
  return sources.checklists().some((checklist) => checklist.id !== BASE_LMN_CHECKLIST &&
    checklist.rules.some((rule) => rule.check === 'date-within' && rule.options?.['maxAgeDays'] === ONE_YEAR_DAYS && sources.itemState(checklist.id, rule.id) !== 'not-applicable'));
}
