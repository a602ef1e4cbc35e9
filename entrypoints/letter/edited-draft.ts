import type { DraftGap, DraftPart, LetterDraft } from '../../rules/letters/draft';

/** A paragraph's place in the draft: "section.paragraph". */
export const paragraphKey = (section: number, paragraph: number) => `${section}.${paragraph}`;

/**
 * The draft as the user edited it on the letter page: an edited paragraph becomes its typed text, with each
 * placeholder still in it (the exact `[MISSING: …]` words) kept as a placeholder, so the .docx still highlights it
 * and the gap list still names it. A placeholder the user replaced is filled: it leaves the gaps. Edited words
 * carry no source (the user wrote them); unedited paragraphs keep their parts and sources as drafted.
 */
export function editedDraft(draft: LetterDraft, edits: ReadonlyMap<string, string>): LetterDraft {
  const gapsByText = new Map<string, DraftGap>();
  for (const part of draft.sections.flatMap((section) => section.paragraphs.flatMap((paragraph) => paragraph.parts))) {
    if ('placeholder' in part) gapsByText.set(part.text, part.placeholder);
  }
  const sections = draft.sections.map((section, s) => ({
    ...section,
    paragraphs: section.paragraphs.map((paragraph, p) => {
      const edited = edits.get(paragraphKey(s, p));
      return edited === undefined ? paragraph : { parts: partsOf(edited, gapsByText) };
    }),
  }));
  const gaps = sections.flatMap((section) => section.paragraphs.flatMap((paragraph) => paragraph.parts.flatMap((part) => ('placeholder' in part ? [part.placeholder] : []))));
  return { ...draft, sections, gaps };
}

function partsOf(text: string, gapsByText: ReadonlyMap<string, DraftGap>): DraftPart[] {
  const parts: DraftPart[] = [];
  let rest = text;
  while (rest.length > 0) {
    // The earliest placeholder still in the text (a user may have typed over part of one: then it is plain text).
    let first: { at: number; text: string; gap: DraftGap } | undefined;
    for (const [placeholder, gap] of gapsByText) {
      const at = rest.indexOf(placeholder);
      if (at >= 0 && (first === undefined || at < first.at)) first = { at, text: placeholder, gap };
    }
    if (!first) {
      parts.push({ text: rest });
      break;
    }
    if (first.at > 0) parts.push({ text: rest.slice(0, first.at) });
    parts.push({ text: first.text, placeholder: first.gap });
    rest = rest.slice(first.at + first.text.length);
  }
  return parts;
}
