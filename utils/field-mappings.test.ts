import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fieldMappings, withoutTaughtField, withTaughtField } from './field-mappings';

const site = 'https://portal.example';
const parseFieldMappings = (stored: unknown) => fieldMappings.parse(stored).value;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

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
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(parseFieldMappings(undefined)).toEqual({});
    expect(parseFieldMappings('nonsense')).toEqual({});
    expect(parseFieldMappings([{ selector: '#a', concept: 'patient.dob' }])).toEqual({});
    expect(parseFieldMappings({ [site]: [{ selector: '#a', concept: 'not.a.concept' }] })).toEqual({});
    expect(parseFieldMappings({ [site]: [{ selector: '#a', concept: 'not.a.concept' }, { selector: '#b', concept: 'patient.dob' }] })).toEqual({
      [site]: [{ selector: '#b', concept: 'patient.dob' }],
    });
    expect(parseFieldMappings({ 'javascript:alert(1)': [] })).toEqual({});
    expect(parseFieldMappings({ [site]: 'not a list', 'https://other.example': [{ selector: '#c', concept: 'patient.dob' }] })).toEqual({
      'https://other.example': [{ selector: '#c', concept: 'patient.dob' }],
    });
    expect(parseFieldMappings({ [site]: [{ selector: '#a', concept: 'patient.dob' }] })).toEqual({
      [site]: [{ selector: '#a', concept: 'patient.dob' }],
    });
  });

  it('never stores anything but a selector, a concept and an index', async () => {
    const parsed = parseFieldMappings({ [site]: [{ selector: '#a', concept: 'patient.dob', value: '1984-03-15' }] });
    expect(JSON.stringify(parsed)).not.toContain('1984');
    await fieldMappings.setValue({ [site]: [{ selector: '#a', concept: 'patient.dob', value: '1984-03-15' } as never] });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('1984');
  });

  it('are kept under the same key as before, so mappings taught earlier are still read', async () => {
    await fakeBrowser.storage.local.set({ fieldMappings: { [site]: [{ selector: '#auth', concept: 'claim.priorAuthNumber' }] } });
    expect(await fieldMappings.getValue()).toEqual({ [site]: [{ selector: '#auth', concept: 'claim.priorAuthNumber' }] });
  });
});
