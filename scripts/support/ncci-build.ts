/**
 * Builds public/data/ncci.json from the CMS NCCI tables decoded in ../shared/data/ncci (see its SOURCE.md): the
 * practitioner PTP edits v302r0, the practitioner MUEs and the active add-on code edits of July 2024, each
 * limited to the therapy, chiropractic, psychotherapy and E/M ranges. Pure functions over the files' bytes, so
 * scripts/build-ncci.ts and the reproducibility test produce the same output.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NCCI_DATA_FORMAT, ncciDataSchema, type NcciData } from '../../rules/codes/ncci-data';
import { SHARED_DIR } from '../../test/support/shared-dir';

export const SHARED_NCCI_DIR = join(SHARED_DIR, 'data', 'ncci');
export const FILES = { ptp: 'ptp-therapy.tsv', mue: 'mue-therapy.tsv', aoc: 'aoc-therapy-2024-06-03-active.tsv' } as const;

/** Data rows SOURCE.md gives for each file; any other count means the input is not what we think. */
export const EXPECTED_ROWS = { ptp: 148_330, mue: 149, aoc: 464 } as const;

/** SOURCE.md's scope (footnote 1): any edit with either code in one of these ranges is in the files. */
export const SCOPE: [string, string][] = [
  ['97010', '97799'], ['98925', '98943'], ['90785', '90899'], ['96105', '96171'], ['97150', '97172'],
  ['99202', '99215'], ['G0283', 'G0283'], ['G0151', 'G0160'], ['20560', '20561'], ['64550', '64550'],
];

export type SourceBytes = Record<keyof typeof FILES, Uint8Array>;

export interface BuildOutput {
  /** public/data/ncci.json, byte for byte. */
  json: string;
  /** public/data/ncci.PROVENANCE.md. */
  provenance: string;
}

export function readSharedSources(dir = SHARED_NCCI_DIR): SourceBytes {
  return { ptp: readFileSync(join(dir, FILES.ptp)), mue: readFileSync(join(dir, FILES.mue)), aoc: readFileSync(join(dir, FILES.aoc)) };
}

export function buildNcci(sources: SourceBytes): BuildOutput {
  const ptpRows = table(sources.ptp, 'ptp', ['column_1', 'column_2', 'deletion_date', 'modifier_indicator', 'ptp_edit_rationale']);
  const mueRows = table(sources.mue, 'mue', ['hcpcs_cpt_code', 'practitioner_services_mue_value', 'mue_adjudication_indicator', 'mue_rationale']);
  const aocRows = table(sources.aoc, 'aoc', ['primary_code', 'add_on_code', 'aoc_edit_type']);

  const data: NcciData = {
    format: NCCI_DATA_FORMAT,
    version: 'v302r0',
    effective: '2024-07-01',
    scope: SCOPE,
    ptp: ptpLists(ptpRows),
    mue: mueRows.map(([code, units, mai]) => {
      const indicator = /^([123]) /.exec(mai!)?.[1];
      if (!/^[A-Z0-9]{5}$/.test(code!) || !/^\d+$/.test(units!) || !indicator) throw new Error(`${FILES.mue}: bad row ${code}`);
      return `${code}:${units}:${indicator}`;
    }).sort().join(' '),
    aoc: addOnLists(aocRows),
  };
  ncciDataSchema.parse(data);
  const json = `${JSON.stringify(data)}\n`;
  return { json, provenance: provenance(sources, json) };
}

function ptpLists(rows: string[][]): NcciData['ptp'] {
  const rowsPerPair = new Map<string, number>();
  const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
  for (const [column1, column2] of rows) rowsPerPair.set(pairKey(column1!, column2!), (rowsPerPair.get(pairKey(column1!, column2!)) ?? 0) + 1);
  const byColumn1 = new Map<string, string[]>();
  for (const [column1, column2, deletion, indicator] of rows) {
    // An indicator-9 row was never in force; alone it changes no verdict, so it is left out. Beside another row
    // of the same pair it is kept: it dates when that row's edit could have begun (ncci-table.ts, ruling).
    if (indicator === '9' && rowsPerPair.get(pairKey(column1!, column2!)) === 1) continue;
    if (!/^[A-Z0-9]{5}$/.test(column1!) || !/^[A-Z0-9]{5}$/.test(column2!) || !/^[019]$/.test(indicator!)
      || !(deletion === '*' || /^\d{4}-\d{2}-\d{2}$/.test(deletion!))) {
      throw new Error(`${FILES.ptp}: bad row ${column1}/${column2}`);
    }
    const entry = `${column2}${indicator}${deletion === '*' ? '' : deletion!.replaceAll('-', '')}`;
    const entries = byColumn1.get(column1!) ?? [];
    entries.push(entry);
    byColumn1.set(column1!, entries);
  }
  const keyed = [...byColumn1].sort(([a], [b]) => (a < b ? -1 : 1)).map(([code, entries]) => [code, [...new Set(entries)].sort().join(' ')] as const);
  const lists = [...new Set(keyed.map(([, list]) => list))].sort();
  const index = new Map(lists.map((list, i) => [list, i]));
  return { lists, column1: keyed.map(([code, list]) => `${code}:${index.get(list)}`).join(' ') };
}

function addOnLists(rows: string[][]): string {
  const byAddOn = new Map<string, { types: Set<string>; primaries: Set<string> }>();
  for (const [primary, addOn, type] of rows) {
    if (!/^[A-Z0-9]{5}$/.test(addOn!) || !/^[123]$/.test(type!) || !(primary === '' || /^[A-Z0-9]{5}$/.test(primary!))) {
      throw new Error(`${FILES.aoc}: bad row ${primary}/${addOn}`);
    }
    const entry = byAddOn.get(addOn!) ?? { types: new Set(), primaries: new Set() };
    entry.types.add(type!);
    if (primary) entry.primaries.add(primary);
    byAddOn.set(addOn!, entry);
  }
  return [...byAddOn].sort(([a], [b]) => (a < b ? -1 : 1)).map(([code, { types, primaries }]) => {
    // One add-on has one edit type in the CMS file; the loosest wins if a file ever mixes them.
    const type = [...types].sort().at(-1)!;
    return `${code}:${type}:${[...primaries].sort().join(',')}`;
  }).join(' ');
}

function table(bytes: Uint8Array, name: keyof typeof FILES, header: string[]): string[][] {
  const lines = new TextDecoder('utf-8', { fatal: true }).decode(bytes).split('\n').filter((line) => line !== '');
  if (lines[0] !== header.join('\t')) throw new Error(`${FILES[name]}: header is not ${header.join(', ')}`);
  const rows = lines.slice(1).map((line) => line.split('\t'));
  if (rows.length !== EXPECTED_ROWS[name]) throw new Error(`${FILES[name]}: ${rows.length} rows, expected ${EXPECTED_ROWS[name]}`);
  return rows;
}

function provenance(sources: SourceBytes, json: string): string {
  const lines = (Object.keys(FILES) as (keyof typeof FILES)[]).map((name) =>
    `| ${FILES[name]} | ${sources[name].byteLength} | ${sha256(sources[name])} |`);
  return `# public/data/ncci.json — provenance

Generated by \`npm run build:ncci\` (scripts/build-ncci.ts) from ../shared/data/ncci, whose SOURCE.md tells how the
tables were decoded from public data. Do not edit by hand.

- CMS NCCI **practitioner PTP edits v302r0** (effective 2024-07-01), active and deleted rows (less the
  indicator-9 rows that are a pair's only row: never in force, they change no verdict); the table has no
  effective dates, so an edit's start is known only as "after the pair's previous row was deleted".
- CMS **practitioner MUEs** effective 2024-07-01 (units per code per day, with the MUE adjudication indicator).
- CMS **add-on code edits** of 2024-06-03 (the July 2024 file), active edits only.
- Only edits with a code in ${SCOPE.map(([from, to]) => (from === to ? from : `${from}-${to}`)).join(', ')}.
- Later quarters were not consulted: every finding says "as of v302r0 (2024-07-01)".

NCCI edits are published by the Centers for Medicare & Medicaid Services (a US Government work, public). The
codes are CPT® codes: CPT only copyright American Medical Association, all rights reserved. This file holds code
numbers and CMS indicators only, no CPT descriptors.

| input | bytes | SHA-256 |
|---|---|---|
${lines.join('\n')}

Output: ${Buffer.byteLength(json)} bytes, SHA-256 ${sha256(new TextEncoder().encode(json))}.
`;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
