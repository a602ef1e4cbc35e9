// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findByLocator, selectorFor } from './selector';
import { nameTokens } from './text';

describe('selectorFor / findByLocator', () => {
  it('prefers a unique id; an id that is not a plain identifier is quoted', () => {
    document.body.innerHTML = '<input id="pa-no"><input id="1a:b.c"><input id="dup"><input id="dup">';
    const [plain, odd] = Array.from(document.querySelectorAll('input'));
    expect(selectorFor(plain!)).toBe('#pa-no');
    expect(selectorFor(odd!)).toBe('[id="1a:b.c"]');
    expect(findByLocator(document, selectorFor(odd!))).toBe(odd);
  });

  it('falls back to a unique name, then to an nth-of-type path', () => {
    document.body.innerHTML = '<input id="dup" name="npi"><input id="dup" name="x"><div><input name="x"></div>';
    const [first, second, third] = Array.from(document.querySelectorAll('input'));
    expect(selectorFor(first!)).toBe('input[name="npi"]');
    for (const input of [second!, third!]) expect(findByLocator(document, selectorFor(input))).toBe(input);
  });

  it('returns null for a selector that is invalid, gone or ambiguous', () => {
    document.body.innerHTML = '<input class="a"><input class="a">';
    expect(findByLocator(document, '#[')).toBeNull();
    expect(findByLocator(document, '#gone')).toBeNull();
    expect(findByLocator(document, '.a')).toBeNull();
  });
});

describe('nameTokens', () => {
  it.each([
    ['physician_face_patient_dob', 'physician face patient dob'],
    ['patientDOB', 'patient dob'],
    ['line2_units', 'line 2 units'],
    ['svc[3][units]', 'svc 3 units'],
    ['ICD10Code1', 'icd 10 code 1'],
    ['prior-auth-no', 'prior auth no'],
  ])('%s -> %s', (raw, tokens) => {
    expect(nameTokens(raw)).toBe(tokens);
  });
});
