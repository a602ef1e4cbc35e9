// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Field } from '../../rules/schema';
import { collectFields } from './read-page';
import { placedFields, type PlacedField } from '../../test/support/placed-fields';

function render(html: string): PlacedField[] {
  document.body.innerHTML = html;
  return placedFields(collectFields(document));
}

describe('collectFields: choices and weak clues', () => {
  it('makes one field of same-name checkboxes, valued with the checked options', () => {
    const fields = render(`
      <table><tr><td scope="row"><strong>Rehab Potential</strong>
        <input type="checkbox" name="rehab_potential" value="Good" checked> Good
        <input type="checkbox" name="rehab_potential" value="Fair"> Fair
        <input type="checkbox" name="rehab_potential" value="Poor" checked> Poor</td></tr></table>`);
    expect(fields).toHaveLength(1);
    expect(fields[0]).toMatchObject({ concept: 'doc.expectedOutcome', value: 'Good, Poor', place: { kind: 'checkbox' } });
  });

  it('maps a lone checkbox only to a yes/no concept', () => {
    const fields = render(`
      <p>Plan agreed by: <label><input type="checkbox" id="md"> Physician</label></p>
      <p><label><input type="checkbox" id="goals"> Treatment goals met</label></p>
      <p><label><input type="checkbox" id="auto" checked> Auto accident</label></p>`);
    expect(fields.map((field) => [field.place.id, field.concept, field.value])).toEqual([['auto', 'claim.autoAccident', 'checked']]);
  });

  it('trusts a sentence of nearby text less than a short label', () => {
    const sentence = render('<p>May require additional treatment sessions to achieve the long term goals due to <input id="x"></p>');
    expect(sentence).toEqual([]);
    const label = render('<p>Long term goals <input id="x"></p>');
    expect(label[0]?.concept).toBe('doc.longTermGoals');
  });

  it('takes a row header from the nearest header cell only', () => {
    const fields = render(`
      <table><tr><th>Frequency</th><td><input id="f"></td><th>Duration</th><td><input id="d"></td></tr></table>`);
    expect(fields.map((field) => [field.place.id, field.concept])).toEqual([['f', 'doc.frequency'], ['d', 'doc.duration']]);
  });
});
