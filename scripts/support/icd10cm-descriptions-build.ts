/**
 * Builds public/data/icd10cm-descriptions/ (an index and one chunk per code prefix) from the same CDC/CMS files as
 * icd10cm.json: the official long descriptions of the FY2026 order file (billable codes and headers), and the
 * FY2027 order addenda's adds and revisions as that year's overlay. Pure functions over the files' bytes, so the
 * script and the reproducibility test produce the same JSON; gzip is the script's last step (its bytes depend on
 * the zlib version, so the test compares the decompressed JSON).
 */
import { compareCodes } from '../../rules/codes/icd10cm-data';
import {
  descriptionChunkSchema, descriptionIndexSchema, ICD10CM_DESCRIPTIONS_FORMAT, type DescriptionChunk, type DescriptionIndex, type DescriptionYear,
} from '../../rules/codes/icd10cm-descriptions-data';
import {
  ADDENDA_FILE, applyOrderAddenda, asciiText, crlfLines, EXPECTED, ORDER_FILE, parseOrderFile, readCode, readFlag, sha256, thousands,
  type SourceBytes,
} from './icd10cm-build';

/** A letter's chunk larger than this (raw JSON) is split by the code's first two characters (S and T are). */
export const SPLIT_ABOVE_BYTES = 1_000_000;

const YEARS: DescriptionYear[] = [
  { name: 'FY2026', from: '2025-10-01', to: '2026-09-30' },
  { name: 'FY2027', from: '2026-10-01', to: '2027-09-30' },
];

type Described = Map<string, string>;

export interface DescriptionsOutput {
  /** index.json, byte for byte. */
  index: string;
  /** Each chunk file's name ("M.json.gz") and its JSON before gzip, in prefix order. */
  chunks: { file: string; prefix: string; json: string; codes: number }[];
  /** icd10cm-descriptions.PROVENANCE.md. */
  provenance: string;
}

/** The generated files for these inputs; throws (with the reason) when the inputs do not check out. */
export function buildIcd10CmDescriptions(sources: SourceBytes): DescriptionsOutput {
  const orderText = asciiText(sources.order, ORDER_FILE);
  const addendaText = asciiText(sources.addenda, ADDENDA_FILE);
  const fy2026 = parseOrderDescriptions(orderText);
  const fy2027 = applyAddendaDescriptions(fy2026, addendaText);
  // The same code sets as icd10cm.json's, or the two files would disagree about which codes exist.
  expectSameCodes('FY2026', fy2026, parseOrderFile(orderText), EXPECTED.FY2026);
  expectSameCodes('FY2027', fy2027, applyOrderAddenda(parseOrderFile(orderText), addendaText), EXPECTED.FY2027);

  const described = [...fy2027].filter(([code, text]) => fy2026.get(code) !== text).map(([code]) => code);
  const changed = new Set(described);
  const removed = [...fy2026.keys()].filter((code) => !fy2027.has(code));
  const chunks = chunkPrefixes(fy2026).map((prefix) => {
    const chunk: DescriptionChunk = {
      format: ICD10CM_DESCRIPTIONS_FORMAT,
      prefix,
      fiscalYears: YEARS,
      base: pick(fy2026, (code) => prefixOf(code, prefix)),
      changes: [{
        described: pick(fy2027, (code) => changed.has(code) && prefixOf(code, prefix)),
        removed: removed.filter((code) => prefixOf(code, prefix)).sort(compareCodes),
      }],
    };
    descriptionChunkSchema.parse(chunk);
    return { file: `${prefix}.json.gz`, prefix, json: `${JSON.stringify(chunk)}\n`, codes: Object.keys(chunk.base).length };
  });
  const index: DescriptionIndex = {
    format: ICD10CM_DESCRIPTIONS_FORMAT,
    fiscalYears: YEARS,
    chunks: chunks.map(({ prefix, file }) => ({ prefix, file })),
  };
  descriptionIndexSchema.parse(index);
  return {
    index: `${JSON.stringify(index, null, 1)}\n`,
    chunks,
    provenance: provenanceText(sources, fy2026, fy2027, described, removed, chunks),
  };
}

/** Code -> long description [77:] of every row of the order file (billable codes and headers). */
export function parseOrderDescriptions(text: string): Described {
  const described: Described = new Map();
  crlfLines(text, ORDER_FILE).forEach((line, at) => {
    const where = `${ORDER_FILE} line ${at + 1}`;
    if (line[76] !== ' ' || line.length < 78) throw new Error(`${where}: no long description at column 78`);
    const code = readCode(line.slice(6, 13), where);
    described.set(code, readDescription(line.slice(77), where));
  });
  return described;
}

/**
 * The year after: an addenda's rows applied with their long descriptions [84:]. A Delete or Revise from must carry
 * the description the year before has (so the addenda is about this order file), and a Revise to gives the new one.
 */
export function applyAddendaDescriptions(before: Described, text: string): Described {
  const after: Described = new Map(before);
  const lines = crlfLines(text, ADDENDA_FILE);
  lines.slice(0, lines.indexOf('')).forEach((line, at) => {
    const where = `${ADDENDA_FILE} line ${at + 1}`;
    const action = line.slice(0, 13).trim();
    readFlag(line[13], where);
    const code = readCode(line.slice(15, 22), where);
    if (line[83] !== ' ' || line.length < 85) throw new Error(`${where}: no long description at column 85`);
    const description = readDescription(line.slice(84), where);
    if (action === 'Delete:' || action === 'Revise from:') {
      if (after.get(code) !== description) throw new Error(`${where}: ${action} ${code} "${description}", but the year before says "${after.get(code) ?? '(no such code)'}"`);
      if (action === 'Delete:') after.delete(code);
    } else if (action === 'Add:' || action === 'Revise to:') {
      after.set(code, description);
    } else {
      throw new Error(`${where}: unknown action "${action}"`);
    }
  });
  return after;
}

function readDescription(text: string, where: string): string {
  if (text === '' || text !== text.trim() || text.length > 400) throw new Error(`${where}: the long description "${text}" is empty, padded or too long`);
  return text;
}

function expectSameCodes(year: string, described: Described, table: Map<string, unknown>, expected: { billable: number; header: number }): void {
  const missing = [...table.keys()].find((code) => !described.has(code)) ?? [...described.keys()].find((code) => !table.has(code));
  if (missing !== undefined || described.size !== expected.billable + expected.header) {
    throw new Error(`${year}: ${described.size} described codes, expected ${expected.billable + expected.header}${missing ? ` (${missing} differs from the code table)` : ''}`);
  }
}

/** One prefix per first letter, or per first two characters where the letter's chunk would be too large. */
function chunkPrefixes(described: Described): string[] {
  const bytesBy = (length: number) => {
    const sizes = new Map<string, number>();
    for (const [code, text] of described) sizes.set(code.slice(0, length), (sizes.get(code.slice(0, length)) ?? 0) + code.length + text.length + 6);
    return sizes;
  };
  const twoCharacter = [...bytesBy(2).keys()];
  return [...bytesBy(1)].flatMap(([letter, bytes]) => (bytes > SPLIT_ABOVE_BYTES ? twoCharacter.filter((prefix) => prefix.startsWith(letter)) : [letter]))
    .sort(compareCodes);
}

function prefixOf(code: string, prefix: string): boolean {
  return code.startsWith(prefix);
}

function pick(described: Described, keep: (code: string) => boolean): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const code of [...described.keys()].filter(keep).sort(compareCodes)) picked[code] = described.get(code)!;
  return picked;
}

function provenanceText(sources: SourceBytes, fy2026: Described, fy2027: Described, described: string[], removed: string[], chunks: DescriptionsOutput['chunks']): string {
  const retitled = described.filter((code) => fy2026.has(code)).sort(compareCodes);
  const rows = chunks.map(({ file, json, codes }) => {
    const bytes = new TextEncoder().encode(json);
    return `| \`${file}\` | ${thousands(codes)} | ${thousands(bytes.byteLength)} | \`${sha256(bytes)}\` |`;
  });
  return `# icd10cm-descriptions/: where it comes from

Generated by \`npm run build:icd10cm\` (scripts/build-icd10cm.ts, scripts/support/icd10cm-descriptions-build.ts) from
\`../shared/data/icd10cm/\`; do not edit by hand. The same inputs give the same JSON (a test rebuilds the chunks and
compares them, decompressed, with these files).

The official ICD-10-CM **long descriptions** of every code, billable codes and headers, for the letters' "diagnosis
with its official description". A code's wording is the one of the fiscal year of the date of service:

| Fiscal year | Dates of service | Codes described | Basis |
|---|---|---|---|
| FY2026 | 2025-10-01 – 2026-09-30 | ${thousands(fy2026.size)} | the official CDC/NCHS order file \`${ORDER_FILE}\`, long descriptions (columns 78 on) |
| FY2027 | 2026-10-01 – 2027-09-30 | ${thousands(fy2027.size)} | FY2026 with the CMS order addenda \`${ADDENDA_FILE}\` applied (long descriptions, columns 85 on); not an official FY2027 order file |

FY2027 against FY2026: ${described.length - retitled.length} codes added, ${removed.length} removed, ${retitled.length} retitled
(${retitled.join(', ')}). Every \`Delete:\` and \`Revise from:\` row of the addenda carries the FY2026 wording exactly (the
build checks it), and both years have exactly the codes of \`icd10cm.json\`.

## Inputs

| File | Bytes | SHA-256 |
|---|---|---|
| \`${ORDER_FILE}\` | ${sources.order.byteLength} | \`${sha256(sources.order)}\` |
| \`${ADDENDA_FILE}\` | ${sources.addenda.byteLength} | \`${sha256(sources.addenda)}\` |

Origins as in icd10cm.PROVENANCE.md. ICD-10-CM is a US Government work (CDC/NCHS with CMS), public domain in the US
(17 U.S.C. §105).

## Output

\`index.json\` lists the chunks; a code belongs to the chunk with the longest prefix it starts with (letters whose
chunk would pass ${thousands(SPLIT_ABOVE_BYTES)} bytes are split by their first two characters). Each chunk is gzip-compressed JSON;
bytes and SHA-256 below are of the JSON before compression (gzip's bytes depend on the zlib version).

| File | Codes (FY2026) | JSON bytes | JSON SHA-256 |
|---|---|---|---|
${rows.join('\n')}
`;
}
