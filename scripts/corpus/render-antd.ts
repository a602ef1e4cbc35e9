/** Ant Design: a vertical Form with Form.Item labels, Cards per section, the lines as an antd Table. */
import { Card, Checkbox, ConfigProvider, Form, Input, Select, Table } from 'antd';
import { createElement as h, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { layoutFor, type Control, type FormDefinition } from '../../test/corpus/forms/types';
import type { RenderedForm } from './page';

export function renderAntd(form: FormDefinition): RenderedForm {
  const layout = layoutFor(form, 'antd');
  const cards = layout.sections.map((section) =>
    h(Card, { key: section.title, title: section.title, style: { marginBottom: 16 } },
      ...section.controls.map((control) =>
        control.type === 'checkbox'
          ? h(Form.Item, { key: control.id }, control_(control))
          : h(Form.Item, { key: control.id, label: control.label, htmlFor: control.id }, control_(control)))),
  );
  if (layout.lines) {
    const { headers, rows, title } = layout.lines;
    const columns = headers.map((header, column) => ({
      key: header.name,
      title: header.label,
      render: (_: unknown, row: Control[]) => control_(row[column]!),
    }));
    cards.push(h(Card, { key: 'lines', title }, h(Table<Control[]>, { columns, dataSource: rows, pagination: false, size: 'small', rowKey: (row) => row[0]!.id })));
  }
  return { body: renderToString(h(ConfigProvider, {}, h(Form, { layout: 'vertical', component: 'form' }, ...cards))) };
}

function control_(control: Control): ReactElement {
  switch (control.type) {
    case 'checkbox':
      return h(Checkbox, { id: control.id, defaultChecked: control.value !== '' }, control.label);
    case 'textarea':
      return h(Input.TextArea, { id: control.id, defaultValue: control.value, rows: 3 });
    case 'select':
      return h(Select, { id: control.id, defaultValue: control.value || undefined, options: (control.options ?? []).map((option) => ({ value: option, label: option })), style: { minWidth: 160 } });
    case 'date':
      return h(Input, { id: control.id, type: 'date', defaultValue: control.value });
    default:
      return h(Input, { id: control.id, defaultValue: control.value });
  }
}
