import { describe, expect, it } from 'vitest';
import { parseFieldMappings, withoutTaughtField, withTaughtField } from './field-mappings';

const site = 'https://portal.example';

describe('taught field mappings', () => {
  it('adds a mapping per site and replaces an earlier one for the same element', () => {
    let mappings = withTaughtField({}, site, { selector: '#box23', concept: 'claim.diagnosis' });
    mappings = withTaughtField(mappings, site, { selector: '#box23', concept: 'claim.priorAuthNumber' });
    mappings = withTaughtField(mappings, 'https://other.example', { selector: '#x', concept: 'patient.dob' });
    expect(mappings[site]).toEqual([{ selector: '#box23', concept: 'claim.priorAuthNumber' }]);
    expect(Object.keys(mappings)).toEqual([site, 'https://other.example']);
  });

  it('forgets a mapping, and the site when it was the last one', () => {
    const mappings = withTaughtField({}, site, { selector: '#box23', concept: 'claim.priorAuthNumber' });
    expect(withoutTaughtField(mappings, site, '#box23')).toEqual({});
  });

  it('treats corrupt or foreign stored data as no mappings instead of failing', () => {
    expect(parseFieldMappings(undefined)).toEqual({});
    expect(parseFieldMappings('nonsense')).toEqual({});
    expect(parseFieldMappings({ [site]: [{ selector: '#a', concept: 'not.a.concept' }] })).toEqual({});
    expect(parseFieldMappings({ [site]: [{ selector: '#a', concept: 'not.a.concept' }, { selector: '#b', concept: 'patient.dob' }] })).toEqual({
      [site]: [{ selector: '#b', concept: 'patient.dob' }],
    });
    expect(parseFieldMappings({ 'javascript:alert(1)': [] })).toEqual({});
    expect(parseFieldMappings({ [site]: [{ selector: '#a', concept: 'patient.dob' }] })).toEqual({
      [site]: [{ selector: '#a', concept: 'patient.dob' }],
    });
  });

  it('never stores anything but a selector, a concept and an index', () => {
    const parsed = parseFieldMappings({ [site]: [{ selector: '#a', concept: 'patient.dob', value: '1984-03-15' }] });
    expect(JSON.stringify(parsed)).not.toContain('1984');
  });
});
