// @vitest-environment happy-dom
/**
 * Read-only rows of a data grid are service lines: the shapes of DevExtreme's DataGrid (headers in their own table,
 * cells numbered by aria-colindex, one row in edit mode) and SLDS's inline-edit data table (an edit button's hidden
 * words in each cell). Synthetic snippets.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { collectFields } from './read-page';
import { renderFields, type PlacedField } from '../../test/support/placed-fields';

const render = (html: string) => renderFields(html, collectFields);
const lines = (fields: readonly PlacedField[]) =>
  fields.filter((field) => field.concept.startsWith('line.')).map((field) => `${field.concept}[${field.index}]=${field.value}`);

beforeEach(() => {
  document.body.innerHTML = '';
});

const header = (cols: string[]) =>
  cols.map((title, at) => `<td role="columnheader" aria-colindex="${at + 1}" id="dx-col-${at + 1}"><div class="dx-datagrid-text-content">${title}</div></td>`).join('');
const cell = (col: number, value: string) => `<td role="gridcell" aria-colindex="${col}" aria-describedby="dx-col-${col}">${value}</td>`;

describe('a data grid\'s read-only rows', () => {
  it('reads each row as a service line under headers kept in a table of their own (DevExtreme)', () => {
    const fields = render(`<h1>CMS-1500 claim</h1>
      <div class="dx-datagrid" role="grid" aria-rowcount="2" aria-colcount="4">
        <div class="dx-datagrid-headers"><table role="presentation"><tbody role="presentation"><tr class="dx-header-row" role="row">${header(['Procedure', 'Mod', 'Charges', 'Units'])}</tr></tbody></table></div>
        <div class="dx-datagrid-rowsview"><table role="presentation"><tbody role="presentation">
          <tr class="dx-row dx-data-row dx-edit-row" role="row" aria-rowindex="1"><td role="gridcell" aria-colindex="1"><div class="dx-textbox"><input id="code1" role="textbox" value="64450"></div></td>${cell(2, 'RT')}${cell(3, '310.00')}${cell(4, '1')}</tr>
          <tr class="dx-row dx-data-row" role="row" aria-rowindex="2">${cell(1, 'J1040')}${cell(2, '')}${cell(3, '18.00')}${cell(4, '2')}</tr>
          <tr class="dx-freespace-row" role="presentation"><td></td></tr>
        </tbody></table></div>
      </div>`);
    expect(lines(fields)).toEqual(expect.arrayContaining([
      'line.modifier[1]=RT', 'line.charges[1]=310.00', 'line.units[1]=1',
      'line.procedureCode[2]=J1040', 'line.modifier[2]=', 'line.charges[2]=18.00', 'line.units[2]=2',
    ]));
    // The edit row's code box is the form's field, read once.
    expect(fields.filter((field) => field.concept === 'line.procedureCode' && field.index === 1).map((field) => field.place.id)).toEqual(['code1']);
  });

  it('reads a cell\'s value without the words of its edit button (SLDS inline-edit table)', () => {
    const td = (value: string, column: string) =>
      `<td class="slds-cell-edit" role="gridcell"><span class="slds-truncate">${value}</span><button class="slds-button slds-cell-edit__button" tabindex="-1"><span class="slds-assistive-text">Edit ${column} of ${value}</span></button></td>`;
    const fields = render(`<table class="slds-table slds-table_edit" role="grid"><thead><tr><th scope="col"><div class="slds-truncate">Procedure Code</div></th><th scope="col"><div class="slds-truncate">Units</div></th></tr></thead>
      <tbody><tr>${td('97110', 'Procedure Code')}${td('16', 'Units')}</tr><tr>${td('97140', 'Procedure Code')}${td('8', 'Units')}</tr></tbody></table>`);
    expect(lines(fields)).toEqual(['line.procedureCode[1]=97110', 'line.units[1]=16', 'line.procedureCode[2]=97140', 'line.units[2]=8']);
  });

  it('reads no lines from a grid of other records, nor from a table that is no grid widget', () => {
    const rows = (cells: string[][]) => cells.map((row) => `<tr>${row.map((value) => `<td>${value}</td>`).join('')}</tr>`).join('');
    const original = `<table role="grid"><thead><tr><th>Patient</th><th>Date of birth</th><th>Units</th></tr></thead><tbody>${rows([['Eve Example', '01/02/1970', '3']])}</tbody></table>
      <table><thead><tr><th>CPT</th><th>Units</th></tr></thead><tbody>${rows([['97110', '2']])}</tbody></table>`;
    const fields = render(original);
    expect(lines(fields)).toEqual([]);
    // Reading changes nothing on the page.
    expect(document.body.innerHTML).toBe(original);
  });
});
