/**
 * One template sentence made into draft parts: its wording, each slot filled with the values the sources hold
 * (each carrying its source), or, when a slot is empty, the sentence dropped and a placeholder for the checklist
 * item it serves put in its place (see template-schema.ts for the language).
 */
import type { ConceptKey } from '../concepts';
import { diagnosisParts, type DiagnosisDescriptions } from './diagnosis-parts';
import { placeholderText, type DraftGap, type DraftPart } from './draft';
import type { LetterSources, SourceValue } from './letter-sources';
import { type QuotedOnce, referBack } from './quoted-once';
import { slotsOf, type TemplateSentence } from './template-schema';

const SLOT = /\{([^{}]*)\}/g;

export interface SentenceContext {
  sources: LetterSources;
  descriptions?: DiagnosisDescriptions;
  /** True when an applied checklist limits a letter to one year (the validity sentence). */
  oneYearValidity: boolean;
  /** Values already written in this section: a sentence that would only repeat them is left out. */
  written: Set<string>;
  /** Quotations made anywhere in the letter so far, and the heading of this section (where new ones are made). */
  quoted: QuotedOnce;
  heading: string;
}

/** The sentence's parts; [] when it drops without a placeholder. */
export function fillSentence(sentence: TemplateSentence, context: SentenceContext): DraftPart[] {
  if (sentence.onlyWhen === 'one-year-validity' && !context.oneYearValidity) return [];
  const slots = slotsOf(sentence.text).map((names) => firstFilled(names as ConceptKey[], context.sources));
  const gap = gapOf(sentence, context.sources);
  if (slots.some((values) => values.length === 0)) return gap ? [placeholder(gap)] : [];
  // A document often gives one sentence for several components (the treatment with its frequency and duration).
  const texts = slots.flat().map((value) => value.field.value.trim());
  if (texts.length > 0 && texts.every((text) => [...context.written].some((written) => written.includes(text)))) return gap ? [placeholder(gap)] : [];
  // Quoted in an earlier section: left out when this section already says something, else referred back to (so a
  // section never stands empty of the component it is for).
  const earlier = context.quoted.earlier(texts, 'exact');
  if (earlier !== null && context.written.size > 0) return gap ? [placeholder(gap)] : [];
  for (const text of texts) context.written.add(text);
  if (earlier !== null) return gap ? [referBack(earlier), { text: ' ' }, placeholder(gap)] : [referBack(earlier)];
  context.quoted.record(texts, context.heading);
  const parts: DraftPart[] = [];
  let slot = 0;
  let last = 0;
  for (const match of sentence.text.matchAll(SLOT)) {
    if (match.index > last) parts.push({ text: sentence.text.slice(last, match.index) });
    parts.push(...valueParts(slots[slot++]!, context.descriptions));
    last = match.index + match[0].length;
  }
  if (last < sentence.text.length) parts.push({ text: sentence.text.slice(last) });
  // The value is there but the item still is not met (goals with no measurable target; an NPI failing its check
  // digit): say so beside it, with what is wrong when the check says the value is wrong rather than incomplete.
  if (gap) parts.push({ text: ' ' }, placeholder(withProblem(gap, context.sources)));
  return parts;
}

/** A placeholder part: its visible text and the checklist item it stands for. */
export function placeholder(gap: DraftGap): DraftPart {
  return { text: placeholderText(gap), placeholder: gap };
}

/** The item the sentence serves, when the sources do not meet it (failed, can't tell, or never checked). */
function gapOf(sentence: TemplateSentence, sources: LetterSources): DraftGap | null {
  if (!sentence.needs || !sentence.missing) return null;
  const [checklistId, ruleId] = sentence.needs.split('/') as [string, string];
  return sources.itemState(checklistId, ruleId) === 'unmet' ? { checklistId, ruleId, what: sentence.missing } : null;
}

function withProblem(gap: DraftGap, sources: LetterSources): DraftGap {
  const problems = sources.findings(gap.checklistId, gap.ruleId).map(({ finding }) => finding.status === 'fail' ? finding.problem : undefined);
  const problem = problems.find((each) => each === 'invalid' || each === 'inconsistent');
  return problem ? { ...gap, problem } : gap;
}

function firstFilled(concepts: readonly ConceptKey[], sources: LetterSources): SourceValue[] {
  for (const concept of concepts) {
    const values = sources.values(concept);
    if (values.length > 0) return values;
  }
  return [];
}

// Who the letter is about and from: one patient, one provider, one plan, even where a page shows the name twice
// (a header and a banner), possibly written two ways.
const ONE_VALUE = /^(?:patient|provider|payer|referring)\./;

function valueParts(values: SourceValue[], descriptions: DiagnosisDescriptions | undefined): DraftPart[] {
  // A code billed on two lines is requested once.
  const distinct = values.filter((value, position) => values.findIndex((other) => other.field.value.trim() === value.field.value.trim()) === position)
    .filter((value, position) => position === 0 || !ONE_VALUE.test(value.field.concept));
  return distinct.flatMap((value, position) => {
    const parts = value.field.concept === 'claim.diagnosis' ? diagnosisParts(value, descriptions) : [{ text: asProse(value.field.value), source: value.source }];
    return position === 0 ? parts : [{ text: '; ' }, ...parts];
  });
}

/**
 * A value as a sentence of the letter: the line breaks a PDF's text export or an editor's hard wrap put inside it
 * ("…restore strength\n           and neuromuscular control") and its column gaps become single spaces, a form's
 * dot leaders a colon; a list item's line ("2. Descend stairs …", "- Sit 1 hour") and a "Label: value" line still
 * start their own lines. The words are the source's.
 */
export function asProse(value: string): string {
  return value.trim()
    // A printed form's dot leader ("CPT codes ........ 97140") stands for a colon; its line stays a line of its own.
    .replace(/(\S)[ \t]*(?:\.{4,}|…{2,})[ \t]*(?=\S)/g, '$1: ')
    .replace(/[ \t]*\r?\n[ \t]*(?=(?:\d{1,2}[.)]|[-*•·▪◦–])\s|[A-Z][A-Za-z0-9 /#&'()-]{0,30}:\s)/g, '\n')
    .replace(/[ \t]*\r?\n[ \t]*(?!(?:\d{1,2}[.)]|[-*•·▪◦–])\s|[A-Z][A-Za-z0-9 /#&'()-]{0,30}:\s)/g, ' ')
    .replace(/([^\s]) {2,}|\t+/g, (run, before: string | undefined) => `${before ?? ''} `);
}

