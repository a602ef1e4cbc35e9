// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { placedFields } from '../../test/support/placed-fields';
import { collectFields } from './read-page';

const read = (html: string) => {
  document.body.innerHTML = html;
  return placedFields(collectFields(document));
};

describe('selects a UI library draws without a native control', () => {
  it('a role=combobox element is the field, its shown choice the value (PrimeVue Select markup)', () => {
    const fields = read(`
      <div class="field"><label for="sex">Sex</label>
        <div data-pc-name="select"><span id="sex" role="combobox" aria-label="Female" aria-haspopup="listbox">Female</span>
          <div data-pc-section="dropdown"><svg aria-hidden="true"></svg></div></div></div>
      <div class="field"><label for="pos">Place of Service</label>
        <div data-pc-name="select"><span id="pos" role="combobox" aria-label="Select" class="p-select-label p-placeholder">Select</span></div></div>`);
    expect(fields.find((field) => field.place.id === 'sex')).toMatchObject({ concept: 'patient.sex', value: 'Female', place: { kind: 'select' } });
    // A placeholder is no answer: the box is read as empty, so a required one is a gap, not a pass.
    expect(fields.find((field) => field.place.id === 'pos')).toMatchObject({ concept: 'line.placeOfService', value: '' });
  });

  it('where the library keeps a native control beside it, only that control is the field (MUI Select)', () => {
    const fields = read(`
      <label id="sex-label">Sex</label>
      <div class="MuiInputBase-root"><div role="combobox" aria-labelledby="sex-label" class="MuiSelect-select">Female</div>
        <input aria-hidden="true" tabindex="-1" class="MuiSelect-nativeInput" name="sex" value="F"></div>`);
    expect(fields.filter((field) => field.place.kind === 'select')).toEqual([]);
  });
});
