// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { DIAGNOSIS_LETTERS } from '../../rules/concepts';
import { fieldSchema, type Field } from '../../rules/schema';
import { buildFieldIndex } from './collect-fields';
import { collectFields, takeSnapshot } from './read-page';
import { fieldWithId, placedFields, renderFields } from '../../test/support/placed-fields';

const render = (html: string) => renderFields(html, collectFields);
const byId = fieldWithId;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('collectFields: label signals', () => {
  it('reads label[for]', () => {
    const field = byId(render('<label for="a">Prior Authorization Number</label><input id="a" value="PA123">'), 'a');
    expect(field).toMatchObject({ concept: 'claim.priorAuthNumber', index: null, value: 'PA123', place: { kind: 'text' } });
    expect(field?.place.evidence![0]).toMatchObject({ signal: 'label', text: 'Prior Authorization Number' });
  });

  it('reads a wrapping label without the text of the select inside it', () => {
    const fields = render('<label>Place of Service <select id="pos"><option>11 Office</option><option selected>12 Home</option></select></label>');
    expect(byId(fields, 'pos')).toMatchObject({ concept: 'line.placeOfService', index: 1, value: '12 Home', label: 'Place of Service' });
  });

  it('reads aria-labelledby', () => {
    const fields = render('<span id="l1">Referring Provider NPI</span><input id="n" aria-labelledby="l1">');
    expect(byId(fields, 'n')?.concept).toBe('referring.npi');
  });

  it('reads name tokens split from snake_case and camelCase', () => {
    const fields = render('<input id="a" name="physician_face_patient_dob"><input id="b" name="priorAuthNo">');
    expect(byId(fields, 'a')?.concept).toBe('patient.dob');
    expect(byId(fields, 'b')?.concept).toBe('claim.priorAuthNumber');
  });

  it('uses a legend as context: "NPI" under referring provider is box 17b', () => {
    const fields = render(`
      <fieldset><legend>Referring provider</legend><label for="r">NPI</label><input id="r"></fieldset>
      <fieldset><legend>Billing</legend><label for="b">NPI</label><input id="b"></fieldset>`);
    expect(byId(fields, 'r')?.concept).toBe('referring.npi');
    expect(byId(fields, 'b')?.concept).toBe('provider.npi');
  });
});

describe('collectFields: tables and nearby text', () => {
  const serviceLines = `
    <table>
      <thead>
        <tr><th colspan="2">24A. Date(s) of Service</th><th>24D. CPT/HCPCS</th><th>24E. Dx Pointer</th><th>24G. Units</th></tr>
        <tr><th>From</th><th>To</th><th></th><th></th><th></th></tr>
      </thead>
      <tbody>
        <tr><td><input id="from1"></td><td><input id="to1"></td><td><input id="cpt1" value="97124"></td><td><input id="ptr1"></td><td><input id="u1"></td></tr>
        <tr><td><input id="from2"></td><td><input id="to2"></td><td><input id="cpt2"></td><td><input id="ptr2"></td><td><input id="u2"></td></tr>
        <tr><td><input id="from3"></td><td><input id="to3"></td><td><input id="cpt3"></td><td><input id="ptr3"></td><td><input id="u3"></td></tr>
      </tbody>
    </table>`;

  it('maps a cell to its column header, through colspan', () => {
    const fields = render(serviceLines);
    expect(byId(fields, 'from1')?.concept).toBe('line.dateFrom');
    expect(byId(fields, 'to1')?.concept).toBe('line.dateTo');
    expect(byId(fields, 'cpt1')).toMatchObject({ concept: 'line.procedureCode', value: '97124' });
    expect(byId(fields, 'ptr1')?.concept).toBe('line.diagnosisPointer');
    expect(byId(fields, 'u1')?.concept).toBe('line.units');
  });

  it('numbers service lines by their row among the data rows', () => {
    const fields = render(serviceLines);
    expect([1, 2, 3].map((n) => byId(fields, `cpt${n}`)?.index)).toEqual([1, 2, 3]);
    expect(byId(fields, 'u3')).toMatchObject({ concept: 'line.units', index: 3 });
  });

  it('never numbers a line from digits in a name: only the words the page shows do', () => {
    const fields = render('<input id="a" name="line2_units"><input id="b" name="cpt_1"><input id="c" name="svc[3][units]">');
    expect(byId(fields, 'a')).toMatchObject({ concept: 'line.units', index: 1 });
    expect(byId(fields, 'c')).toMatchObject({ concept: 'line.units', index: 1 });
    const shown = render('<label for="u">Line 2 units</label><input id="u" name="svc[0][units]">');
    expect(byId(shown, 'u')).toMatchObject({ concept: 'line.units', index: 2 });
    const zeroBased = render('<label for="a">Row 0 CPT</label><input id="a"><label for="b">Row 1 CPT</label><input id="b">');
    expect([byId(zeroBased, 'a')?.index, byId(zeroBased, 'b')?.index]).toEqual([1, 2]);
  });

  it('counts the rows one first-column cell spans as one line (a shaded supplemental row and its main row)', () => {
    const fields = render(`
      <table>
        <thead><tr><th></th><th>DOS From</th><th>CPT/HCPCS</th></tr></thead>
        <tbody>
          <tr><td rowspan="2">1</td><td colspan="2"><input id="sup1" name="Line1_SupplementalInfo"></td></tr>
          <tr><td><input id="from1"></td><td><input id="cpt1"></td></tr>
          <tr><td rowspan="2">2</td><td colspan="2"><input id="sup2" name="Line2_SupplementalInfo"></td></tr>
          <tr><td><input id="from2"></td><td><input id="cpt2"></td></tr>
        </tbody>
      </table>`);
    expect(byId(fields, 'cpt1')).toMatchObject({ concept: 'line.procedureCode', index: 1 });
    expect(byId(fields, 'cpt2')).toMatchObject({ concept: 'line.procedureCode', index: 2 });
    expect(byId(fields, 'from2')).toMatchObject({ concept: 'line.dateFrom', index: 2 });
  });

  it('reads the text before a field in the same cell, and a label cell before an input cell', () => {
    const fields = render(`
      <table>
        <tr><td>Insured's ID Number <input id="member"></td></tr>
        <tr><td><span>Date of Current Illness:</span></td><td><input id="box14"></td></tr>
      </table>`);
    expect(byId(fields, 'member')?.concept).toBe('patient.memberId');
    expect(byId(fields, 'box14')).toMatchObject({ concept: 'claim.onsetDate' });
    expect(byId(fields, 'box14')?.place.evidence![0]?.signal).toBe('preceding-text');
  });

  it('does not borrow the label of a neighbouring field', () => {
    const fields = render('<p>Prior Authorization Number <input id="auth"> <input id="next"></p>');
    expect(byId(fields, 'auth')?.concept).toBe('claim.priorAuthNumber');
    expect(byId(fields, 'next')).toBeUndefined();
  });
});

describe('collectFields: values and kinds', () => {
  it('makes one field of a radio group, valued with the checked option label', () => {
    const fields = render(`
      <fieldset><legend>Auto accident?</legend>
        <label><input type="radio" id="y" name="auto" value="Y" checked> Yes</label>
        <label><input type="radio" id="n" name="auto" value="N"> No</label>
      </fieldset>`);
    const radios = fields.filter((field) => field.place.kind === 'radio');
    expect(radios).toHaveLength(1);
    expect(radios[0]).toMatchObject({ concept: 'claim.autoAccident', value: 'Yes', place: { id: 'y', name: 'auto' } });
  });

  it('values an unanswered radio group as empty', () => {
    const fields = render(`<p>Employment related? <input type="radio" id="y" name="emp"><label for="y">Yes</label>
      <input type="radio" id="n" name="emp"><label for="n">No</label></p>`);
    expect(byId(fields, 'y')).toMatchObject({ concept: 'claim.employmentRelated', value: '' });
  });

  it('values a select by its chosen option text, and a value="" placeholder as empty', () => {
    const fields = render(`
      <label for="ind">ICD Ind.</label><select id="ind"><option value="">-- choose --</option><option value="0" selected>ICD-10</option></select>
      <label for="sex">Sex</label><select id="sex"><option value="">-- choose --</option><option value="F">F</option></select>
      <label for="q">Qualifier</label><select id="q"><option value="DN" selected></option></select>`);
    expect(byId(fields, 'ind')).toMatchObject({ concept: 'claim.icdIndicator', value: 'ICD-10', place: { kind: 'select' } });
    expect(byId(fields, 'sex')).toMatchObject({ concept: 'patient.sex', value: '' });
  });

  it('values a lone checkbox "checked" or ""', () => {
    const fields = render(`
      <label><input type="checkbox" id="a" checked> Employment related (10a)</label>
      <input type="checkbox" id="b"> Other accident`);
    expect(byId(fields, 'a')).toMatchObject({ concept: 'claim.employmentRelated', value: 'checked', place: { kind: 'checkbox' } });
    expect(byId(fields, 'b')).toMatchObject({ concept: 'claim.otherAccident', value: '' });
  });

  it('reads contenteditable regions and textareas', () => {
    const fields = render(`
      <div id="l">Alternatives tried</div><div id="alt" contenteditable="true" aria-labelledby="l"> 6 weeks of home exercise </div>
      <label for="goals">Treatment goals</label><textarea id="goals">Reduce pain from 7/10 to 3/10 in 4 weeks</textarea>`);
    expect(byId(fields, 'alt')).toMatchObject({ concept: 'doc.alternativesTried', value: '6 weeks of home exercise', place: { kind: 'contenteditable' } });
    expect(byId(fields, 'goals')).toMatchObject({ concept: 'doc.goals', place: { kind: 'textarea' } });
  });

  it('skips hidden, submit, password and file inputs, and ClaimLint UI', () => {
    const fields = render(`
      <input type="hidden" name="prior_auth_number"><input type="submit" name="npi" value="NPI">
      <input type="password" name="npi"><input type="file" name="npi">
      <div data-claimlint-ui><label for="x">Prior Authorization Number</label><input id="x"></div>`);
    expect(fields).toEqual([]);
  });
});

describe('collectFields: diagnoses A–L', () => {
  it('maps dx1..dx12 to letters A–L', () => {
    const inputs = Array.from({ length: 12 }, (_, i) => `<input id="d${i + 1}" name="dx${i + 1}">`).join('');
    const fields = render(inputs);
    expect(fields.map((field) => [field.concept, field.index])).toEqual(DIAGNOSIS_LETTERS.map((letter) => ['claim.diagnosis', letter]));
  });

  it('reads letters from labels and names: "A.", "Diagnosis B", "ICD 3", diag_d; ICD-10 is not a number', () => {
    const fields = render(`
      <fieldset><legend>21. Diagnosis or nature of illness or injury</legend><label for="a">A.</label><input id="a"></fieldset>
      <label for="b">Diagnosis B</label><input id="b">
      <label for="c">ICD 3</label><input id="c">
      <input id="d" name="diag_d">
      <label for="e">ICD-10 Code 5</label><input id="e">`);
    expect(['a', 'b', 'c', 'd', 'e'].map((id) => byId(fields, id)?.index)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('gives a diagnosis with no letter the next free one', () => {
    const fields = render('<label for="p">Diagnosis code (ICD-10)</label><input id="p"><label for="b">Diagnosis A</label><input id="b">');
    expect([byId(fields, 'b')?.index, byId(fields, 'p')?.index]).toEqual(['A', 'B']);
  });
});

describe('collectFields: saying nothing rather than guessing', () => {
  it('does not map an unrelated field', () => {
    const fields = render('<label for="c">Favorite color</label><input id="c" name="favorite_color"><label for="n">Notes</label><textarea id="n"></textarea>');
    expect(fields).toEqual([]);
  });

  it('does not map a field whose only clue is a generic word in nearby text', () => {
    expect(render('<p>Look up a provider by NPI <input id="x"></p>')).toEqual([]);
  });
});

describe('collectFields: limits, shape and locating', () => {
  it('stops at the limit and says how many candidates it saw', () => {
    document.body.innerHTML = Array.from({ length: 30 }, (_, i) => `<input name="cpt_${i + 1}">`).join('');
    const result = collectFields(document, { limit: 10 });
    expect(result.fields).toHaveLength(10);
    expect(result.truncated).toEqual({ limit: 10, seen: 30 });
    expect(collectFields(document).truncated).toBeUndefined();
  });

  it('reads only the first part of a page far larger than the limit, and counts the rest', () => {
    const rows = Array.from({ length: 100 }, (_, i) => `<tr><td><label for="u${i}">Units</label></td><td><input id="u${i}" name="units_${i + 1}"></td></tr>`);
    // A document header after the grid: beyond the part read (the first 20 controls), so not even seen; the
    // count is the page's 100 controls, where reading everything would have seen 101 candidates.
    document.body.innerHTML = `<table>${rows.join('')}</table><dl><dt>Patient</dt><dd>Eve Example</dd></dl>`;
    const result = collectFields(document, { limit: 10 });
    expect(result.fields).toHaveLength(10);
    expect(result.truncated).toEqual({ limit: 10, seen: 100 });
    expect(result.elements.get('f9')).toBe(document.getElementById('u9'));
    expect(placedFields(collectFields(document)).some((field) => field.concept === 'patient.name')).toBe(true);
  });

  it('produces fields that satisfy the schema, with stable keys, and where each was found beside them', () => {
    document.body.innerHTML = '<label for="a">NPI</label><input id="a"><input id="b" name="favorite"><input id="c" name="units_1">';
    const read = collectFields(document);
    expect(read.fields.map((field) => field.key)).toEqual(['f0', 'f2']);
    for (const field of read.fields) expect(fieldSchema.safeParse(field).success).toBe(true);
    // The content script's own output: no frame (the background sets it from the sender), no DOM detail inside.
    expect(read.fields[0]).not.toHaveProperty('frameId');
    expect(read.places.f0).toMatchObject({ kind: 'text', selector: '#a', name: null, id: 'a' });
    expect(read.places.f0?.evidence?.[0]).toMatchObject({ signal: 'label', text: 'NPI' });
  });

  it('builds a field index that finds each field element again', () => {
    document.body.innerHTML = `<div><input name="cpt_1"></div><div><input name="cpt_1"></div><input id="9x" name="npi">`;
    const read = collectFields(document);
    const fields = placedFields(read);
    const index = buildFieldIndex(document, read.places);
    const inputs = Array.from(document.querySelectorAll('input'));
    expect(fields.map((field) => index.get(field.key))).toEqual(inputs);
  });

  it('takes a snapshot with url, title and time', () => {
    document.title = 'Claim entry';
    document.body.innerHTML = '<label for="a">Patient Name</label><input id="a">';
    const snapshot = takeSnapshot(document);
    expect(snapshot).toMatchObject({ url: document.URL, title: 'Claim entry' });
    expect(Number.isNaN(Date.parse(snapshot.takenAt))).toBe(false);
    expect(snapshot.fields).toHaveLength(1);
  });
});
