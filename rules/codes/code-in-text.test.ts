import { describe, expect, it } from 'vitest';
import { readCodeInText } from './code-in-text';
import { ICD10_SHAPE } from './icd10-format';
import { NPI_SHAPE } from './npi';
import { PROCEDURE_SHAPE } from './procedure-format';

const icd = (text: string) => readCodeInText(text, ICD10_SHAPE);
const cpt = (text: string) => readCodeInText(text, PROCEDURE_SHAPE);
const npi = (text: string) => readCodeInText(text, NPI_SHAPE);

describe('readCodeInText: the code beside its description, as EHR pickers show it', () => {
  it.each([
    ['M54.16 Radiculopathy, lumbar region', 'M54.16', 'Radiculopathy, lumbar region'],
    ['M54.50 - Low back pain, unspecified', 'M54.50', 'Low back pain, unspecified'],
    ['M54.50 – Low back pain, unspecified', 'M54.50', 'Low back pain, unspecified'],
    ['M54.50 — Low back pain', 'M54.50', 'Low back pain'],
    ['M54.50: Low back pain, unspecified', 'M54.50', 'Low back pain, unspecified'],
    ['M54.50 | Low back pain', 'M54.50', 'Low back pain'],
    ['M5450 LOW BACK PAIN, UNSPECIFIED', 'M5450', 'LOW BACK PAIN, UNSPECIFIED'],
    ['S13.4XXA Sprain of ligaments of cervical spine, initial encounter', 'S13.4XXA', 'Sprain of ligaments of cervical spine, initial encounter'],
    ['(M62.830) Muscle spasm of back', 'M62.830', 'Muscle spasm of back'],
    ['[M62.830] Muscle spasm of back', 'M62.830', 'Muscle spasm of back'],
    ['M54.2 (Cervicalgia)', 'M54.2', 'Cervicalgia'],
  ])('code first: %s', (text, code, description) => {
    expect(icd(text)).toEqual({ ok: true, code, description, position: 'start' });
  });

  it.each([
    ['Low back pain (M54.50)', 'M54.50', 'Low back pain'],
    ['Low back pain, unspecified - M54.50', 'M54.50', 'Low back pain, unspecified'],
    ['Low back pain – M54.50', 'M54.50', 'Low back pain'],
    ['Cervicalgia: M54.2', 'M54.2', 'Cervicalgia'],
    ['Muscle spasm of back [M62.830]', 'M62.830', 'Muscle spasm of back'],
    ['Radiculopathy, lumbar region ( M54.16 )', 'M54.16', 'Radiculopathy, lumbar region'],
  ])('description first, code set off: %s', (text, code, description) => {
    expect(icd(text)).toEqual({ ok: true, code, description, position: 'end' });
  });

  it('does not take spinal levels in a description for a second code', () => {
    expect(icd('M54.14 Radiculopathy, thoracic region, T10-T12')).toMatchObject({ ok: true, code: 'M54.14' });
    expect(icd('Strain of lower back muscle T12–L1 (S39.012A)')).toMatchObject({ ok: true, code: 'S39.012A', position: 'end' });
    // A lone 3-character code beside another is still a second code.
    expect(icd('M54.50, I10')).toMatchObject({ ok: false, reason: 'several-codes', codes: ['M54.50', 'I10'] });
  });

  it('reads procedure codes and NPIs the same way', () => {
    expect(cpt('97110 – Therapeutic exercise')).toMatchObject({ ok: true, code: '97110', description: 'Therapeutic exercise' });
    expect(cpt('97140 - Manual therapy techniques, each 15 minutes')).toMatchObject({ ok: true, code: '97140' });
    expect(cpt('Therapeutic exercise (97110)')).toMatchObject({ ok: true, code: '97110', position: 'end' });
    expect(cpt('G0283: Electrical stimulation, unattended')).toMatchObject({ ok: true, code: 'G0283' });
    expect(npi('1234567893 (Dana Wu)')).toEqual({ ok: true, code: '1234567893', description: 'Dana Wu', position: 'start' });
    expect(npi('Dana Wu, PT - 1234567893')).toMatchObject({ ok: true, code: '1234567893', position: 'end' });
    expect(npi('Dana Wu (1234567893)')).toMatchObject({ ok: true, code: '1234567893', position: 'end' });
  });

  it('gives a bare code back whole, untouched', () => {
    expect(icd(' M54.50 ')).toEqual({ ok: true, code: 'M54.50', description: null, position: 'whole' });
    expect(npi('1234567893')).toEqual({ ok: true, code: '1234567893', description: null, position: 'whole' });
  });
});

describe('readCodeInText: values it must not reduce to one code', () => {
  it('reports two codes as two, never choosing one', () => {
    expect(icd('M54.50, M54.16')).toEqual({ ok: false, reason: 'several-codes', codes: ['M54.50', 'M54.16'] });
    expect(icd('M54.50 Low back pain; M54.16 Radiculopathy')).toMatchObject({ reason: 'several-codes' });
    expect(icd('Low back pain (M54.50) with sciatica (M54.41)')).toMatchObject({ reason: 'several-codes' });
    expect(cpt('97110 97140')).toMatchObject({ reason: 'several-codes', codes: ['97110', '97140'] });
    expect(npi('1234567893 / 1497758544')).toMatchObject({ reason: 'several-codes' });
  });

  it('does not lift a code-like token out of a sentence', () => {
    expect(icd('Patient has M54.50 since March')).toEqual({ ok: false, reason: 'inside-text', codes: ['M54.50'] });
    expect(icd('Consistent with M54.16 per referral')).toMatchObject({ reason: 'inside-text' });
    expect(icd('Low back pain M54.50')).toMatchObject({ reason: 'inside-text' });
    expect(cpt('Billed 97110 for 2 units today')).toMatchObject({ reason: 'inside-text' });
  });

  it('finds no code where there is none, or only something close to one', () => {
    expect(icd('Low back pain')).toEqual({ ok: false, reason: 'no-code', codes: [] });
    expect(icd('724.2 Lumbago')).toMatchObject({ reason: 'no-code' });
    expect(icd('M54.50.1 Low back pain')).toMatchObject({ reason: 'no-code' });
    expect(cpt('9714 Manual therapy')).toMatchObject({ reason: 'no-code' });
    expect(npi('Call (206) 555-0147 for Dana Wu')).toMatchObject({ reason: 'no-code' });
    expect(npi('12345678931 (Dana Wu)')).toMatchObject({ reason: 'no-code' });
  });

  it('needs words in the description, not a number', () => {
    expect(icd('M54.50 - 2')).toMatchObject({ ok: false, reason: 'inside-text' });
    expect(cpt('97110 - 2')).toMatchObject({ ok: false });
  });
});
