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
      <div class="field" id="pair"><label for="pair">Both of these</label><input id="one" value="x"><input id="two" value="y"></div></form>`);
    expect(fieldWithId(fields, 'plan_input')).toMatchObject({ concept: 'payer.name', label: 'Health plan' });
    expect(fieldWithId(fields, 'dx1_input')).toMatchObject({ concept: 'claim.diagnosis', index: 'A', label: 'Primary diagnosis (ICD-10)' });
    expect(fieldWithId(fields, 'dx1_input')!.confidence).toBeGreaterThanOrEqual(0.7);
    // A wrapper holding two fields labels neither: the label may name either, or the pair.
    expect(fieldWithId(fields, 'one')?.label ?? '').not.toBe('Both of these');
    // The trigger beside the hidden-accessible input is no field of its own.
    expect(fields.filter((field) => field.concept === 'payer.name')).toHaveLength(1);
  });
});
