/**
 * The human output of `claimlint fields`: one line per field the detector read, in page order, with how sure
 * it is and what placed it. Values are patient data: only whether a field holds one is shown.
 */
import type { Field } from '../rules/schema';
import { hasValue } from '../rules/reading/snapshot-fields';
import type { FieldsResult } from './read-fields';
import { truncationNotice } from '../utils/truncation-notice';
import { renderDocumentComponents } from './render-document';
import { placeOf, signalsOf } from './render-json';

const COLUMNS = [
  { title: 'CONCEPT', width: 30 },
  { title: 'CONF', width: 4 },
  { title: 'KIND', width: 15 },
  { title: 'VALUE', width: 5 },
  { title: 'EVIDENCE', width: 26 },
] as const;

/** The fields as a text table; `width` bounds the label column. */
export function renderFieldsTable(result: FieldsResult, width = 120): string {
  const { snapshot } = result;
  const truncated = snapshot.truncated ? ` (${truncationNotice(snapshot.truncated)})` : '';
  const what = { page: 'Page', 'claim-file': 'Claim', document: 'Document' }[snapshot.source.kind];
  const lines = [`ClaimLint: ${result.source}`, `${what}: ${snapshot.title || '(untitled)'}`];
  // A letter or note is shown as its components and their sentences; a page with a letter in it shows both.
  if (result.document) lines.push(...renderDocumentComponents(result.document, width));
  const formFields = result.document ? snapshot.fields.filter((field) => placeOf(snapshot, field).kind !== 'document' && field.document === undefined) : snapshot.fields;
  if (result.document && formFields.length === 0) return `${lines.join('\n')}\n`;
  if (result.document) lines.push('');
  lines.push(`Fields recognised: ${formFields.length}${truncated}`);
  if (formFields.length === 0) return `${lines.join('\n')}\n`;
  const fixed = COLUMNS.reduce((sum, column) => sum + column.width + 2, 0);
  const labelWidth = Math.max(20, width - fixed);
  lines.push('', [...COLUMNS.map((column) => pad(column.title, column.width)), 'LABEL'].join('  '));
  lines.push('-'.repeat(Math.min(width, fixed + labelWidth)));
  for (const field of formFields) {
    const place = placeOf(snapshot, field);
    const cells = [conceptOf(field), field.confidence.toFixed(2), place.kind ?? 'file', hasValue(field) ? 'yes' : '-', signalsOf(place).join(',')];
    const where = field.label || place.selector || place.path || '';
    lines.push([...cells.map((cell, i) => pad(cell, COLUMNS[i]!.width)), pad(where, labelWidth).trimEnd()].join('  '));
  }
  return `${lines.join('\n')}\n`;
}

function conceptOf(field: Field): string {
  return field.index === null ? field.concept : `${field.concept}[${field.index}]`;
}

function pad(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat.padEnd(width);
}
