// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectFields } from './read-page';
import { placedFields, type PlacedField } from '../../test/support/placed-fields';

function render(html: string): PlacedField[] {
  document.body.innerHTML = html;
  return placedFields(collectFields(document));
}

/** What a biller sees of a field: its concept and line, found by the element's id. */
function line(fields: PlacedField[], id: string): { concept: string; index: unknown } | undefined {
  const field = fields.find((candidate) => candidate.place.id === id);
  return field && { concept: field.concept, index: field.index };
}

function card(id: string, name: string): string {
  return `
    <div class="svc-card">
      <h4>Service line</h4>
      <div class="f"><label for="${id}-cpt">Procedure code</label><input id="${id}-cpt" name="${name}[cpt]"></div>
      <div class="f"><label for="${id}-units">Units</label><input id="${id}-units" name="${name}[units]"></div>
      <div class="f"><label for="${id}-npi">NPI</label><input id="${id}-npi" name="${name}[npi]"></div>
    </div>`;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('service lines come from the row a field is in, never from digits in its id or name', () => {
  it('numbers a list of cards named svc[0], svc[1] as lines 1 and 2', () => {
    const fields = render(`<form><div class="lines">${card('a', 'svc[0]')}${card('b', 'svc[1]')}</div></form>`);
    expect(line(fields, 'a-cpt')).toEqual({ concept: 'line.procedureCode', index: 1 });
    expect(line(fields, 'b-cpt')).toEqual({ concept: 'line.procedureCode', index: 2 });
    expect(line(fields, 'b-units')).toEqual({ concept: 'line.units', index: 2 });
  });

  it('numbers React-style ids (:r2b:, :r3c:) by the rows they sit in', () => {
    const row = (id: string) => `
      <li><label for=":${id}a:">CPT/HCPCS</label><input id=":${id}a:"><label for=":${id}b:">Charges</label><input id=":${id}b:"></li>`;
    const fields = render(`<ul>${row('r3c')}${row('r2b')}${row('r9')}</ul>`);
    expect(line(fields, ':r3ca:')).toEqual({ concept: 'line.procedureCode', index: 1 });
    expect(line(fields, ':r2ba:')).toEqual({ concept: 'line.procedureCode', index: 2 });
    expect(line(fields, ':r9b:')).toEqual({ concept: 'line.charges', index: 3 });
  });

  it('reads a single row with a generated id (fld_9a11) as line 1', () => {
    const fields = render(`
      <div><label for="fld_9a11">Procedure code</label><input id="fld_9a11" name="fld_9a11">
      <label for="fld_9a12">Units</label><input id="fld_9a12" name="fld_9a12"></div>`);
    expect(line(fields, 'fld_9a11')).toEqual({ concept: 'line.procedureCode', index: 1 });
    expect(line(fields, 'fld_9a12')).toEqual({ concept: 'line.units', index: 1 });
  });

  it('reads a div grid (role=grid, row, columnheader, gridcell): lines by row order, meaning from the column headers', () => {
    const cell = (id: string) => `<div role="gridcell"><input id="${id}" name="fld_${id}x7"></div>`;
    const row = (n: number) => `<div role="row">${cell(`dos${n}`)}${cell(`cpt${n}`)}${cell(`units${n}`)}${cell(`npi${n}`)}</div>`;
    const fields = render(`
      <div role="grid" aria-label="Service lines">
        <div role="rowgroup"><div role="row">
          <div role="columnheader">Date of service</div><div role="columnheader">CPT/HCPCS</div>
          <div role="columnheader">Units</div><div role="columnheader">Rendering provider NPI</div>
        </div></div>
        <div role="rowgroup">${row(1)}${row(2)}${row(3)}</div>
      </div>`);
    expect(line(fields, 'dos1')).toEqual({ concept: 'line.dateFrom', index: 1 });
    expect(line(fields, 'cpt2')).toEqual({ concept: 'line.procedureCode', index: 2 });
    expect(line(fields, 'units3')).toEqual({ concept: 'line.units', index: 3 });
    expect(line(fields, 'npi3')).toEqual({ concept: 'line.renderingNpi', index: 3 });
  });

  it('numbers the rows a virtualised grid shows by aria-rowindex, less its header row', () => {
    const row = (n: number) =>
      `<div role="row" aria-rowindex="${n}"><div role="gridcell" aria-colindex="1"><input id="cpt${n}"></div><div role="gridcell" aria-colindex="2"><input id="u${n}"></div></div>`;
    const fields = render(`
      <div role="grid">
        <div role="row" aria-rowindex="1"><div role="columnheader" aria-colindex="1">Procedure</div><div role="columnheader" aria-colindex="2">Units</div></div>
        ${row(41)}${row(42)}
      </div>`);
    expect(line(fields, 'cpt41')).toEqual({ concept: 'line.procedureCode', index: 40 });
    expect(line(fields, 'u42')).toEqual({ concept: 'line.units', index: 41 });
  });

  it('reads a container of up to 40 controls as a line, and one of more as a form section', () => {
    // A line's procedure code and units, padded with unnamed notes to `controls` controls in all.
    const block = (id: string, controls: number) =>
      `<div class="blk"><h4>Service line</h4><label for="${id}-cpt">Procedure code</label><input id="${id}-cpt">`
      + `<label for="${id}-u">Units</label><input id="${id}-u">${'<input type="text">'.repeat(controls - 2)}</div>`;
    const lines = render(`<div>${block('a', 40)}${block('b', 40)}</div>`);
    expect(line(lines, 'b-cpt')).toEqual({ concept: 'line.procedureCode', index: 2 });
    const sections = render(`<div>${block('a', 41)}${block('b', 41)}</div>`);
    expect(line(sections, 'b-cpt')?.index).not.toBe(2);
  });

  it('takes column meaning from a header row of divs above look-alike rows', () => {
    const row = (n: number) => `<div class="r"><div><input id="cpt${n}" name="a${n}"></div><div><input id="ch${n}" name="b${n}"></div></div>`;
    const fields = render(`<div class="grid"><div class="r"><div>HCPCS</div><div>$ Charges</div></div>${row(1)}${row(2)}</div>`);
    expect(line(fields, 'cpt2')).toEqual({ concept: 'line.procedureCode', index: 2 });
    expect(line(fields, 'ch1')).toEqual({ concept: 'line.charges', index: 1 });
  });

  it('renumbers the remaining lines 1..n after a line is removed from the middle', () => {
    render(`<div id="lines">${card('a', 'svc[1]')}${card('b', 'svc[2]')}${card('c', 'svc[3]')}</div>`);
    expect(line(placedFields(collectFields(document)), 'c-cpt')).toEqual({ concept: 'line.procedureCode', index: 3 });
    document.getElementById('b-cpt')!.closest('.svc-card')!.remove();
    const fields = placedFields(collectFields(document));
    expect(line(fields, 'a-cpt')).toEqual({ concept: 'line.procedureCode', index: 1 });
    expect(line(fields, 'c-cpt')).toEqual({ concept: 'line.procedureCode', index: 2 });
    expect(line(fields, 'c-units')).toEqual({ concept: 'line.units', index: 2 });
  });

  it("reads an NPI inside a service-line card as that line's rendering NPI, not the billing NPI", () => {
    const fields = render(`
      <div><label for="bill-npi">NPI</label><input id="bill-npi"></div>
      <section>${card('a', 'svc[0]')}${card('b', 'svc[1]')}</section>`);
    expect(line(fields, 'bill-npi')).toEqual({ concept: 'provider.npi', index: null });
    expect(line(fields, 'a-npi')).toEqual({ concept: 'line.renderingNpi', index: 1 });
    expect(line(fields, 'b-npi')).toEqual({ concept: 'line.renderingNpi', index: 2 });
  });

  it('leaves look-alike sections that hold no service line alone (billing and rendering provider boxes)', () => {
    const box = (id: string, title: string) => `
      <fieldset><legend>${title}</legend>
        <label for="${id}-name">Name</label><input id="${id}-name"><label for="${id}-npi">NPI</label><input id="${id}-npi">
      </fieldset>`;
    const fields = render(`<div>${box('p1', 'Provider')}${box('p2', 'Provider')}</div>`);
    expect(line(fields, 'p1-npi')).toEqual({ concept: 'provider.npi', index: null });
    expect(line(fields, 'p2-npi')).toEqual({ concept: 'provider.npi', index: null });
  });

  it('does not take two form rows with different labels for service lines', () => {
    const fields = render(`
      <div class="row"><label for="u">Units</label><input id="u"><label for="c">Charges</label><input id="c"></div>
      <div class="row"><label for="p">Procedure code</label><input id="p"><label for="m">Modifier</label><input id="m"></div>`);
    expect(line(fields, 'p')).toEqual({ concept: 'line.procedureCode', index: 1 });
    expect(line(fields, 'c')).toEqual({ concept: 'line.charges', index: 1 });
  });
});
