import { describe, expect, it, vi } from 'vitest';
import { ICD10CM_DESCRIPTIONS_FORMAT } from './icd10cm-descriptions-data';
import { icd10CmDescriptionsLoader } from './icd10cm-descriptions-loader';

const YEARS = [{ name: 'FY2026', from: '2025-10-01', to: '2026-09-30' }];
const chunk = (prefix: string, base: Record<string, string>) => ({ format: ICD10CM_DESCRIPTIONS_FORMAT, prefix, fiscalYears: YEARS, base, changes: [] });
const FILES: Record<string, unknown> = {
  'index.json': {
    format: ICD10CM_DESCRIPTIONS_FORMAT,
    fiscalYears: YEARS,
    chunks: [{ prefix: 'E', file: 'E.json.gz' }, { prefix: 'M', file: 'M.json.gz' }, { prefix: 'S1', file: 'S1.json.gz' }],
  },
  'E.json.gz': chunk('E', { E119: 'Type 2 diabetes mellitus without complications' }),
  'M.json.gz': chunk('M', { M542: 'Cervicalgia', M5450: 'Low back pain, unspecified' }),
  'S1.json.gz': chunk('S1', { S134XXA: 'Sprain of ligaments of cervical spine, initial encounter' }),
};

const reader = (files: Record<string, unknown> = FILES) => vi.fn(async (file: string) => {
  if (!(file in files)) throw new Error(`${file}: not found`);
  return structuredClone(files[file]);
});

describe('icd10CmDescriptionsLoader', () => {
  it('reads the index once and only the chunks of the codes asked, each once', async () => {
    const read = reader();
    const load = icd10CmDescriptionsLoader(read);
    const first = await load(['M54.2', 'M54.50', 'Low back pain', 'S13.4XXA']);
    expect(first.describe('M54.2')).toBe('Cervicalgia');
    expect(first.describe('S13.4XXA')).toBe('Sprain of ligaments of cervical spine, initial encounter');
    expect(first.describe('E11.9')).toBeNull();
    expect(read.mock.calls.map(([file]) => file)).toEqual(['index.json', 'M.json.gz', 'S1.json.gz']);
    const second = await load(['E11.9', 'M54.2']);
    expect(second.describe('E11.9')).toBe('Type 2 diabetes mellitus without complications');
    expect(read.mock.calls.map(([file]) => file)).toEqual(['index.json', 'M.json.gz', 'S1.json.gz', 'E.json.gz']);
  });

  it('reads no chunk for a code no chunk holds, and describes nothing from it', async () => {
    const read = reader();
    const descriptions = await icd10CmDescriptionsLoader(read)(['Z00.00']);
    expect(descriptions.describe('Z00.00')).toBeNull();
    expect(read.mock.calls.map(([file]) => file)).not.toContain('Z.json.gz');
  });

  it('rejects a chunk filed under another prefix, and a broken index, saying which', async () => {
    await expect(icd10CmDescriptionsLoader(reader({ ...FILES, 'M.json.gz': FILES['E.json.gz'] }))(['M54.2'])).rejects.toThrow(/M.json.gz holds chunk E, not M/);
    await expect(icd10CmDescriptionsLoader(reader({ ...FILES, 'index.json': { format: 'x' } }))(['M54.2'])).rejects.toThrow(/index is not valid/);
    await expect(icd10CmDescriptionsLoader(reader({ ...FILES, 'M.json.gz': { ...chunk('M', {}), base: { M542: 7 } } }))(['M54.2'])).rejects.toThrow(/chunk M is not valid/);
  });

  it('tries a failed read again on the next call', async () => {
    const read = vi.fn(async (file: string) => structuredClone(FILES[file]));
    read.mockRejectedValueOnce(new Error('index.json: busy'));
    const load = icd10CmDescriptionsLoader(read);
    await expect(load(['M54.2'])).rejects.toThrow(/busy/);
    expect((await load(['M54.2'])).describe('M54.2')).toBe('Cervicalgia');
  });
});
