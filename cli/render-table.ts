/**
 * The human output of one result: gaps first, then what ClaimLint could not tell, then how many rules passed, then
 * the sources the checklists cite (cli/render-claims.ts prints a claim file's claims and its summary). Plain text that reads the same in a terminal, a CI log or a pasted ticket.
 */
import { CONCEPTS, type ConceptKey } from '../rules/concepts';
import type { Field, Finding } from '../rules/schema';
import { problemWord } from '../rules/outcome/problem-words';
import type { Choice } from '../rules/select/choice';
import { KNOWN_KINDS } from '../rules/select/document-kind';
import { KNOWN_PAYERS, OTHER_PAYER } from '../rules/select/page-context';
import type { CheckResult } from './run-check';
import { SourcesSeen } from './run-summary';
import { truncationNotice } from '../utils/truncation-notice';

const COLUMNS = [
  { title: 'STATUS', width: 10 },
  { title: 'SEVERITY', width: 8 },
  { title: 'RULE', width: 24 },
  { title: 'FIELD', width: 30 },
] as const;
const MIN_MESSAGE_WIDTH = 30;
const STATUS_WORDS: Record<Finding['status'], string> = {
  fail: 'MISSING',
  cantTell: "CAN'T TELL",
  pass: 'ok',
  notApplicable: 'n/a',
};

/** A fail is MISSING (empty), INVALID (a wrong value: an NPI failing its check digit) or INCONSISTENT (two places disagree). */
function statusWord(finding: Finding): string {
  return finding.status === 'fail' ? problemWord(finding).toUpperCase() : STATUS_WORDS[finding.status];
}

/** "(24 from the letter, 2 of its parts not in it)": what a whole document gave and what it lacks. */
function documentCount(fields: readonly Field[]): string {
  const read = fields.filter((field) => field.document !== undefined);
  if (read.length === 0) return '';
  const lacking = read.filter((field) => field.value === '').length;
  return ` (${read.length - lacking} from the ${read[0]!.document}${lacking > 0 ? `, ${lacking} of its parts not in it` : ''})`;
}

/** The whole report of a page or document as text; `width` is the terminal width the message column wraps to. */
export function renderTable(result: CheckResult, width = 100): string {
  const { snapshot } = result;
  const what = { page: 'Page', 'claim-file': 'Claim', document: 'Document' }[snapshot.source.kind];
  const lines = [`ClaimLint: ${result.source}`, `${what}: ${snapshot.title || '(untitled)'}`, ...resultLines(result, width)];
  if (result.checklists.length > 0) {
    const sources = new SourcesSeen();
    sources.add(result.checklists, result.findings);
    lines.push('', ...sources.lines());
  }
  return `${lines.join('\n')}\n`;
}

/**
 * One result without its heading and sources: fields read, what it was checked as, the gaps, what ClaimLint could
 * not tell and how many rules passed. A batch prints this per claim and cites the sources once, at its end.
 */
export function resultLines(result: CheckResult, width: number): string[] {
  const { snapshot, checklists, findings } = result;
  const what = { page: 'page', 'claim-file': 'claim', document: 'document' }[snapshot.source.kind];
  const lines: string[] = [];
  const truncated = snapshot.truncated ? ` (${truncationNotice(snapshot.truncated)})` : '';
  lines.push(`Fields recognised: ${snapshot.fields.length}${truncated}${documentCount(snapshot.fields)}`);
  lines.push(choiceLine(result.choice));
  if (checklists.length === 0) {
    lines.push('', `No checklist applies to this ${what}: ClaimLint found no claim or letter-of-medical-necessity fields it checks.`);
    return lines;
  }
  lines.push(`Checklists: ${checklists.map((checklist) => `${checklist.id} (${checklist.title})`).join(', ')}`);

  const fieldsByKey = new Map(snapshot.fields.map((field) => [field.key, field]));
  const gaps = findings.filter((finding) => finding.status === 'fail');
  const unsure = findings.filter((finding) => finding.status === 'cantTell');
  lines.push('', `Gaps: ${gaps.length}`);
  if (gaps.length > 0) lines.push(...table(gaps, fieldsByKey, width));
  lines.push('', `Can't tell: ${unsure.length}`);
  if (unsure.length > 0) lines.push(...table(unsure, fieldsByKey, width));
  const passed = findings.filter((finding) => finding.status === 'pass').length;
  const notApplicable = findings.filter((finding) => finding.status === 'notApplicable').length;
  lines.push('', `Passed: ${passed}${notApplicable > 0 ? `   Not applicable: ${notApplicable}` : ''}`);
  return lines;
}

/**
 * "Checked as: Plan of care for Medicare (payer from …; kind from …)" when both were read for certain or named
 * on the command line; otherwise "Guessed: …" with the options that settle it.
 */
export function choiceLine(choice: Choice): string {
  const kind = KNOWN_KINDS.find((known) => known.id === choice.kind)?.title ?? 'an unknown kind of document';
  const payer = [...KNOWN_PAYERS, OTHER_PAYER].find((known) => known.id === choice.payer)?.title ?? 'an unknown payer';
  const what = `${kind} for ${payer} (${choice.evidence})`;
  return choice.certain ? `Checked as: ${what}` : `Guessed: ${what} — say --payer/--service/--kind to be sure`;
}

const FIXED_WIDTH = COLUMNS.reduce((sum, column) => sum + column.width + 2, 0);
const INDENT = ' '.repeat(FIXED_WIDTH);
const HEADER = [...COLUMNS.map((column) => pad(column.title, column.width)), 'MESSAGE'].join('  ');

function table(findings: Finding[], fieldsByKey: Map<string, Field>, width: number): string[] {
  const messageWidth = Math.max(MIN_MESSAGE_WIDTH, width - FIXED_WIDTH);
  const rows = [HEADER, '-'.repeat(Math.min(width, FIXED_WIDTH + messageWidth))];
  for (const finding of sortBySeverity(findings)) {
    const cells = [statusWord(finding), finding.severity, finding.ruleId, fieldName(finding, fieldsByKey, COLUMNS[3].width)];
    const message = wrap(finding.message, messageWidth);
    rows.push([...cells.map((cell, i) => pad(cell, COLUMNS[i]!.width)), message[0] ?? ''].join('  '));
    for (let line = 1; line < message.length; line++) rows.push(INDENT + message[line]!);
  }
  return rows;
}

const SEVERITY_RANK: Readonly<Record<string, number>> = { critical: 0, serious: 1, moderate: 2, minor: 3 };

function sortBySeverity(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => (SEVERITY_RANK[a.severity] ?? -1) - (SEVERITY_RANK[b.severity] ?? -1));
}

/** True when the text has whitespace other than single spaces: only then does flattening it change it. */
function hasLayout(text: string): boolean {
  return /[^\S ]| {2}/.test(text);
}

/**
 * The page's own label when the finding points at a field, else the concept's title; the line or letter is
 * kept when the label is shortened, because it is what tells two service lines apart.
 */
function fieldName(finding: Finding, fieldsByKey: Map<string, Field>, width: number): string {
  const field = finding.fieldKey ? fieldsByKey.get(finding.fieldKey) : undefined;
  const base = (field?.label || (finding.concept ? CONCEPTS[finding.concept as ConceptKey].title : '-')).replace(/\s+/g, ' ');
  if (finding.index === null) return base;
  const suffix = typeof finding.index === 'number' ? ` (line ${finding.index})` : ` (${finding.index})`;
  const room = width - suffix.length;
  return (base.length > room ? `${base.slice(0, room - 1)}…` : base) + suffix;
}

function pad(text: string, width: number): string {
  // A batch pads four cells of every finding of every claim: most hold no layout to flatten.
  const flat = hasLayout(text) ? text.replace(/\s+/g, ' ') : text;
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat.padEnd(width);
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  const words = hasLayout(text) ? text.split(/\s+/) : text.split(' ');
  for (const word of words) {
    if (!word) continue;
    if (current && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return lines;
}
