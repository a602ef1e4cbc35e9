/**
 * Bootstrap 5 markup from a template (no JS): floating labels in the first section, input groups whose text is
 * the only label (aria-label on the input, as Bootstrap's docs show) in the second, plain label[for] elsewhere,
 * the lines as a .table with a "$" input group for charges.
 */
import type { Control, FormDefinition } from '../../test/corpus/forms/types';
import { layoutFor } from '../../test/corpus/forms/types';
import { escapeHtml as e, type RenderedForm } from './page';

type Style = 'floating' | 'group' | 'plain';

export function renderBootstrap(form: FormDefinition): RenderedForm {
  const layout = layoutFor(form, 'bootstrap');
  const styles: Style[] = ['floating', 'group', 'plain'];
  const sections = layout.sections.map((section, index) => card(section.title, section.controls.map((control) => field(control, styles[Math.min(index, 2)]!)).join('\n')));
  if (layout.lines) {
    const head = layout.lines.headers.map((header) => `<th scope="col">${e(header.label)}</th>`).join('');
    const rows = layout.lines.rows.map((row) => `<tr>${row.map((control) => `<td>${cellControl(control)}</td>`).join('')}</tr>`).join('\n');
    sections.push(card(layout.lines.title, `<div class="table-responsive"><table class="table table-sm align-middle"><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table></div>`));
  }
  return { body: `<form class="container" novalidate>\n${sections.join('\n')}\n<button type="submit" class="btn btn-primary">Submit</button>\n</form>` };
}

function card(title: string, inner: string): string {
  return `<div class="card mb-3"><div class="card-header">${e(title)}</div><div class="card-body"><div class="row g-3">\n${inner}\n</div></div></div>`;
}

function field(control: Control, style: Style): string {
  if (control.type === 'checkbox') {
    return `<div class="col-md-6"><div class="form-check"><input class="form-check-input" type="checkbox" id="${control.id}"${control.value ? ' checked' : ''}><label class="form-check-label" for="${control.id}">${e(control.label)}</label></div></div>`;
  }
  const width = control.type === 'textarea' ? 'col-12' : 'col-md-6';
  if (style === 'floating') return `<div class="${width}"><div class="form-floating">${input(control, ` placeholder="${e(control.label)}"`)}<label for="${control.id}">${e(control.label)}</label></div></div>`;
  if (style === 'group') {
    return `<div class="${width}"><div class="input-group"><span class="input-group-text" id="${control.id}-addon">${e(control.label)}</span>${input(control, ` aria-label="${e(control.label)}" aria-describedby="${control.id}-addon"`)}</div></div>`;
  }
  return `<div class="${width}"><label class="form-label" for="${control.id}">${e(control.label)}</label>${input(control, '')}</div>`;
}

function cellControl(control: Control): string {
  if (control.concept === 'line.charges') return `<div class="input-group input-group-sm"><span class="input-group-text">$</span>${input(control, '', 'form-control-sm')}</div>`;
  return input(control, '', control.type === 'select' ? 'form-select-sm' : 'form-control-sm');
}

function input(control: Control, extra: string, size = ''): string {
  const cls = (base: string) => `class="${[base, size].filter(Boolean).join(' ')}"`;
  if (control.type === 'textarea') return `<textarea ${cls('form-control')} id="${control.id}" style="height: 6rem"${extra}>${e(control.value)}</textarea>`;
  if (control.type === 'select') {
    const options = ['', ...(control.options ?? [])].map((option) => `<option value="${e(option)}"${option === control.value ? ' selected' : ''}>${option ? e(option) : 'Choose...'}</option>`).join('');
    return `<select ${cls('form-select')} id="${control.id}"${extra}>${options}</select>`;
  }
  return `<input type="${control.type === 'date' ? 'date' : 'text'}" ${cls('form-control')} id="${control.id}" value="${e(control.value)}"${extra}>`;
}
