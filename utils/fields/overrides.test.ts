// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Field } from '../../rules/schema';
import { collectFields } from './read-page';
import type { FieldOverride } from './overrides';
import { placedFields, type PlacedField } from '../../test/support/placed-fields';

const PAGE = `
  <label for="a">Prior authorization number</label><input id="a" name="auth_no">
  <label for="b">Favorite color</label><input id="b" name="color">
  <div id="shown">PA-77</div>
  <table><thead><tr><th>CPT</th><th>Units</th></tr></thead>
    <tbody><tr><td><input name="c1"></td><td><input name="u1"></td></tr><tr><td><input name="c2"></td><td><input id="u2" name="u2"></td></tr></tbody></table>`;

function collect(userOverrides: FieldOverride[] = [], adapterOverrides: FieldOverride[] = []): PlacedField[] {
  return placedFields(collectFields(document, { userOverrides, adapterOverrides }));
}

function at(fields: PlacedField[], selector: string): PlacedField | undefined {
  return fields.find((field) => field.place.selector === selector);
}

beforeEach(() => {
  document.body.innerHTML = PAGE;
});

describe('site adapters and user mappings', () => {
  it('an adapter beats heuristics, and the user beats the adapter, each with confidence 1 and its own evidence', () => {
    const adapter: FieldOverride[] = [{ selector: '#a', concept: 'claim.otherClaimNumber' }, { selector: '#b', concept: 'payer.name' }];
    const user: FieldOverride[] = [{ selector: 'input[name="color"]', concept: 'insured.groupNumber' }];
    const fields = collect(user, adapter);
    expect(at(fields, '#a')).toMatchObject({ concept: 'claim.otherClaimNumber', confidence: 1, place: { evidence: [{ signal: 'adapter', text: '#a', weight: 1 }] } });
    expect(at(fields, '#b')).toMatchObject({ concept: 'insured.groupNumber', confidence: 1, place: { evidence: [{ signal: 'user' }] } });
    expect(at(collect(), '#a')?.concept).toBe('claim.priorAuthNumber');
  });

  it('makes a field of an element heuristics skip, reading its text as the value', () => {
    const field = at(collect([{ selector: '#shown', concept: 'claim.priorAuthNumber' }]), '#shown');
    expect(field).toMatchObject({ concept: 'claim.priorAuthNumber', value: 'PA-77', confidence: 1, place: { kind: 'document' } });
  });

  it('takes the index a mapping gives, else the one the field itself shows', () => {
    const fields = collect([
      { selector: 'input[name="u1"]', concept: 'line.minutes' },
      { selector: '#u2', concept: 'line.minutes', index: 7 },
    ]);
    expect(at(fields, 'input[name="u1"]')).toMatchObject({ concept: 'line.minutes', index: 1 });
    expect(at(fields, '#u2')).toMatchObject({ concept: 'line.minutes', index: 7 });
  });

  it('ignores a selector that matches nothing or is not valid CSS', () => {
    const fields = collect([{ selector: '#gone', concept: 'patient.dob' }, { selector: '[[', concept: 'patient.dob' }]);
    expect(fields.some((field) => field.concept === 'patient.dob')).toBe(false);
  });

  it('reaches into open shadow roots with " >>> "', () => {
    const host = document.createElement('div');
    host.id = 'w';
    document.body.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = '<input id="x">';
    expect(at(collect([{ selector: '#w >>> #x', concept: 'patient.memberId' }]), '#w >>> #x')?.concept).toBe('patient.memberId');
  });
});
