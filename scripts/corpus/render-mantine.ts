/** Mantine: TextInput / Textarea / NativeSelect with their labels, a Fieldset per section, the lines as a Mantine Table. */
import { Checkbox, Fieldset, MantineProvider, NativeSelect, SimpleGrid, Table, Textarea, TextInput } from '@mantine/core';
import { createElement as h, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { layoutFor, type Control, type FormDefinition } from '../../test/corpus/forms/types';
import type { RenderedForm } from './page';

export function renderMantine(form: FormDefinition): RenderedForm {
  const layout = layoutFor(form, 'mantine');
  const parts = layout.sections.map((section) =>
    h(Fieldset, { key: section.title, legend: section.title, mb: 'md' }, h(SimpleGrid, { cols: 2 }, ...section.controls.map((control) => field(control, true)))),
  );
  if (layout.lines) {
    const { headers, rows, title } = layout.lines;
    parts.push(h(Fieldset, { key: 'lines', legend: title }, h(Table, { striped: true },
      h(Table.Thead, {}, h(Table.Tr, {}, ...headers.map((header) => h(Table.Th, { key: header.name }, header.label)))),
      h(Table.Tbody, {}, ...rows.map((row, index) => h(Table.Tr, { key: index }, ...row.map((control) => h(Table.Td, { key: control.id }, field(control, false)))))))));
  }
  return { body: renderToString(h(MantineProvider, {}, h('form', { noValidate: true }, ...parts))) };
}

function field(control: Control, labelled: boolean): ReactElement {
  const label = labelled ? control.label : undefined;
  switch (control.type) {
    case 'checkbox':
      return h(Checkbox, { key: control.id, id: control.id, label: control.label, defaultChecked: control.value !== '' });
    case 'textarea':
      return h(Textarea, { key: control.id, id: control.id, label, defaultValue: control.value, minRows: 3 });
    case 'select':
      return h(NativeSelect, { key: control.id, id: control.id, label, data: ['', ...(control.options ?? [])], defaultValue: control.value });
    case 'date':
      return h(TextInput, { key: control.id, id: control.id, label, type: 'date', defaultValue: control.value });
    default:
      return h(TextInput, { key: control.id, id: control.id, label, defaultValue: control.value });
  }
}
