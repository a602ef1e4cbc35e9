/**
 * The answer to each denial reason: the documentation the reason calls for, quoted from the checked sources with
 * their sources, or a placeholder naming the checklist item the sources lack. A component already quoted for an
 * earlier reason is not quoted again. A code ClaimLint does not know, or one no checklist item answers, gets a
 * placeholder saying what the answer must show (from the code table), never made-up wording about the patient.
 */
import { readCodeInText } from '../codes/code-in-text';
import { ICD10_SHAPE, normalizeIcd10 } from '../codes/icd10-format';
import { denialCode, denialGroup, type DenialCode, deniesNothing } from '../denials/denial-codes';
import type { Denial, DenialReason } from '../denials/denial';
import { APPEAL_COMPONENTS, type AppealComponent } from './appeal-components';
import type { AppealEvidence, EvidenceValue } from './appeal-evidence';
import { placeholderText, type DraftGap, type DraftParagraph, type DraftPart, type DraftSource } from './draft';

/** Placeholders for items no checklist holds are named under this id. */
export const APPEAL_CHECKLIST_ID = 'appeal';

/** "CO-50", "N115": a reason as billers write it. */
export function reasonLabel(reason: DenialReason): string {
  return reason.group ? `${reason.group}-${reason.code}` : reason.code;
}

/** The reason's code and its plain words (or that ClaimLint does not know it, with the source's own words). */
export function reasonParts(reason: DenialReason, denial: Denial): DraftPart[] {
  const entry = knownCode(reason);
  const parts: DraftPart[] = [{ text: reasonLabel(reason), source: { kind: 'denial', what: `${denial.source.what}: reason code` } }];
  const group = reason.group ? denialGroup(reason.group) : undefined;
  if (group) parts.push({ text: ` (${group.title.toLowerCase()})` });
  if (entry) parts.push({ text: ': ' }, { text: entry.title, source: codeSource(entry) });
  else parts.push({ text: `: ${systemWords(reason)} ClaimLint does not know; the payer's notice explains it` });
  if (reason.text) parts.push({ text: '. The payer\'s words: ' }, { text: reason.text, source: { kind: 'denial', what: `${denial.source.what}: reason text` } });
  parts.push({ text: '.' });
  return parts;
}

// Code systems a FHIR denial names besides the X12 CARC and RARC lists, in words, so that a prior-authorization
// reason "12" is not read as CARC 12.
const SYSTEMS: readonly [RegExp, string][] = [
  [/x12\.org\/external\/886\b/i, 'an X12 prior-authorization review reason'],
  [/x12\.org\/(?:005010\/)?306\b/i, 'an X12 prior-authorization review decision'],
  [/adjudication-reason/i, 'an HL7 adjudication reason code'],
];

/** "a code", or what kind of code it is when the denial names a code system ClaimLint can put a name to. */
function systemWords(reason: DenialReason): string {
  if (reason.kind !== 'other' || !reason.system) return 'a code';
  return SYSTEMS.find(([pattern]) => pattern.test(reason.system!))?.[1] ?? `a code of the payer's system (${reason.system})`;
}

export function knownCode(reason: DenialReason): DenialCode | undefined {
  return reason.kind === 'other' ? undefined : denialCode(reason.kind, reason.code);
}

/** The answer paragraphs for the reasons, in order; codes that deny nothing (a copay, an appeal-rights alert) need none. */
/** Official ICD-10-CM descriptions by code (the same shape the LMN drafter takes, see diagnosis-parts.ts); absent, none are added. */
export interface CodeDescriptions {
  describe(code: string): string | null;
}

export function answerParagraphs(reasons: readonly DenialReason[], denial: Denial, evidence: AppealEvidence, descriptions?: CodeDescriptions): DraftParagraph[] {
  const quoted = new Set<string>();
  const answered = new Set<string>();
  const paragraphs: DraftParagraph[] = [];
  for (const reason of reasons) {
    const entry = knownCode(reason);
    if (deniesNothing(entry?.family)) continue;
    paragraphs.push({ parts: [{ text: 'On ' }, ...reasonParts(reason, denial)] });
    if (!entry || entry.checklistRules.length === 0) {
      // An unknown code is the denial's value: the placeholder names it by position, not by copying it unsourced.
      const gap = entry
        ? { checklistId: APPEAL_CHECKLIST_ID, ruleId: `answer-${entry.kind}-${entry.code}`, what: entry.appealAnswers }
        : { checklistId: APPEAL_CHECKLIST_ID, ruleId: 'answer-unknown-code', what: 'the answer to the reason above, as the payer\'s notice explains it' };
      paragraphs.push({ parts: [{ text: 'Answer: ' }, placeholder(gap)] });
      continue;
    }
    const before = paragraphs.length;
    for (const link of entry.checklistRules) {
      const key = `${link.checklistId}/${link.ruleId}`;
      const component = APPEAL_COMPONENTS[key];
      if (!component || answered.has(key)) continue;
      answered.add(key);
      const paragraph = componentParagraph(component, link, evidence, quoted, descriptions);
      if (paragraph) paragraphs.push(paragraph);
    }
    if (paragraphs.length === before) paragraphs.push({ parts: [{ text: 'The same documentation, above, answers this reason.' }] });
  }
  return paragraphs;
}

function componentParagraph(component: AppealComponent, link: { checklistId: string; ruleId: string }, evidence: AppealEvidence, quoted: Set<string>, descriptions: CodeDescriptions | undefined): DraftParagraph | undefined {
  // A reader may file one sentence under two concepts (long-term goals and goals): it is quoted once.
  const texts = new Set<string>();
  const values = componentValues(component, evidence).filter((value) => !quoted.has(fieldId(value))).filter((value) => {
    const text = value.field.value.replace(/\s+/g, ' ').trim().toLowerCase();
    if (texts.has(text)) return false;
    texts.add(text);
    return true;
  });
  if (values.length === 0) {
    if (component.optional || componentValues(component, evidence).length > 0) return undefined;
    return { parts: [{ text: `${component.words}: ` }, placeholder({ ...link, what: component.what }), { text: '.' }] };
  }
  for (const value of values) quoted.add(fieldId(value));
  const parts: DraftPart[] = [{ text: `${component.words}: ` }];
  values.forEach((value, index) => {
    if (index > 0) parts.push({ text: endsSentence(values[index - 1]!.field.value) ? ' ' : '; ' });
    parts.push({ text: value.field.value.trim(), source: value.source }, ...descriptionParts(value, descriptions));
  });
  parts.push({ text: endsSentence(values.at(-1)!.field.value) ? '' : '.' });
  return { parts: parts.filter((part) => part.text !== '') };
}

/** A diagnosis code's official description, when the table has it: never guessed. */
function descriptionParts(value: EvidenceValue, descriptions: CodeDescriptions | undefined): DraftPart[] {
  if (!descriptions || value.field.concept !== 'claim.diagnosis') return [];
  const read = readCodeInText(value.field.value, ICD10_SHAPE);
  const code = read.ok ? normalizeIcd10(read.code) : null;
  const description = code ? descriptions.describe(code) : null;
  return code && description ? [{ text: ' (' }, { text: description, source: { kind: 'code-table', table: 'icd10cm', code } }, { text: ')' }] : [];
}

/** The first alternative any source fills, each of its filled concepts. */
function componentValues(component: AppealComponent, evidence: AppealEvidence): EvidenceValue[] {
  for (const alternative of component.alternatives) {
    const values = alternative.flatMap((concept) => evidence.values([concept]));
    if (values.length > 0) return values;
  }
  return [];
}

function fieldId(value: EvidenceValue): string {
  return `${value.source.kind === 'field' ? value.source.snapshot ?? 0 : ''}:${value.field.key}`;
}

function endsSentence(value: string): boolean {
  return /[.!?]["')\]]?\s*$/.test(value);
}

/** A placeholder part for a gap, worded as every renderer shows it. */
export function placeholder(gap: DraftGap): DraftPart {
  return { text: placeholderText(gap), placeholder: gap };
}

function codeSource(entry: DenialCode): DraftSource {
  return { kind: 'policy', policy: entry.source.list, date: entry.source.date, url: entry.source.url };
}
