import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedFolder } from '../../test/support/shared-dir';
import { applyOrderAddenda, buildIcd10Cm, parseOrderFile, readSharedSources } from './icd10cm-build';

const committed = (name: string) => readFileSync(new URL(`../../public/data/${name}`, import.meta.url), 'utf8');
const icd10cm = sharedFolder('data/icd10cm', 'icd10cm-build.test');

const orderRow = (order: number, code: string, flag: string) =>
  `${String(order).padStart(5, '0')} ${code.padEnd(7)} ${flag} ${'Title'.padEnd(60)} Title\r\n`;
const addendaRow = (action: string, flag: '0' | '1', code: string) =>
  `${action.padEnd(13)}${flag} ${code.padEnd(7)} ${'Title'.padEnd(60)} Title\r\n`;
const smallOrder = orderRow(1, 'M545', '0') + orderRow(2, 'M5450', '1') + orderRow(3, 'D691', '1');

describe('build:icd10cm', () => {
  it.skipIf(!icd10cm.present)(
    icd10cm.present
      ? 'rebuilds public/data/icd10cm.json and its PROVENANCE.md byte for byte from ../shared'
      : `SKIPPED: ${icd10cm.path} is absent, so the committed icd10cm.json cannot be rebuilt and compared`,
    () => {
      const { json, provenance } = buildIcd10Cm(readSharedSources(icd10cm.path));
      expect(json === committed('icd10cm.json'), 'icd10cm.json differs from a fresh build: run npm run build:icd10cm').toBe(true);
      expect(provenance).toBe(committed('icd10cm.PROVENANCE.md'));
    },
    60_000,
  );

  it('reads the fixed-width order file', () => {
    expect([...parseOrderFile(smallOrder)]).toEqual([['M545', 'header'], ['M5450', 'billable'], ['D691', 'billable']]);
  });

  it('refuses an order file that lost its CRLFs, its layout or its numbering', () => {
    expect(() => parseOrderFile(smallOrder.replaceAll('\r\n', '\n'))).toThrow(/CRLF/);
    expect(() => parseOrderFile(orderRow(2, 'M545', '0'))).toThrow(/line 1: not in the fixed-width/);
    expect(() => parseOrderFile(orderRow(1, 'M545', '2'))).toThrow(/valid flag is "2"/);
  });

  it('applies an addenda: a billable code that becomes a header, new children', () => {
    const addenda = addendaRow('Delete:', '1', 'D691') + addendaRow('Add:', '0', 'D691') + addendaRow('Add:', '1', 'D6911')
      + '\r\nSummary\r\n';
    const after = applyOrderAddenda(parseOrderFile(smallOrder), addenda);
    expect([after.get('D691'), after.get('D6911'), after.get('M5450')]).toEqual(['header', 'billable', 'billable']);
  });

  it('refuses an addenda that does not fit the year it is applied to', () => {
    const before = parseOrderFile(smallOrder);
    const apply = (rows: string) => () => applyOrderAddenda(before, `${rows}\r\n`);
    expect(apply(addendaRow('Delete:', '0', 'D691'))).toThrow(/Delete: D691 as header, but it is billable/);
    expect(apply(addendaRow('Add:', '1', 'M5450'))).toThrow(/already exists/);
    expect(apply(addendaRow('Revise from:', '1', 'M5450'))).toThrow(/has no Revise to/);
    expect(apply(addendaRow('Replace:', '1', 'M5450'))).toThrow(/unknown action/);
  });

  it('fails loudly when the inputs do not give the FY2026 counts', () => {
    const bytes = new TextEncoder().encode(smallOrder);
    expect(() => buildIcd10Cm({ order: bytes, addenda: new Uint8Array() })).toThrow(/FY2026: 2 billable codes and 1 headers, expected 74719 and 23467/);
  });
});
