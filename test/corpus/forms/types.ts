/**
 * One form definition per page kind, rendered by every library in scripts/corpus and written beside each page as
 * its truth. Values are synthetic; '' plants a gap (a checklist rule should fail on that concept and index).
 */
import type { ConceptKey } from '../../../rules/concepts';
import { npiCheckDigit } from '../../../rules/codes/npi';

export type ControlType = 'text' | 'date' | 'select' | 'textarea' | 'checkbox';
export type FormKind = 'claim' | 'plan-of-care' | 'prior-auth';

export interface ControlSpec {
  /** Short name, unique in the form; the rendered id is `<prefix>-<name>` (lines: `<prefix>-l<n>-<name>`). */
  name: string;
  concept: ConceptKey;
  index: string | number | null;
  type: ControlType;
  /** Label wordings portals use; each library gets one, chosen by a seeded hash so wordings vary across pages. */
  labels: readonly string[];
  options?: readonly string[];
}

export interface FieldSpec extends ControlSpec {
  /** Synthetic value, 'checked' for a ticked checkbox, '' for a planted gap. */
  value: string;
}

export interface FormDefinition {
  kind: FormKind;
  /** Id prefix, short like portals' ("clm", "poc"): the kind's own words would leak into every id's tokens. */
  idPrefix: string;
  title: string;
  sections: Array<{ title: string; fields: FieldSpec[] }>;
  /** Repeated rows (service lines): index = row number; `rows[n][column.name]` is the value ('' = gap). */
  lines?: { title: string; columns: Array<Omit<ControlSpec, 'index'>>; rows: Array<Record<string, string>> };
}

/** A control as rendered: its id, chosen label and value. */
export interface Control extends FieldSpec {
  id: string;
  label: string;
}

export interface RenderedLines {
  title: string;
  /** Column headers, in order, with the column's concept. */
  headers: Array<{ name: string; label: string }>;
  rows: Control[][];
}

/** Every control of a form with the label wording this library shows. */
export function layoutFor(form: FormDefinition, library: string): { sections: Array<{ title: string; controls: Control[] }>; lines: RenderedLines | null } {
  const sections = form.sections.map((section) => ({
    title: section.title,
    controls: section.fields.map((field) => ({ ...field, id: `${form.idPrefix}-${field.name}`, label: pick(field.labels, `${library}/${form.kind}/${field.name}`) })),
  }));
  if (!form.lines) return { sections, lines: null };
  const { columns, rows, title } = form.lines;
  const headers = columns.map((column) => ({ name: column.name, label: pick(column.labels, `${library}/${form.kind}/line/${column.name}`) }));
  const rendered = rows.map((row, rowIndex) =>
    columns.map((column, columnIndex) => ({
      ...column,
      index: rowIndex + 1,
      value: row[column.name] ?? '',
      id: `${form.idPrefix}-l${rowIndex + 1}-${column.name}`,
      label: headers[columnIndex]!.label,
    })),
  );
  return { sections, lines: { title, headers, rows: rendered } };
}

/** FNV-1a: the same library and control always get the same wording. */
function pick(labels: readonly string[], seed: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) hash = Math.imul(hash ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  return labels[hash % labels.length]!;
}

/** A synthetic NPI with a correct check digit. */
export function npi(firstNine: string): string {
  return `${firstNine}${npiCheckDigit(firstNine)}`;
}

export const SEX_OPTIONS = ['Female', 'Male', 'Unknown'] as const;
export const POS_OPTIONS = ['11 - Office', '12 - Home', '22 - Outpatient hospital'] as const;
