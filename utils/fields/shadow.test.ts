// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { buildFieldIndex } from './collect-fields';
import { collectFields } from './read-page';
import { findByLocator, locatorSelectorFor } from './selector';
import { placedFields } from '../../test/support/placed-fields';

function host(parent: Element | ShadowRoot, id: string, html: string, mode: 'open' | 'closed' = 'open'): ShadowRoot {
  const element = document.createElement('div');
  element.id = id;
  parent.append(element);
  const root = element.attachShadow({ mode });
  root.innerHTML = html;
  return root;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('fields in open shadow roots', () => {
  it('reads them in document order, labelled within their own root, located by "host >>> inner"', () => {
    document.body.innerHTML = '<label for="a">Patient name</label><input id="a"><span id="after"></span>';
    const root = host(document.body, 'lines', '<label for="cpt">CPT/HCPCS</label><input id="cpt"><label for="a">Units</label><input id="a">');
    const read = collectFields(document);
    const fields = placedFields(read);
    expect(fields.map((field) => [field.concept, field.place.selector])).toEqual([
      ['patient.name', '#a'],
      ['line.procedureCode', '#lines >>> #cpt'],
      ['line.units', '#lines >>> #a'],
    ]);
    const index = buildFieldIndex(document, read.places);
    expect(index.get(fields[1]!.key)).toBe(root.getElementById('cpt'));
    expect(index.get(fields[2]!.key)).toBe(root.getElementById('a'));
  });

  it('recurses into nested shadow roots and resolves aria-labelledby inside them', () => {
    const outer = host(document.body, 'outer', '<p>Claim</p>');
    const inner = host(outer, 'inner', '<span id="l">Prior authorization number</span><input aria-labelledby="l">');
    const fields = placedFields(collectFields(document));
    expect(fields).toHaveLength(1);
    expect(fields[0]).toMatchObject({ concept: 'claim.priorAuthNumber' });
    expect(fields[0]!.place.selector).toBe('#outer >>> #inner >>> input');
    expect(findByLocator(document, fields[0]!.place.selector!)).toBe(inner.querySelector('input'));
  });

  it('keeps radio groups of different roots apart and leaves closed roots alone', () => {
    host(document.body, 'one', '<fieldset><legend>Auto accident?</legend><input type="radio" name="acc" value="Y"><input type="radio" name="acc" value="N"></fieldset>');
    host(document.body, 'two', '<fieldset><legend>Other accident?</legend><input type="radio" name="acc" value="Y"><input type="radio" name="acc" value="N"></fieldset>');
    host(document.body, 'closed', '<label>Member ID <input></label>', 'closed');
    const concepts = placedFields(collectFields(document)).map((field) => field.concept);
    expect(concepts).toEqual(['claim.autoAccident', 'claim.otherAccident']);
  });

  it('locatorSelectorFor names any element, and findByLocator refuses an ambiguous or broken chain', () => {
    const root = host(document.body, 'w', '<div><span>a</span></div><div><span>b</span></div>');
    const second = root.querySelectorAll('span')[1]!;
    const selector = locatorSelectorFor(second);
    expect(selector.startsWith('#w >>> ')).toBe(true);
    expect(findByLocator(document, selector)).toBe(second);
    expect(findByLocator(document, '#w >>> span')).toBeNull();
    expect(findByLocator(document, '#nope >>> span')).toBeNull();
    expect(findByLocator(document, '#w >>> [')).toBeNull();
  });
});
