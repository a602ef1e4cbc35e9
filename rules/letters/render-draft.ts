/**
 * A LetterDraft as plain text or Markdown (placeholders visible as `[MISSING: … — checklist/rule]`), and the
 * `explain` listing: each filled part with its source, each placeholder with its rule. The letter comes first, with
 * its enclosures; the draft's notes for the biller follow under "Before you send", after a rule, so that copying the
 * letter never carries them to the payer.
 */
import type { DraftPart, DraftSection, DraftSource, LetterDraft } from './draft';

export const NOTES_HEADING = 'Before you send (for you, not part of the letter)';

export function renderDraftText(draft: LetterDraft): string {
  const section = (each: DraftSection) => [each.heading.toUpperCase(), ...each.paragraphs.map(paragraphText)].join('\n\n');
  const blocks = [draft.title, ...draft.sections.map(section)];
  if (draft.enclosures.length > 0) blocks.push(['ENCLOSURES', draft.enclosures.map((item) => `- ${item}`).join('\n')].join('\n\n'));
  const notes = draft.notes ?? [];
  if (notes.length > 0) blocks.push(`${'='.repeat(60)}\n${NOTES_HEADING.toUpperCase()}`, ...notes.map(section));
  return `${blocks.join('\n\n')}\n`;
}

export function renderDraftMarkdown(draft: LetterDraft): string {
  const section = (each: DraftSection, level: string) => [`${level} ${each.heading}`, ...each.paragraphs.map(paragraphMarkdown)].join('\n\n');
  const blocks = [`# ${draft.title}`, ...draft.sections.map((each) => section(each, '##'))];
  if (draft.enclosures.length > 0) blocks.push(['## Enclosures', draft.enclosures.map((item) => `- ${escapeMarkdown(item)}`).join('\n')].join('\n\n'));
  const notes = draft.notes ?? [];
  if (notes.length > 0) blocks.push('---', `# ${NOTES_HEADING}`, ...notes.map((each) => section(each, '##')));
  return `${blocks.join('\n\n')}\n`;
}

/**
 * One line per filled value and placeholder, in order: what it says and where it comes from. `sourceNames` names
 * the sources by position (the command line's file names); without them a source is "source 2".
 */
export function renderDraftExplain(draft: LetterDraft, sourceNames: readonly string[] = []): string {
  const lines: string[] = [];
  for (const section of [...draft.sections, ...(draft.notes ?? [])]) {
    for (const part of section.paragraphs.flatMap((paragraph) => paragraph.parts)) {
      if ('placeholder' in part) lines.push(`${section.id}: PLACEHOLDER ${part.placeholder.what} — ${part.placeholder.checklistId}/${part.placeholder.ruleId}`);
      else if ('source' in part) lines.push(`${section.id}: "${clip(part.text)}" from ${describeSource(part.source, sourceNames)}`);
    }
  }
  lines.push(draft.gaps.length === 0 ? 'Complete: no placeholders.' : `Placeholders: ${draft.gaps.length}`);
  return `${lines.join('\n')}\n`;
}

export function describeSource(source: DraftSource, sourceNames: readonly string[] = []): string {
  switch (source.kind) {
    case 'field': {
      const where = source.snapshot === undefined ? '' : ` in ${sourceNames[source.snapshot] ?? `source ${source.snapshot + 1}`}`;
      return `field ${source.concept}${source.label ? ` (“${clip(source.label, 40)}”)` : ''}${where}`;
    }
    case 'code-table':
      return `ICD-10-CM table, ${source.code}`;
    case 'denial':
      return `denial, ${source.what}`;
    case 'policy':
      return `policy ${source.policy}${source.section ? `, ${source.section}` : ''} (${source.date}) ${source.url}`;
  }
}

function paragraphText(paragraph: { parts: DraftPart[] }): string {
  return paragraph.parts.map((part) => part.text).join('');
}

function paragraphMarkdown(paragraph: { parts: DraftPart[] }): string {
  // Source words are escaped so a value cannot become markup; a line break inside a paragraph is kept with two spaces.
  return paragraph.parts.map((part) => ('placeholder' in part ? `**${escapeMarkdown(part.text)}**` : 'source' in part ? escapeMarkdown(part.text) : part.text.replace(/\n/g, '  \n'))).join('');
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/^([-+]) /gm, '\\$1 ').replace(/^(\d+)\. /gm, '$1\\. ').replace(/\n/g, '  \n');
}

function clip(text: string, length = 70): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > length ? `${line.slice(0, length - 1)}…` : line;
}
