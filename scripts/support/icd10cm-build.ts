/**
 * Builds public/data/icd10cm.json from the CDC/CMS text files in ../shared/data/icd10cm (format described in
 * its SOURCE.md): the official FY2026 order file, plus the FY2027 order addenda applied to it. Pure functions
 * over the files' bytes, so scripts/build-icd10cm.ts and the reproducibility test produce the same output.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  compareCodes, groupByCategory, icd10CmDataSchema, ICD10CM_DATA_FORMAT, type CodeChanges, type Icd10CmData,
} from '../../rules/codes/icd10cm-data';
import { SHARED_DIR } from '../../test/support/shared-dir';

/** ../shared/data/icd10cm, beside the repository. */
export const SHARED_ICD10CM_DIR = join(SHARED_DIR, 'data', 'icd10cm');
export const ORDER_FILE = 'icd10cm-order-2026.txt';
export const ADDENDA_FILE = 'fy2027-addenda/icd10cm_order_addenda_2027.txt';

/** Counts that SOURCE.md and the addenda's own summary give; any other result means the input is not what we think. */
export const EXPECTED = {
  FY2026: { billable: 74_719, header: 23_467 },
  FY2027: { billable: 74_879, header: 23_524 },
} as const;

/** A code's flag in an order file: billable (valid for HIPAA transactions) or header. */
export type Flag = 'billable' | 'header';
type CodeTable = Map<string, Flag>;

export interface SourceBytes {
  order: Uint8Array;
  addenda: Uint8Array;
}

export interface BuildOutput {
  /** public/data/icd10cm.json, byte for byte. */
  json: string;
  /** public/data/icd10cm.PROVENANCE.md. */
  provenance: string;
}

/** Reads the two input files from ../shared. */
export function readSharedSources(dir = SHARED_ICD10CM_DIR): SourceBytes {
  return { order: readFileSync(join(dir, ORDER_FILE)), addenda: readFileSync(join(dir, ADDENDA_FILE)) };
}

/** The generated files for these inputs; throws (with the reason) when the inputs do not check out. */
export function buildIcd10Cm(sources: SourceBytes): BuildOutput {
  const fy2026 = parseOrderFile(asciiText(sources.order, ORDER_FILE));
  expectCounts('FY2026', fy2026, EXPECTED.FY2026);
  const addenda = asciiText(sources.addenda, ADDENDA_FILE);
  const fy2027 = applyOrderAddenda(fy2026, addenda);
  expectCounts('FY2027', fy2027, EXPECTED.FY2027);
  expectAddendaSummary(addenda, fy2026, fy2027);

  const orderSource = {
    file: ORDER_FILE,
    origin: 'CDC/NCHS, https://ftp.cdc.gov/pub/Health_Statistics/NCHS/Publications/ICD10CM/2026/icd10cm-Code%20Descriptions-2026.zip'
      + ' (copied unchanged via github.com/dewittpe/medicalcoder; SHA-256 matches published values)',
    sha256: sha256(sources.order),
    bytes: sources.order.byteLength,
  };
  const addendaSource = {
    file: ADDENDA_FILE,
    origin: 'CMS, member of https://www.cms.gov/files/zip/2027-code-descriptions-tabular-order.zip (copied unchanged via '
      + 'github.com/dylan199512/icd10-explorer; no published checksum, consistent with FY2026 and its own summary)',
    sha256: sha256(sources.addenda),
    bytes: sources.addenda.byteLength,
  };
  const data: Icd10CmData = {
    format: ICD10CM_DATA_FORMAT,
    provenance: {
      summary: 'FY2026 is the official CDC/NCHS ICD-10-CM FY2026 order file. FY2027 is derived: FY2026 with the CMS '
        + 'FY2027 order addenda applied; it is not an official FY2027 order file and should be replaced by '
        + 'icd10cm-order-2027.txt when available. No descriptions are kept. Public domain (US Government work).',
      sources: [orderSource, addendaSource],
    },
    fiscalYears: [
      {
        name: 'FY2026', from: '2025-10-01', to: '2026-09-30',
        basis: `official CDC/NCHS order file ${ORDER_FILE} (the April 1, 2026 update changed no codes)`,
        ...countsOf(fy2026),
      },
      {
        name: 'FY2027', from: '2026-10-01', to: '2027-09-30',
        basis: `FY2026 plus the CMS order addenda ${ADDENDA_FILE}; not an official FY2027 order file`,
        ...countsOf(fy2027),
      },
    ],
    base: { billable: groupByCategory(codesWith(fy2026, 'billable')), header: groupByCategory(codesWith(fy2026, 'header')) },
    changes: [changesBetween(fy2026, fy2027)],
  };
  // The same schema the extension validates with, so a build can never write a file the reader rejects.
  icd10CmDataSchema.parse(data);
  const json = `${JSON.stringify(data, null, 1)}\n`;
  return { json, provenance: provenanceText(data, json) };
}

/** Parses the fixed-width order file (code [6:13], flag [14]), checking every row's layout. */
export function parseOrderFile(text: string): CodeTable {
  const table: CodeTable = new Map();
  const lines = crlfLines(text, ORDER_FILE);
  lines.forEach((line, at) => {
    const where = `${ORDER_FILE} line ${at + 1}`;
    if (line.slice(0, 5) !== String(at + 1).padStart(5, '0') || line[5] !== ' ' || line[13] !== ' ' || line[15] !== ' ') {
      throw new Error(`${where}: not in the fixed-width order-file layout`);
    }
    const code = readCode(line.slice(6, 13), where);
    if (table.has(code)) throw new Error(`${where}: ${code} appears twice`);
    table.set(code, readFlag(line[14], where));
  });
  return table;
}

/**
 * Applies an order addenda (Add:/Delete:/Revise from:/Revise to:, flag [13], code [15:22]) to a year's table,
 * refusing any row that does not fit it: a Delete or Revise from of a code absent or flagged otherwise, an Add of
 * a code already there, a Revise to without its Revise from.
 */
export function applyOrderAddenda(before: CodeTable, text: string): CodeTable {
  const after: CodeTable = new Map(before);
  let revising: string | null = null;
  const lines = crlfLines(text, ADDENDA_FILE);
  const end = lines.indexOf('');
  if (end === -1) throw new Error(`${ADDENDA_FILE}: no blank line before the summary`);
  lines.slice(0, end).forEach((line, at) => {
    const where = `${ADDENDA_FILE} line ${at + 1}`;
    const action = line.slice(0, 13).trim();
    const flag = readFlag(line[13], where);
    const code = readCode(line.slice(15, 22), where);
    if (revising !== null && action !== 'Revise to:') throw new Error(`${where}: Revise from: ${revising} has no Revise to:`);
    switch (action) {
      case 'Add:':
        if (after.has(code)) throw new Error(`${where}: Add: ${code}, which already exists`);
        after.set(code, flag);
        break;
      case 'Delete:':
      case 'Revise from:':
        if (after.get(code) !== flag) throw new Error(`${where}: ${action} ${code} as ${flag}, but it is ${after.get(code) ?? 'absent'}`);
        if (action === 'Delete:') after.delete(code);
        else revising = code;
        break;
      case 'Revise to:':
        if (revising !== code) throw new Error(`${where}: Revise to: ${code} does not follow Revise from: ${code}`);
        after.set(code, flag);
        revising = null;
        break;
      default:
        throw new Error(`${where}: unknown action "${action}"`);
    }
  });
  if (revising !== null) throw new Error(`${ADDENDA_FILE}: Revise from: ${revising} has no Revise to:`);
  return after;
}

function changesBetween(before: CodeTable, after: CodeTable): CodeChanges {
  const only = (a: CodeTable, b: CodeTable, flag: Flag) =>
    codesWith(a, flag).filter((code) => b.get(code) !== flag);
  return {
    addedBillable: only(after, before, 'billable'),
    removedBillable: only(before, after, 'billable'),
    addedHeader: only(after, before, 'header'),
    removedHeader: only(before, after, 'header'),
  };
}

/** The addenda's summary block states both years' totals; they must be what applying it produced. */
function expectAddendaSummary(text: string, before: CodeTable, after: CodeTable): void {
  const stated = (what: 'headers' | 'codes', year: string) => {
    const match = new RegExp(`^\\s*(\\d+) ${what} in icd10cm_order_${year}\\.txt\\s*$`, 'm').exec(text);
    if (!match) throw new Error(`${ADDENDA_FILE}: its summary does not state the ${what} of ${year}`);
    return Number(match[1]);
  };
  const checks: [string, number, number][] = [
    ['2026 codes', stated('codes', '2026'), countsOf(before).billableCount],
    ['2026 headers', stated('headers', '2026'), countsOf(before).headerCount],
    ['2027 codes', stated('codes', '2027'), countsOf(after).billableCount],
    ['2027 headers', stated('headers', '2027'), countsOf(after).headerCount],
  ];
  for (const [what, summary, actual] of checks) {
    if (summary !== actual) throw new Error(`${ADDENDA_FILE}: its summary says ${summary} ${what}, the files give ${actual}`);
  }
}

function expectCounts(year: string, table: CodeTable, expected: { billable: number; header: number }): void {
  const { billableCount, headerCount } = countsOf(table);
  if (billableCount !== expected.billable || headerCount !== expected.header) {
    throw new Error(`${year}: ${billableCount} billable codes and ${headerCount} headers, expected `
      + `${expected.billable} and ${expected.header}; the input files are not the ones SOURCE.md describes`);
  }
}

function countsOf(table: CodeTable): { billableCount: number; headerCount: number } {
  let billableCount = 0;
  for (const flag of table.values()) if (flag === 'billable') billableCount++;
  return { billableCount, headerCount: table.size - billableCount };
}

function codesWith(table: CodeTable, flag: Flag): string[] {
  return [...table].filter(([, f]) => f === flag).map(([code]) => code).sort(compareCodes);
}

export function readCode(field: string, where: string): string {
  const code = field.trimEnd();
  if (!/^[A-Z][A-Z0-9]{2,6}$/.test(code)) throw new Error(`${where}: "${field}" is not an ICD-10-CM code`);
  return code;
}

export function readFlag(flag: string | undefined, where: string): Flag {
  if (flag === '1') return 'billable';
  if (flag === '0') return 'header';
  throw new Error(`${where}: the valid flag is "${flag ?? ''}", not 0 or 1`);
}

/** Every line ends in CRLF, the last one included (SOURCE.md); anything else means a mangled copy. */
export function crlfLines(text: string, file: string): string[] {
  if (!text.endsWith('\r\n')) throw new Error(`${file}: does not end in CRLF`);
  const lines = text.slice(0, -2).split('\r\n');
  if (lines.some((line) => line.includes('\n') || line.includes('\r'))) throw new Error(`${file}: a line does not end in CRLF`);
  return lines;
}

export function asciiText(bytes: Uint8Array, file: string): string {
  if (bytes.some((byte) => byte > 0x7f)) throw new Error(`${file}: has non-ASCII bytes`);
  return new TextDecoder('latin1').decode(bytes);
}

/** 74719 -> "74,719", without depending on the machine's ICU data. */
export function thousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function provenanceText(data: Icd10CmData, json: string): string {
  const [order, addenda] = data.provenance.sources;
  const years = data.fiscalYears.map((year) =>
    `| ${year.name} | ${year.from} – ${year.to} | ${thousands(year.billableCount)} | `
    + `${thousands(year.headerCount)} | ${year.basis} |`);
  const delta = data.changes[0]!;
  return `# icd10cm.json: where it comes from

Generated by \`npm run build:icd10cm\` (scripts/build-icd10cm.ts) from \`../shared/data/icd10cm/\`; do not edit by
hand. The same inputs give a byte-identical file (a test rebuilds and compares it).

| Fiscal year | Dates of service | Billable | Headers | Basis |
|---|---|---|---|---|
${years.join('\n')}

FY2027 changes against FY2026: ${delta.addedBillable.length} billable codes added, ${delta.removedBillable.length} removed;
${delta.addedHeader.length} headers added, ${delta.removedHeader.length} removed (a code that turned from billable to header, such as
D69.1, counts in both).

## Inputs

| File | Bytes | SHA-256 |
|---|---|---|
| \`${order!.file}\` | ${order!.bytes} | \`${order!.sha256}\` |
| \`${addenda!.file}\` | ${addenda!.bytes} | \`${addenda!.sha256}\` |

- \`${order!.file}\`: official CDC/NCHS ICD-10-CM FY2026 order file, from
  https://ftp.cdc.gov/pub/Health_Statistics/NCHS/Publications/ICD10CM/2026/icd10cm-Code%20Descriptions-2026.zip
  (copied unchanged via https://github.com/dewittpe/medicalcoder; its SHA-256 matches published values). The April 1,
  2026 update changed no codes.
- \`${addenda!.file}\`: the FY2026 → FY2027 order addenda, the CMS member of
  https://www.cms.gov/files/zip/2027-code-descriptions-tabular-order.zip, copied via
  https://github.com/dylan199512/icd10-explorer. No published checksum; it is consistent with FY2026 and its own
  summary gives the totals above.

**FY2027 here is not an official order file.** Replace it with the official \`icd10cm-order-2027.txt\` (SHA-256
\`38981fb2c1226e2b92393cef7d921d2293494dd184b5ad039dde08e4b364265f\`) when it is available.

Codes only, no descriptions. ICD-10-CM is a US Government work (CDC/NCHS with CMS), public domain in the US
(17 U.S.C. §105).

## Output

\`icd10cm.json\`: ${new TextEncoder().encode(json).byteLength} bytes, SHA-256 \`${sha256(new TextEncoder().encode(json))}\`.
`;
}
