import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sharedFolder } from '../../test/support/shared-dir';
import { readSharedSources } from './icd10cm-build';
import { applyAddendaDescriptions, buildIcd10CmDescriptions, parseOrderDescriptions } from './icd10cm-descriptions-build';

const DATA = new URL('../../public/data/', import.meta.url);
const PACKAGED = new URL('icd10cm-descriptions/', DATA);
const icd10cm = sharedFolder('data/icd10cm', 'icd10cm-descriptions-build.test');

const orderRow = (order: number, code: string, flag: string, title: string) =>
  `${String(order).padStart(5, '0')} ${code.padEnd(7)} ${flag} ${title.slice(0, 60).padEnd(60)} ${title}\r\n`;
const addendaRow = (action: string, code: string, title: string) =>
  `${action.padEnd(13)}1 ${code.padEnd(7)} ${title.slice(0, 60).padEnd(60)} ${title}\r\n`;
const BACK = 'Carbuncle of back [any part, except buttock]';
const smallOrder = orderRow(1, 'L02232', '1', BACK) + orderRow(2, 'M542', '1', 'Cervicalgia');

describe('build:icd10cm descriptions', () => {
  it.skipIf(!icd10cm.present)(
    icd10cm.present
      ? 'the packaged chunks, index and PROVENANCE.md are what a fresh build from ../shared writes (chunks compared decompressed)'
      : `SKIPPED: ${icd10cm.path} is absent, so the packaged descriptions cannot be rebuilt and compared`,
    () => {
      const { index, chunks, provenance } = buildIcd10CmDescriptions(readSharedSources(icd10cm.path));
      const rebuild = 'differs from a fresh build: run npm run build:icd10cm';
      expect(readdirSync(PACKAGED).sort(), `the files in icd10cm-descriptions/ ${rebuild}`).toEqual(['index.json', ...chunks.map(({ file }) => file)].sort());
      expect(readFileSync(new URL('index.json', PACKAGED), 'utf8') === index, `index.json ${rebuild}`).toBe(true);
      for (const { file, json } of chunks) {
        expect(gunzipSync(readFileSync(new URL(file, PACKAGED))).toString('utf8') === json, `${file} ${rebuild}`).toBe(true);
      }
      expect(provenance).toBe(readFileSync(new URL('icd10cm-descriptions.PROVENANCE.md', DATA), 'utf8'));
    },
    60_000,
  );

  it('reads the long description of every order-file row, billable or header', () => {
    expect([...parseOrderDescriptions(smallOrder)]).toEqual([['L02232', BACK], ['M542', 'Cervicalgia']]);
    expect(() => parseOrderDescriptions(orderRow(1, 'M542', '1', 'Cervicalgia').replace(/ Cervicalgia\r\n$/, '\r\n'))).toThrow(/line 1: no long description/);
  });

  it("applies an addenda's wording: a retitled code gets the new words, a new code its own, a deleted one none", () => {
    const addenda = addendaRow('Revise from:', 'L02232', BACK) + addendaRow('Revise to:', 'L02232', 'Carbuncle of back [any part, except buttock and flank]')
      + addendaRow('Add:', 'L02236', 'Carbuncle of flank') + addendaRow('Delete:', 'M542', 'Cervicalgia') + '\r\nSummary\r\n';
    const after = applyAddendaDescriptions(parseOrderDescriptions(smallOrder), addenda);
    expect(Object.fromEntries(after)).toEqual({ L02232: 'Carbuncle of back [any part, except buttock and flank]', L02236: 'Carbuncle of flank' });
  });

  it('refuses an addenda whose Delete or Revise from does not carry the wording the year before has', () => {
    const before = parseOrderDescriptions(smallOrder);
    expect(() => applyAddendaDescriptions(before, `${addendaRow('Delete:', 'M542', 'Neck pain')}\r\n`)).toThrow(/Delete: M542 "Neck pain", but the year before says "Cervicalgia"/);
    expect(() => applyAddendaDescriptions(before, `${addendaRow('Revise from:', 'M549', 'Dorsalgia, unspecified')}\r\n`)).toThrow(/\(no such code\)/);
  });

  it('fails loudly when the inputs do not give the FY2026 codes', () => {
    const bytes = new TextEncoder().encode(smallOrder);
    expect(() => buildIcd10CmDescriptions({ order: bytes, addenda: new TextEncoder().encode('\r\n') })).toThrow(/FY2026: 2 described codes, expected 98186/);
  });
});
