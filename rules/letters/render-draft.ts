/**
 * A LetterDraft as plain text or Markdown (placeholders visible as `[MISSING: … — checklist/rule]`), and the
 * `explain` listing: each filled part with its source, each placeholder with its rule.
 */
import type { DraftPart, DraftSource, LetterDraft } from './draft';

export function renderDraftText(draft: LetterDraft): string {
  const blocks = [draft.title, ...draft.sections.map((section) => [section.heading.toUpperCase(), ...section.paragraphs.map(paragraphText)].join('\n\n'))];
  return `${blocks.join('\n\n')}\n`;
}

export function renderDraftMarkdown(draft: LetterDraft): string {
  const blocks = [`# ${draft.title}`, ...draft.sections.map((section) => [`## ${section.heading}`, ...section.paragraphs.map(paragraphMarkdown)].join('\n\n'))];
  return `${blocks.join('\n\n')}\n`;
}

/**
 * One line per filled value and placeholder, in order: what it says and where it comes from. `sourceNames` names
 * the sources by position (the command line's file names); without them a source is "source 2".
 */
export function renderDraftExplain(draft: LetterDraft, sourceNames: readonly string[] = []): string {
  const lines: string[] = [];
  for (const section of draft.sections) {
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
