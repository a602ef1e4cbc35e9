/**
 * A Markdown letter or note as the document reader reads text: the words a rendered page would show, line by
 * line, with its "#" headings and whole-line bold headings marked. Emphasis, code ticks, link targets and
 * table pipes are markup, not content: "**RE:** Jonah Whitfield" must read as "RE: Jonah Whitfield", and a
 * two-column table row "| **DOB** | 01/23/1959 |" as the label line "DOB: 01/23/1959".
 */
import type { TextSpan } from '../rules/document/types';

export interface PlainDocument {
  text: string;
  /** Spans of `text` that are headings. */
  headings: TextSpan[];
}

const ATX_HEADING = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)\s*$/;
// A bold run-in heading that ends in a full stop, then the paragraph's text: "**History and impact.** His pain …".
const RUN_IN = /^(\s*(?:[-*+]\s+)?)(\*\*|__)([^*_]{1,60}?\.)\2(?=\s+\S)/;

/** The text a reader sees in a Markdown document, and where its headings are. */
export function markdownToText(markdown: string): PlainDocument {
  const out: string[] = [];
  const headings: TextSpan[] = [];
  let offset = 0;
  let inFence = false;
  const push = (line: string, heading = false) => {
    if (heading && line.trim()) headings.push({ start: offset, end: offset + line.length });
    out.push(line);
    offset += line.length + 1;
  };
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  // The header row of the table being read, when it names three or more columns: each row then reads
  // "Goal: …; Objective: …", as a page's table does (utils/fields/region-text.ts).
  let columns: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!/^\s*\|.*\|\s*$/.test(line)) columns = null;
    if (/^ {0,3}(?:```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      push(line);
      continue;
    }
    const next = lines[i + 1];
    // "Title\n=====": the underline makes the line above a heading (a lone "---" after a blank is a rule).
    if (line.trim() && next !== undefined && SETEXT_UNDERLINE.test(next) && !isListItem(line)) {
      push(inline(line.trim()), true);
      i++;
      continue;
    }
    if (THEMATIC_BREAK.test(line) || TABLE_SEPARATOR.test(line) && line.includes('-') && line.includes('|')) {
      push('');
      continue;
    }
    const atx = ATX_HEADING.exec(line);
    if (atx) {
      push(inline(atx[1]!), true);
      continue;
    }
    if (/^\s*\|.*\|\s*$/.test(line)) {
      const cells = cellsOf(line);
      const next = lines[i + 1];
      if (columns === null && next !== undefined && TABLE_SEPARATOR.test(next) && cells.filter(Boolean).length === cells.length && cells.length >= 3) {
        columns = cells;
        push('');
        i++;
        continue;
      }
      push(columns !== null && columns.length === cells.length ? underColumns(columns, cells) : tableRow(line));
      continue;
    }
    const quoted = line.replace(/^ {0,3}(?:>\s?)+/, '');
    const runIn = RUN_IN.exec(quoted);
    if (runIn) {
      // "**Diagnosis.** Mr. Whitfield has …": the bold words head the paragraph they open.
      const text = inline(quoted);
      headings.push({ start: offset + runIn[1]!.length, end: offset + runIn[1]!.length + runIn[3]!.length });
      push(text);
      continue;
    }
    push(inline(quoted), isBoldLine(quoted));
  }
  return { text: out.join('\n'), headings };
}

function isListItem(line: string): boolean {
  return /^\s*(?:[-*+]|\d+[.)])\s+/.test(line);
}

/** A line that is all bold ("**Goals**", "__Plan:__") is a heading in letters written in editors. */
function isBoldLine(line: string): boolean {
  return /^\s*(\*\*|__)(?=\S)[^*_]{1,80}?\S\1\s*:?\s*$/.test(line);
}

function cellsOf(line: string): string[] {
  return line.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map((cell) => inline(cell.trim()));
}

/** A row under a header row: "Goal: Reduce panic; Objective: 1 episode a week", its empty cells left out. */
function underColumns(columns: readonly string[], cells: readonly string[]): string {
  return cells.flatMap((cell, i) => (cell === '' ? [] : [`${columns[i]!.replace(/\s*:$/, '')}: ${cell}`])).join('; ');
}

/** "| **DOB** | 01/23/1959 |" -> "DOB: 01/23/1959"; wider rows keep their cells apart with " | ". */
function tableRow(line: string): string {
  const cells = cellsOf(line);
  const filled = cells.filter((cell) => cell !== '');
  if (filled.length === 2 && cells.length === 2) return `${filled[0]!.replace(/\s*:$/, '')}: ${filled[1]}`;
  return filled.join(' | ');
}

/** Inline markup off: emphasis, code ticks, links and images (their text stays), backslash escapes. */
function inline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<(https?:[^>\s]+)>/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)([^_]+?)(?<=\S)_(?!\w)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1');
}
