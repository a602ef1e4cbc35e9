/**
 * PrimeVue (unstyled mode) through @vue/server-renderer: FloatLabel in the first section, label[for] elsewhere,
 * DatePicker for dates (its text input shows MM/DD/YYYY), Select for choices (a role=combobox span carries the
 * id), a Panel per section and the lines as a DataTable.
 */
import Checkbox from 'primevue/checkbox';
import Column from 'primevue/column';
import PrimeVue from 'primevue/config';
import DataTable from 'primevue/datatable';
import DatePicker from 'primevue/datepicker';
import FloatLabel from 'primevue/floatlabel';
import InputText from 'primevue/inputtext';
import Panel from 'primevue/panel';
import Select from 'primevue/select';
import Textarea from 'primevue/textarea';
import { createSSRApp, h, type VNode } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { layoutFor, type Control, type FormDefinition } from '../../test/corpus/forms/types';
import type { RenderedForm } from './page';

export async function renderPrimeVue(form: FormDefinition): Promise<RenderedForm> {
  const layout = layoutFor(form, 'primevue');
  const panels = (): VNode[] => {
    const parts = layout.sections.map((section, index) =>
      h(Panel, { header: section.title }, () => section.controls.map((control) => h('div', { class: 'field' }, labelled(control, index === 0)))),
    );
    if (layout.lines) {
      const { headers, rows, title } = layout.lines;
      parts.push(h(Panel, { header: title }, () => h(DataTable, { value: rows }, () =>
        headers.map((header, column) => h(Column, { header: header.label }, { body: ({ data }: { data: Control[] }) => input(data[column]!) })))));
    }
    return parts;
  };
  const app = createSSRApp({ render: () => h('form', { novalidate: true }, panels()) });
  app.use(PrimeVue, { unstyled: true });
  return { body: await renderToString(app) };
}

function labelled(control: Control, floating: boolean): VNode[] {
  const label = h('label', { for: control.id }, control.label);
  if (control.type === 'checkbox') return [input(control), label];
  if (floating && control.type !== 'select') return [h(FloatLabel, {}, () => [input(control), label])];
  return [label, input(control)];
}

function input(control: Control): VNode {
  switch (control.type) {
    case 'checkbox':
      return h(Checkbox, { inputId: control.id, binary: true, modelValue: control.value !== '' });
    case 'textarea':
      return h(Textarea, { id: control.id, modelValue: control.value, rows: 3 });
    case 'select':
      return h(Select, { inputId: control.id, modelValue: control.value || null, options: [...(control.options ?? [])] });
    case 'date':
      return h(DatePicker, { inputId: control.id, modelValue: control.value ? localDate(control.value) : null });
    default:
      return h(InputText, { id: control.id, modelValue: control.value });
  }
}

function localDate(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day);
}
