/** MUI (Material UI): outlined TextFields (native selects), Cards per section, the lines as an MUI Table. */
import {
  Card, CardContent, CardHeader, Checkbox, createTheme, FormControlLabel, Stack, Table, TableBody, TableCell, TableContainer,
  TableHead, TableRow, TextField, ThemeProvider,
} from '@mui/material';
import { createElement as h, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { layoutFor, type Control, type FormDefinition } from '../../test/corpus/forms/types';
import type { RenderedForm } from './page';

export function renderMui(form: FormDefinition): RenderedForm {
  const layout = layoutFor(form, 'mui');
  const cards = layout.sections.map((section) =>
    h(Card, { key: section.title, variant: 'outlined', sx: { mb: 2 } },
      h(CardHeader, { title: section.title }),
      h(CardContent, {}, h(Stack, { spacing: 2 }, ...section.controls.map((control) => field(control, true))))),
  );
  if (layout.lines) {
    const { headers, rows, title } = layout.lines;
    cards.push(h(Card, { key: 'lines', variant: 'outlined' }, h(CardHeader, { title }), h(TableContainer, {},
      h(Table, { size: 'small', 'aria-label': title },
        h(TableHead, {}, h(TableRow, {}, ...headers.map((header) => h(TableCell, { key: header.name }, header.label)))),
        h(TableBody, {}, ...rows.map((row, index) => h(TableRow, { key: index }, ...row.map((control) => h(TableCell, { key: control.id }, field(control, false))))))))));
  }
  const body = renderToString(h(ThemeProvider, { theme: createTheme() }, h('form', { noValidate: true }, ...cards)));
  return { body };
}

function field(control: Control, labelled: boolean): ReactElement {
  if (control.type === 'checkbox') {
    return h(FormControlLabel, { key: control.id, control: h(Checkbox, { id: control.id, defaultChecked: control.value !== '' }), label: control.label });
  }
  const common = {
    key: control.id,
    id: control.id,
    defaultValue: control.value,
    fullWidth: true,
    size: 'small' as const,
    variant: labelled ? ('outlined' as const) : ('standard' as const),
    label: labelled ? control.label : undefined,
  };
  if (control.type === 'select') {
    return h(TextField, { ...common, select: true, slotProps: { select: { native: true }, inputLabel: { shrink: true } } },
      ...['', ...(control.options ?? [])].map((option) => h('option', { key: option, value: option }, option)));
  }
  if (control.type === 'textarea') return h(TextField, { ...common, multiline: true, minRows: 3 });
  if (control.type === 'date') return h(TextField, { ...common, type: 'date', slotProps: { inputLabel: { shrink: true } } });
  return h(TextField, common);
}
