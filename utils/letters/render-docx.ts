/**
 * A LetterDraft as a Word document (.docx bytes), for the CLI's `--format docx` and the letter page's download.
 * Headings are Word headings, each paragraph a paragraph; a placeholder is bold on a yellow highlight so the
 * writer finds every gap in Word. The `docx` library is large: the letter page imports this file dynamically,
 * so no other bundle carries it.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { DraftPart, LetterDraft } from '../../rules/letters/draft';

/** The .docx file's bytes (a zip; word/document.xml holds the text). */
export async function renderDraftDocx(draft: LetterDraft): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toArrayBuffer(draftDocument(draft)));
}

export function draftDocument(draft: LetterDraft): Document {
  const children: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.LEFT, children: [new TextRun(draft.title)] })];
  for (const section of draft.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.heading)] }));
    for (const paragraph of section.paragraphs) children.push(new Paragraph({ children: paragraph.parts.flatMap(partRuns), spacing: { after: 160 } }));
  }
  if (draft.enclosures.length > 0) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Enclosures')] }));
    for (const enclosure of draft.enclosures) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(enclosure)] }));
  }
  return new Document({
    title: draft.title,
    // No author or company from the machine: the file carries only the letter.
    creator: 'ClaimLint',
    description: draft.gaps.length === 0 ? 'Draft: complete' : `Draft: ${draft.gaps.length} placeholder(s) to fill`,
    // US Letter with 1-inch margins (twentieths of a point): the page US payers and offices print on.
    sections: [{ properties: { page: { size: { width: 12240, height: 15840 }, margin: { top: 1440, right: 1440, bottom: 1440, left: 1440 } } }, children }],
  });
}

/** A part's runs: a line break inside a part (an address block) is a Word line break, not a new paragraph. */
function partRuns(part: DraftPart): TextRun[] {
  const placeholder = 'placeholder' in part;
  return part.text.split('\n').flatMap((line, index) => (index === 0 && line === '' ? [] : [new TextRun({
    text: line,
    ...(index > 0 && { break: 1 }),
    ...(placeholder && { bold: true, highlight: 'yellow' }),
  })]));
}
