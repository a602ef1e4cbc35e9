import { describe, expect, it } from 'vitest';
import { readModifiers, readProcedureCode, splitProcedureText } from './procedure-format';

describe('readProcedureCode', () => {
  it('reads CPT, HCPCS Level II and the suffixed CPT categories', () => {
    expect(readProcedureCode(' 97140 ')).toEqual({ ok: true, code: '97140', kind: 'CPT' });
    expect(readProcedureCode('g0283')).toEqual({ ok: true, code: 'G0283', kind: 'HCPCS Level II' });
    expect(readProcedureCode('1126F')).toMatchObject({ ok: true, kind: 'CPT Category II' });
    expect(readProcedureCode('0552T')).toMatchObject({ ok: true, kind: 'CPT Category III' });
    expect(readProcedureCode('0001U')).toMatchObject({ ok: true, kind: 'PLA' });
  });

  it('says why a code is not CPT/HCPCS shaped', () => {
    expect(readProcedureCode('')).toEqual({ ok: false, reason: 'it is empty' });
    expect(readProcedureCode('9714')).toEqual({ ok: false, reason: 'it has 4 characters; a CPT/HCPCS code has 5' });
    expect(readProcedureCode('97140.0')).toMatchObject({ ok: false, reason: expect.stringMatching(/other than letters/) });
    expect(readProcedureCode('9714X')).toMatchObject({ ok: false, reason: expect.stringMatching(/F, T or U/) });
    expect(readProcedureCode('GP140')).toMatchObject({ ok: false });
  });
});

describe('splitProcedureText', () => {
  it('separates modifiers typed after the code', () => {
    expect(splitProcedureText('97140')).toEqual({ code: '97140', rest: '' });
    expect(splitProcedureText('97140-59')).toEqual({ code: '97140', rest: '59' });
    expect(splitProcedureText('97140 GP 59')).toEqual({ code: '97140', rest: 'GP 59' });
    expect(splitProcedureText('97140 GPKX')).toEqual({ code: '97140', rest: 'GPKX' });
  });

  it('sets a picker\'s description apart from the code and its modifiers', () => {
    expect(splitProcedureText('97110 – Therapeutic exercise')).toEqual({ code: '97110', rest: '', description: 'Therapeutic exercise' });
    expect(splitProcedureText('97110 - Therapeutic exercise, each 15 minutes'))
      .toEqual({ code: '97110', rest: '', description: 'Therapeutic exercise, each 15 minutes' });
    expect(splitProcedureText('97140-GP Manual therapy')).toEqual({ code: '97140', rest: 'GP', description: 'Manual therapy' });
    expect(splitProcedureText('97140 GP 59 - MANUAL THERAPY TECHNIQUES'))
      .toEqual({ code: '97140', rest: 'GP 59', description: 'MANUAL THERAPY TECHNIQUES' });
    expect(splitProcedureText('97530: Therapeutic activities')).toEqual({ code: '97530', rest: '', description: 'Therapeutic activities' });
    expect(splitProcedureText('G0283 (Electrical stimulation, unattended)'))
      .toEqual({ code: 'G0283', rest: '', description: 'Electrical stimulation, unattended' });
    expect(splitProcedureText('Therapeutic exercise (97110)')).toEqual({ code: '97110', rest: '', description: 'Therapeutic exercise' });
  });

  it('keeps two codes together, so neither is taken for the line\'s code', () => {
    expect(splitProcedureText('97110, 97140')).toEqual({ code: '97110, 97140', rest: '' });
    expect(readProcedureCode(splitProcedureText('97110 97140').code).ok).toBe(false);
  });
});

describe('readModifiers', () => {
  it('reads one field or several, with any separator, and runs typed without spaces', () => {
    expect(readModifiers(['59 GP'])).toEqual({ ok: true, modifiers: ['59', 'GP'] });
    expect(readModifiers(['gp', '', 'KX'])).toEqual({ ok: true, modifiers: ['GP', 'KX'] });
    expect(readModifiers(['GP59'])).toEqual({ ok: true, modifiers: ['GP', '59'] });
    expect(readModifiers(['  '])).toEqual({ ok: true, modifiers: [] });
  });

  it('names a token that is not a two-character modifier', () => {
    expect(readModifiers(['GP 5'])).toEqual({ ok: false, bad: '5' });
    expect(readModifiers(['G.P'])).toEqual({ ok: false, bad: 'G.P' });
    expect(readModifiers(['GPO'])).toEqual({ ok: false, bad: 'GPO' });
  });
});
