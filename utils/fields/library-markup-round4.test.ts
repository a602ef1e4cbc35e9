// @vitest-environment happy-dom
/**
 * Markup of UI libraries a fourth held-out set of pages showed the reader missing (Headless UI, PrimeReact, Ionic,
 * Element Plus), written the way each renders it. Each snippet is synthetic and only as long as the shape needs.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { collectFields } from './read-page';
import { fieldWithId, renderFields } from '../../test/support/placed-fields';

const render = (html: string) => renderFields(html, collectFields);

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('library markup, round 4', () => {
  it('reads "ICD-10 A" and "ICD-10 B" as diagnoses A and B, not as box 10a/10b (employment, auto accident)', () => {
    const combobox = (n: number, letter: string, value: string) =>
      `<div data-headlessui-state=""><label id="headlessui-label-:r${n}:">ICD-10 ${letter}</label><div class="relative mt-2">
        <input id="headlessui-combobox-input-:r${n + 1}:" role="combobox" type="text" aria-expanded="false" aria-labelledby="headlessui-label-:r${n}:" value="${value}">
        <button id="headlessui-combobox-button-:r${n + 2}:" type="button" tabindex="-1" aria-haspopup="listbox" aria-labelledby="headlessui-label-:r${n}: headlessui-combobox-button-:r${n + 2}:"><svg></svg></button></div></div>`;
    const fields = render(`<h1>Claim draft</h1><form><h2>Diagnoses</h2>${combobox(1, 'A', 'S83.241A')}${combobox(4, 'B', 'M25.561')}
      <label for="emp">10a. Is condition related to employment?</label><input id="emp" value="N"></form>`);
    expect(fieldWithId(fields, 'headlessui-combobox-input-:r2:')).toMatchObject({ concept: 'claim.diagnosis', index: 'A', value: 'S83.241A' });
    expect(fieldWithId(fields, 'headlessui-combobox-input-:r5:')).toMatchObject({ concept: 'claim.diagnosis', index: 'B' });
    // Box 10a still reads as box 10a, and the combobox's opener is no field of its own.
    expect(fieldWithId(fields, 'emp')).toMatchObject({ concept: 'claim.employmentRelated' });
    expect(fields.filter((field) => field.concept === 'claim.diagnosis')).toHaveLength(2);
  });

  it('takes a label that points at the wrapper a library draws around the control (PrimeReact Dropdown, AutoComplete)', () => {
    const dropdown = (id: string, label: string, shown: string) =>
      `<div class="field"><label for="${id}">${label}</label><div id="${id}" class="p-dropdown p-component p-inputwrapper">
        <div class="p-hidden-accessible"><input type="text" readonly aria-haspopup="listbox" role="combobox" aria-label="${shown}" id="${id}_input"></div>
        <span class="p-dropdown-label p-inputtext">${shown}</span>
        <div class="p-dropdown-trigger" role="button" aria-haspopup="listbox"><span class="pi pi-chevron-down"></span></div></div></div>`;
    const fields = render(`<h2>Outpatient therapy prior authorization</h2><form>${dropdown('plan', 'Health plan', 'Blue Harbor PPO')}
      <div class="field"><label for="dx1">Primary diagnosis (ICD-10)</label><span class="p-autocomplete" id="dx1"><input type="text" role="combobox" id="dx1_input" value="M17.11"></span></div>
      <div class="field"><label for="plan2">Insurance</label><div id="plan2" class="p-dropdown p-component p-inputwrapper">
        <div class="p-hidden-accessible"><input type="text" readonly aria-haspopup="listbox" role="combobox" id="plan2_input"></div>
        <span class="p-dropdown-label p-inputtext p-placeholder">Select a plan</span><div class="p-dropdown-trigger" role="button" aria-haspopup="listbox"></div></div></div>
      <div class="field" id="pair"><label for="pair">Both of these</label><input id="one" value="x"><input id="two" value="y"></div></form>`);
    expect(fieldWithId(fields, 'plan_input')).toMatchObject({ concept: 'payer.name', label: 'Health plan', value: 'Blue Harbor PPO' });
    expect(fieldWithId(fields, 'dx1_input')).toMatchObject({ concept: 'claim.diagnosis', index: 'A', label: 'Primary diagnosis (ICD-10)' });
    expect(fieldWithId(fields, 'dx1_input')!.confidence).toBeGreaterThanOrEqual(0.7);
    // A wrapper holding two fields labels neither: the label may name either, or the pair.
    expect(fieldWithId(fields, 'one')?.label ?? '').not.toBe('Both of these');
    // Nothing chosen: PrimeReact's placeholder is no value.
    expect(fieldWithId(fields, 'plan2_input')?.value).toBe('');
    // The trigger beside the hidden-accessible input is no field of its own.
    expect(fields.filter((field) => field.concept === 'payer.name')).toHaveLength(2);
  });

  it('reads a select drawn as a button that opens a listbox (Headless UI Listbox) by its label, and its shown choice', () => {
    const listbox = (n: number, label: string, shown: string) =>
      `<div data-headlessui-state=""><label id="headlessui-label-:r${n}:">${label}</label><div class="relative mt-2">
        <button id="headlessui-listbox-button-:r${n + 1}:" type="button" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="headlessui-label-:r${n}: headlessui-listbox-button-:r${n + 1}:">
          <span class="flex items-center"><img src="data:," alt=""><span class="ml-3 block truncate">${shown}</span></span><svg aria-hidden="true"></svg></button></div>
        <input type="hidden" name="f${n}" value="x"></div>`;
    const fields = render(`<h1>Claim draft</h1><form>${listbox(1, 'Gender', 'Male')}${listbox(3, 'Payer', 'UnitedHealthcare Choice Plus')}
      ${listbox(5, 'Referring provider', '<span class="text-gray-400 placeholder">Select a provider</span>')}
      <div><button type="button" aria-haspopup="dialog">Add diagnosis</button></div>
      <div><label for="dos">Date of service</label><input id="dos" value="11/03/2026"><button type="button" aria-haspopup="dialog" aria-label="Choose date"></button></div></form>`);
    expect(fieldWithId(fields, 'headlessui-listbox-button-:r2:')).toMatchObject({ concept: 'patient.sex', value: 'Male', label: 'Gender' });
    expect(fieldWithId(fields, 'headlessui-listbox-button-:r4:')).toMatchObject({ concept: 'payer.name', value: 'UnitedHealthcare Choice Plus' });
    // Nothing chosen: the placeholder is no value, so the gap shows.
    expect(fieldWithId(fields, 'headlessui-listbox-button-:r6:')).toMatchObject({ concept: 'referring.name', value: '' });
    // An action that opens a dialog, and a date input's opener, are no fields.
    expect(fields.filter((field) => field.label.includes('diagnosis') || field.label.includes('Choose'))).toHaveLength(0);
    expect(fields).toHaveLength(4);
  });

  it('reads an Ionic ion-select: an empty button labelled "Frequency, 2x per week" beside the choice it draws', () => {
    const select = (id: string, label: string, text: string) =>
      `<ion-item><ion-select label="${label}" label-placement="stacked" class="hydrated"><div class="select-wrapper"><div class="label-text-wrapper"><div class="label-text">${label}</div></div>
        <div class="select-wrapper-inner">${text}</div>
        <button type="button" aria-haspopup="dialog" aria-expanded="false" aria-label="${label}, ${text.replace(/<[^>]+>/g, '')}" id="${id}"></button></div>
        <input type="hidden" class="aux-input" name="${id}" value="v"></ion-select></ion-item>`;
    const fields = render(`<h1>Plan of care</h1><form>${select('ion-sel-0', 'Frequency', '<div class="select-text" part="text">2x per week</div>')}
      ${select('ion-sel-1', 'Duration', '<div class="select-text select-placeholder" part="placeholder">Choose</div>')}</form>`);
    expect(fieldWithId(fields, 'ion-sel-0')).toMatchObject({ concept: 'doc.frequency', value: '2x per week' });
    expect(fieldWithId(fields, 'ion-sel-1')).toMatchObject({ concept: 'doc.duration', value: '' });
  });

  it('reads the choice Element Plus draws in its placeholder slot, and not the placeholder it marks transparent', () => {
    const select = (id: string, label: string, item: string) =>
      `<div class="el-form-item"><label id="${id}-label" for="${id}" class="el-form-item__label">${label}</label><div class="el-form-item__content">
        <div class="el-select"><div class="el-select__wrapper" tabindex="-1"><div class="el-select__selection">${item}
          <div class="el-select__selected-item el-select__input-wrapper is-hidden"><input type="text" class="el-select__input" role="combobox" readonly aria-labelledby="${id}-label" id="${id}" aria-haspopup="listbox"></div></div>
          <div class="el-select__suffix"><i class="el-icon el-select__caret"><svg></svg></i></div></div></div></div></div>`;
    const fields = render(`<h1>CMS-1500</h1><form>
      ${select('el-id-1-1', 'Insurance plan name', '<div class="el-select__selected-item el-select__placeholder"><span>Cigna HealthSpring</span></div>')}
      ${select('el-id-1-2', 'Other insurance plan name', '<div class="el-select__selected-item el-select__placeholder is-transparent"><span>Select</span></div>')}</form>`);
    expect(fieldWithId(fields, 'el-id-1-1')).toMatchObject({ concept: 'payer.name', value: 'Cigna HealthSpring' });
    expect(fieldWithId(fields, 'el-id-1-2')?.value ?? '').toBe('');
  });

  it('reads a bare "Diagnosis" picked from a list as the coded diagnosis, and one typed freely as words, whatever the value', () => {
    const fields = render(`<h1>Prior authorization</h1><form>
      <div class="fui-Field"><label id="dx-l" for="dx">Diagnosis</label><div class="fui-Combobox"><input type="text" role="combobox" id="dx" aria-autocomplete="list" aria-labelledby="dx-l" value="M17.12 Unilateral primary osteoarthritis, left knee"></div></div>
      <div class="fui-Field"><label id="dx2-l" for="dx2">Diagnosis</label><div class="fui-Combobox"><input type="text" role="combobox" id="dx2" aria-autocomplete="list" aria-labelledby="dx2-l" value=""></div></div>
      <div><label for="typed">Diagnosis</label><input id="typed" value="M17.12 Unilateral primary osteoarthritis, left knee"></div>
      <div><label for="prose">Diagnosis</label><textarea id="prose">Left knee osteoarthritis, worse since June.</textarea></div></form>`);
    expect(fieldWithId(fields, 'dx')).toMatchObject({ concept: 'claim.diagnosis', index: 'A' });
    // Nothing picked yet: still the coded diagnosis, so its gap is the claim's.
    expect(fieldWithId(fields, 'dx2')).toMatchObject({ concept: 'claim.diagnosis', value: '' });
    // A code typed into a free box does not make it the coded diagnosis: the value never decides the concept.
    expect(fieldWithId(fields, 'typed')).toMatchObject({ concept: 'doc.diagnosisText' });
    expect(fieldWithId(fields, 'prose')).toMatchObject({ concept: 'doc.diagnosisText' });
  });

  it('reads a date picker drawn as a button its <label for> names (Mantine DatePickerInput), but no action that opens a dialog', () => {
    const picker = (id: string, label: string, shown: string) =>
      `<div class="mantine-InputWrapper-root"><label class="mantine-InputWrapper-label" for="${id}">${label}</label><div class="mantine-Input-wrapper">
        <button class="mantine-Input-input mantine-DatePickerInput-input" type="button" id="${id}" aria-haspopup="dialog" aria-expanded="false">${shown}</button>
        <input type="hidden" name="${id}-value" value="2026-11-24"></div></div>`;
    const fields = render(`<h1>Letter of medical necessity</h1><form>${picker('mantine-r15', 'Date signed', 'November 24, 2026')}
      ${picker('mantine-r17', 'Date of birth', '<span class="mantine-DatePickerInput-placeholder">Pick date</span>')}
      <button type="button" id="attach" aria-haspopup="dialog">Attach records</button></form>`);
    expect(fieldWithId(fields, 'mantine-r15')).toMatchObject({ concept: 'provider.signatureDate', value: 'November 24, 2026' });
    expect(fieldWithId(fields, 'mantine-r17')).toMatchObject({ concept: 'patient.dob', value: '' });
    expect(fieldWithId(fields, 'attach')).toBeUndefined();
  });

  it('reads "Diagnoses (ICD-10)" over a pills input as the coded diagnoses it holds (Mantine MultiSelect)', () => {
    const fields = render(`<h1>Letter of medical necessity</h1><form><div class="mantine-InputWrapper-root"><label for="mantine-r5">Diagnoses (ICD-10)</label>
      <div class="mantine-PillsInput-input"><div class="mantine-Pill-group">
        <div class="mantine-Pill-root"><span class="mantine-Pill-label">M54.16</span><button class="mantine-Pill-remove" type="button" tabindex="-1" aria-hidden="true"></button></div>
        <div class="mantine-Pill-root"><span class="mantine-Pill-label">M48.062</span><button class="mantine-Pill-remove" type="button" tabindex="-1" aria-hidden="true"></button></div>
        <input class="mantine-PillsInputField-field" id="mantine-r5" type="text" aria-haspopup="listbox" value=""></div></div></div></form>`);
    expect(fieldWithId(fields, 'mantine-r5')).toMatchObject({ concept: 'claim.diagnosis', value: 'M54.16, M48.062' });
  });
});
