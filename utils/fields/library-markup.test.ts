// @vitest-environment happy-dom
/**
 * Markup of UI libraries the corpus does not render (DevExtreme, Angular Material, Fluent UI, Salesforce Lightning,
 * Semantic UI, shadcn/ui), written the way each renders it: the shapes a held-out set of pages showed the reader missing.
 * Each snippet is synthetic and only as long as the shape needs.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { collectFields } from './read-page';
import { fieldWithId, renderFields } from '../../test/support/placed-fields';

const render = (html: string) => renderFields(html, collectFields);

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('words of forms the corpus does not use', () => {
  it('reads a combobox input named for the code it submits (DevExtreme SelectBox "…_PayerId") by what it shows', () => {
    const fields = render(`
      <div class="dx-field-item"><label class="dx-field-item-label" for="dx_dx-1f2e_PayerId"><span class="dx-field-item-label-text">Insurance Plan Name:</span></label>
        <div class="dx-field-item-content"><div class="dx-selectbox dx-texteditor dx-dropdowneditor">
          <input type="hidden" value="BSCA-PPO" name="PayerId">
          <div class="dx-dropdowneditor-input-wrapper"><div class="dx-texteditor-container"><div class="dx-texteditor-input-container">
            <input autocomplete="off" id="dx_dx-1f2e_PayerId" class="dx-texteditor-input" type="text" readonly role="combobox" aria-haspopup="listbox" aria-expanded="false" value="Blue Shield PPO">
          </div></div></div>
        </div></div>
      </div>`);
    expect(fieldWithId(fields, 'dx_dx-1f2e_PayerId')).toMatchObject({ concept: 'payer.name', value: 'Blue Shield PPO' });
  });

  it('reads Medicare\'s name for the member ID, the certifying physician of a plan of care, and diagnoses labelled ICD-10', () => {
    const field = (id: string, label: string, value: string) =>
      `<mat-form-field class="mat-mdc-form-field"><div class="mat-mdc-form-field-infix"><label class="mdc-floating-label" for="${id}"><mat-label>${label}</mat-label></label><input matinput class="mat-mdc-input-element" id="${id}" value="${value}"></div></mat-form-field>`;
    const fields = render(`<h1>Plan of Care</h1><form>
      ${field('mat-input-2', 'Medicare beneficiary ID (MBI)', '3TW9-QP7-KM42')}
      ${field('mat-input-5', 'Certifying physician', 'Ana Ruiz, MD')}
      ${field('mat-input-7', 'Medical diagnosis (ICD-10)', 'I63.9')}
      ${field('mat-input-8', 'Treatment diagnosis (ICD-10)', 'R26.89')}
      ${field('mat-input-9', 'Diagnosis description', 'Stroke with gait disturbance')}</form>`);
    expect(fieldWithId(fields, 'mat-input-2')).toMatchObject({ concept: 'patient.memberId' });
    expect(fieldWithId(fields, 'mat-input-5')).toMatchObject({ concept: 'referring.name' });
    expect(fieldWithId(fields, 'mat-input-7')).toMatchObject({ concept: 'claim.diagnosis', index: 'A' });
    expect(fieldWithId(fields, 'mat-input-8')).toMatchObject({ concept: 'claim.diagnosis', index: 'B' });
    expect(fieldWithId(fields, 'mat-input-9')?.concept).not.toBe('claim.diagnosis');
  });

  it('dates each line of a grid of requested services by its "Start date" and "End date" columns', () => {
    const cell = (col: number, id: string, value: string) =>
      `<div role="gridcell" aria-colindex="${col}" class="ms-DetailsRow-cell"><div class="ms-TextField"><input type="text" id="${id}" class="ms-TextField-field" value="${value}"></div></div>`;
    const row = (n: number, code: string) =>
      `<div role="row" aria-rowindex="${n + 1}" class="ms-DetailsRow">${cell(1, `cpt${n}`, code)}${cell(2, `from${n}`, '11/16/2026')}${cell(3, `to${n}`, '01/15/2027')}</div>`;
    const fields = render(`<h1>Prior authorization request</h1><div role="grid" aria-colcount="3">
      <div role="row" class="ms-DetailsHeader"><div role="columnheader" aria-colindex="1">CPT code</div><div role="columnheader" aria-colindex="2">Start date</div><div role="columnheader" aria-colindex="3">End date</div></div>
      ${row(1, '97110')}${row(2, '97530')}</div>`);
    expect(fieldWithId(fields, 'from2')).toMatchObject({ concept: 'line.dateFrom', index: 2 });
    expect(fieldWithId(fields, 'to1')).toMatchObject({ concept: 'line.dateTo', index: 1 });
  });

  it('keeps a lone "Start date" outside any grid of lines off the service lines', () => {
    const fields = render(`<h1>Prior authorization request</h1><form><label for="s">Start date</label><input id="s" value="11/16/2026"></form>`);
    expect(fieldWithId(fields, 's')?.concept ?? null).not.toBe('line.dateFrom');
  });

  it('reads a labelled lookup whose hint says "Search…" (SLDS combobox) as its field, and a search box as none', () => {
    const fields = render(`<h1>Prior authorization request</h1><form>
      <div class="slds-form-element"><label class="slds-form-element__label" for="combobox-id-9">Primary Diagnosis</label>
        <div class="slds-form-element__control"><div class="slds-combobox_container"><div class="slds-combobox slds-dropdown-trigger" aria-expanded="false" aria-haspopup="listbox" role="combobox">
          <div class="slds-combobox__form-element" role="none"><input type="text" class="slds-input slds-combobox__input" id="combobox-id-9" aria-autocomplete="list" autocomplete="off" role="textbox" placeholder="Search ICD-10 codes..." value="M75.121"></div>
        </div></div></div></div>
      <label for="find">Search providers</label><input id="find" value="">
      <input id="quick" placeholder="Search member ID..." value=""></form>`);
    expect(fieldWithId(fields, 'combobox-id-9')).toMatchObject({ concept: 'claim.diagnosis', index: 'A' });
    expect(fieldWithId(fields, 'find')).toBeUndefined();
    expect(fieldWithId(fields, 'quick')).toBeUndefined();
  });

  it('reads a read-only record whose labels are marked by class, not by a colon (SLDS record view)', () => {
    const item = (label: string, value: string) =>
      `<div class="slds-form__item" role="listitem"><div class="slds-form-element slds-form-element_readonly"><span class="slds-form-element__label">${label}</span><div class="slds-form-element__control"><div class="slds-form-element__static">${value}</div></div></div></div>`;
    const fields = render(`<article class="slds-card"><h2 class="slds-card__header-title">Member Information</h2><div class="slds-form" role="list">
      ${item('Member Name', 'Castellanos, Mireya')}${item('Member ID', 'KPW5530017712')}${item('Member Plan', '<a href="#/plan/1">Cigna Open Access Plus</a>')}</div></article>
      <div class="slds-form-element"><span class="slds-form-element__label">Group Number</span><div class="slds-form-element__control"><input id="grp" class="slds-input" value="G-1"></div></div>`);
    const byLabel = (label: string) => fields.find((field) => field.label === label);
    expect(byLabel('Member Name')).toMatchObject({ concept: 'patient.name', value: 'Castellanos, Mireya' });
    expect(byLabel('Member ID')).toMatchObject({ concept: 'patient.memberId', value: 'KPW5530017712' });
    expect(byLabel('Member Plan')).toMatchObject({ concept: 'payer.name', value: 'Cigna Open Access Plus' });
    // A label beside an input names the input; it is no read-only pair of its own.
    expect(fields.filter((field) => field.concept === 'insured.groupNumber').map((field) => field.place.kind)).toEqual(['text']);
  });

  it('reads the choice a widget shows, not the code in the input it hides inside itself (Kendo DropDownList)', () => {
    const fields = render(`<form>
      <label class="k-label" id="payer_label" for="payer">Insurance plan</label>
      <span class="k-picker k-dropdownlist" role="combobox" aria-expanded="false" tabindex="0" aria-labelledby="payer_label"><span class="k-input-inner"><span class="k-input-value-text">Humana Gold Plus HMO</span></span><button aria-label="select" tabindex="-1" class="k-input-button" type="button"></button><input id="payer" name="payer" data-role="dropdownlist" style="display: none;" value="HUM01"></span>
      <label for="dx" id="dx_label">Diagnosis code</label>
      <div class="fui-Combobox"><input type="text" role="combobox" id="dx" aria-labelledby="dx_label" value="M17.12"><span role="button" aria-label="Open"></span></div></form>`);
    expect(fieldWithId(fields, 'payer')).toMatchObject({ concept: 'payer.name', value: 'Humana Gold Plus HMO' });
    expect(fieldWithId(fields, 'dx')).toMatchObject({ concept: 'claim.diagnosis', value: 'M17.12' });
  });

  it('reads a dropdown drawn without ARIA that submits through a hidden input (Semantic UI) by the choice it shows', () => {
    const fields = render(`<form class="ui form">
      <div class="field"><label>Insurance</label><div class="ui fluid selection dropdown" id="payer" tabindex="0"><input type="hidden" name="insurance_id" value="mcr-b"><i class="dropdown icon"></i><div class="text">Medicare Part B</div><div class="menu transition hidden" tabindex="-1"><div class="item active selected" data-value="mcr-b">Medicare Part B</div><div class="item" data-value="mcd">Medicaid</div></div></div></div>
      <div class="field"><label>Treatment diagnosis codes</label><div class="ui multiple selection dropdown" id="dx" tabindex="0"><input type="hidden" name="dx_codes" value="M48.062,M54.16"><i class="dropdown icon"></i><a class="ui label" data-value="M48.062">M48.062<i class="delete icon"></i></a><a class="ui label" data-value="M54.16">M54.16<i class="delete icon"></i></a><div class="text"></div><div class="menu"><div class="item">M51.16</div></div></div></div>
      <div class="field"><label>Frequency</label><div class="ui selection dropdown" id="freq" tabindex="0"><input type="hidden" name="frequency" value=""><i class="dropdown icon"></i><div class="default text">Select frequency</div><div class="menu"><div class="item">2x per week</div></div></div></div>
      <div class="field"><label>Physician</label><div class="ui search selection dropdown" id="md" tabindex="0"><input type="hidden" name="md_id" value="4471"><input class="search" id="md-search" autocomplete="off"><div class="text">Amara Oyelaran, MD</div><div class="menu"></div></div></div>
    </form><div class="ui dropdown item" id="nav" tabindex="0">Account<div class="menu"><a class="item">Sign out</a></div></div>`);
    expect(fieldWithId(fields, 'payer')).toMatchObject({ concept: 'payer.name', value: 'Medicare Part B' });
    expect(fieldWithId(fields, 'dx')).toMatchObject({ concept: 'claim.diagnosis', value: 'M48.062, M54.16' });
    // Nothing chosen: the placeholder is no value.
    expect(fieldWithId(fields, 'freq')).toMatchObject({ concept: 'doc.frequency', value: '' });
    // A search dropdown's input is its field; a menu that submits nothing is no field.
    expect(fieldWithId(fields, 'md')).toBeUndefined();
    expect(fieldWithId(fields, 'nav')).toBeUndefined();
  });

  it('reads "Start" and "End" under a compound fieldset "Requested Dates" as the authorization asked for (SLDS)', () => {
    const date = (id: string, label: string, value: string) =>
      `<div class="slds-form-element"><label class="slds-form-element__label" for="${id}">${label}</label><div class="slds-form-element__control"><input type="text" id="${id}" class="slds-input" value="${value}"></div></div>`;
    const fields = render(`<form><fieldset class="slds-form-element slds-form-element_compound"><legend class="slds-form-element__legend slds-form-element__label">Requested Dates</legend>
      <div class="slds-form-element__control"><div class="slds-form-element__row">${date('d1', 'Start', '11/16/2026')}${date('d2', 'End', '02/12/2027')}</div></div></fieldset>
      <fieldset><legend>Membership</legend>${date('d3', 'Start', '01/01/2020')}${date('d4', 'End', '12/31/2026')}</fieldset></form>`);
    expect(fieldWithId(fields, 'd1')).toMatchObject({ concept: 'auth.from' });
    expect(fieldWithId(fields, 'd2')).toMatchObject({ concept: 'auth.to' });
    expect(fieldWithId(fields, 'd3')).toBeUndefined();
    expect(fieldWithId(fields, 'd4')).toBeUndefined();
  });

  it('gives a grid\'s cells the headers it draws as a table of their own (Element Plus el-table with a fixed header)', () => {
    const input = (id: string, value: string) => `<td class="el-table__cell"><div class="cell"><div class="el-input"><div class="el-input__wrapper"><input class="el-input__inner" id="${id}" value="${value}"></div></div></div></td>`;
    const fields = render(`<h1>CMS-1500 claim</h1><form><div class="el-table"><div class="el-table__inner-wrapper">
      <div class="el-table__header-wrapper"><table class="el-table__header"><colgroup><col><col><col></colgroup><thead><tr><th class="el-table__cell"><div class="cell">CPT/HCPCS</div></th><th class="el-table__cell"><div class="cell">Modifier</div></th><th class="el-table__cell"><div class="cell">Units</div></th></tr></thead></table></div>
      <div class="el-table__body-wrapper"><div class="el-scrollbar"><div class="el-scrollbar__wrap"><div class="el-scrollbar__view"><table class="el-table__body"><colgroup><col><col><col></colgroup><tbody>
        <tr class="el-table__row">${input('c1', '97110')}${input('m1', 'GP')}${input('u1', '2')}</tr>
        <tr class="el-table__row">${input('c2', '97035')}${input('m2', 'GP')}${input('u2', '1')}</tr>
      </tbody></table></div></div></div></div></div></div></form>`);
    expect(fieldWithId(fields, 'c1')).toMatchObject({ concept: 'line.procedureCode', index: 1 });
    expect(fieldWithId(fields, 'm2')).toMatchObject({ concept: 'line.modifier', index: 2 });
    expect(fieldWithId(fields, 'u2')).toMatchObject({ concept: 'line.units', index: 2 });
  });

  it('takes no meaning (and no veto) from an id a library generated with a counter (el-id-4821-1028)', () => {
    const fields = render(`<form><label for="el-id-4821-1028">Insurance plan name</label><input id="el-id-4821-1028" value="Cigna HealthSpring">
      <label for="mat-input-3">Member ID</label><input id="mat-input-3" value="W123"></form>`);
    expect(fieldWithId(fields, 'el-id-4821-1028')).toMatchObject({ concept: 'payer.name' });
    expect(fieldWithId(fields, 'mat-input-3')).toMatchObject({ concept: 'patient.memberId' });
    expect(fieldWithId(fields, 'el-id-4821-1028')?.place.evidence?.map((evidence) => evidence.signal)).toEqual(['label']);
  });

  it('reads the choice shown beside an empty read-only combobox input that only takes focus (Quasar q-select)', () => {
    const qselect = (id: string, label: string, shown: string) =>
      `<label class="q-field q-select q-field--outlined" for="${id}"><div class="q-field__inner"><div class="q-field__control" tabindex="-1"><div class="q-field__control-container">
        <div class="q-field__native row items-center">${shown}<input class="q-select__focus-target" id="${id}" readonly tabindex="0" role="combobox" aria-expanded="false" value=""></div>
        <div class="q-field__label no-pointer-events absolute ellipsis">${label}</div></div>
        <div class="q-field__append"><i class="q-icon material-icons q-select__dropdown-icon" aria-hidden="true">arrow_drop_down</i></div></div></div></label>`;
    const fields = render(`<form>${qselect('plan', 'Health plan', '<span>Molina Healthcare</span>')}
      ${qselect('payer3', 'Payer', '<span class="select-placeholder">Select a payer</span>')}</form>`);
    expect(fieldWithId(fields, 'plan')).toMatchObject({ concept: 'payer.name', value: 'Molina Healthcare' });
    // Nothing chosen, or only a placeholder shown: no value, never the label or the placeholder.
    expect(fieldWithId(fields, 'payer3')).toMatchObject({ concept: 'payer.name', value: '' });
  });

  it('reads a date-picker button labelled for its field, beside the hidden input a form library submits (shadcn/ui)', () => {
    const fields = render(`<form>
      <div class="space-y-2"><label class="text-sm font-medium" for=":r2:-form-item">Date of birth</label>
        <button type="button" role="combobox" aria-expanded="false" id=":r2:-form-item" class="inline-flex w-full">04/09/1990</button>
        <input type="hidden" name="dob" value="1990-04-09"></div>
      <div class="space-y-2"><label for=":r4:-form-item">Insurance</label>
        <button type="button" role="combobox" aria-expanded="false" id=":r4:-form-item"><span>Aetna Choice POS II</span></button>
        <select aria-hidden="true" tabindex="-1" name="payer"><option value=""></option><option value="aetna" selected>Aetna Choice POS II</option></select></div></form>`);
    expect(fieldWithId(fields, ':r2:-form-item')).toMatchObject({ concept: 'patient.dob', value: '04/09/1990' });
    // Where the library keeps a native select beside the button (Radix Select), the select stays the field.
    expect(fieldWithId(fields, ':r4:-form-item')).toBeUndefined();
    expect(fields.find((field) => field.concept === 'payer.name')).toMatchObject({ value: 'Aetna Choice POS II' });
  });

  it('reads a legacy EHR\'s abbreviated labels: "Primary Ins:", "Referring MD:", "PLOF:"', () => {
    const row = (label: string, control: string) => `<tr><td class="lbl">${label}</td><td>${control}</td></tr>`;
    const fields = render(`<h1>PT Plan of Care</h1><form><table class="formTbl">
      ${row('Primary Ins:', '<select id="ins"><option value="">--Select--</option><option value="MCR" selected>Medicare Part B</option></select>')}
      ${row('Referring MD:', '<input id="refmd" value="Carla Benedetti, MD">')}
      ${row('PLOF:', '<textarea id="plof">Independent with cane</textarea>')}
      ${row('Ins. Phone:', '<input id="insphone" value="800-555-0100">')}</table></form>`);
    expect(fieldWithId(fields, 'ins')).toMatchObject({ concept: 'payer.name', value: 'Medicare Part B' });
    expect(fieldWithId(fields, 'refmd')).toMatchObject({ concept: 'referring.name' });
    expect(fieldWithId(fields, 'plof')).toMatchObject({ concept: 'doc.history' });
    expect(fieldWithId(fields, 'insphone')?.concept).not.toBe('payer.name');
  });
});
