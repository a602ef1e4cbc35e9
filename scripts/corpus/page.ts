/** The page around a library's markup, and the truth written beside it (keys like test/fixtures/pages). */
import type { Control, FormDefinition } from '../../test/corpus/forms/types';

export interface RenderedForm {
  /** Markup of the form only; the page wraps it. */
  body: string;
  /** Inline CSS the library emitted or needs (never a link: pages must load without network). */
  head?: string;
}

export interface CorpusTruth {
  library: string;
  kind: string;
  fields: Record<string, { concept: string; index: string | number | null }>;
  /** Controls left empty on purpose: a checklist rule should fail on each concept and index. */
  gaps: Array<{ key: string; concept: string; index: string | number | null }>;
  notes: string;
}

export function pageHtml(library: string, form: FormDefinition, rendered: RenderedForm): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(form.title)} (${library})</title>`,
    rendered.head ?? '',
    '</head>',
    '<body>',
    `<main><h1>${escapeHtml(form.title)}</h1>`,
    rendered.body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Truth from the controls as laid out: `keyOf` says how a control is named on this library's page. */
export function truthFor(library: string, form: FormDefinition, controls: Control[], keyOf: (control: Control) => string = (c) => c.id): CorpusTruth {
  const fields: CorpusTruth['fields'] = {};
  const gaps: CorpusTruth['gaps'] = [];
  for (const control of controls) {
    const key = keyOf(control);
    if (fields[key]) throw new Error(`${library}/${form.kind}: two controls are keyed ${key}`);
    fields[key] = { concept: control.concept, index: control.index };
    if (control.value === '') gaps.push({ key, concept: control.concept, index: control.index });
  }
  return {
    library,
    kind: form.kind,
    fields,
    gaps,
    notes: `Rendered by scripts/corpus.ts from test/corpus/forms/${form.kind}.ts; do not edit by hand. Values are synthetic.`,
  };
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
