/**
 * The NCCI lookup over the bundled data (public/data/ncci.json): validated once; the PTP lists are split into
 * edits the first time a column-1 code is asked about, so a claim pays only for the codes it bills.
 */
import { ncciDataSchema, type NcciData } from './ncci-data';
import type { AddOnEdit, ModifierIndicator, MueLimit, NcciLookup, PairRuling, PtpEdit } from './ncci-lookup';

const ENTRY = /^([A-Z0-9]{5})([019])(\d{8})?$/;

/** Throws an Error that says what is wrong when the data is not in the expected shape (the caller then says "can't tell"). */
export function createNcciLookup(data: unknown): NcciLookup {
  const parsed = ncciDataSchema.safeParse(data);
  if (!parsed.success) throw new Error(`ncci.json is not in the expected shape: ${parsed.error.message}`);
  const valid = parsed.data;
  const listIndex = new Map(words(valid.ptp.column1).map((item) => {
    const [code, index] = item.split(':');
    return [code!, Number(index)];
  }));
  const edits = new Map<string, PtpEdit[]>();
  const editsOf = (column1: string): PtpEdit[] => {
    let found = edits.get(column1);
    if (!found) {
      const index = listIndex.get(column1);
      found = index === undefined ? [] : words(valid.ptp.lists[index] ?? '').map((entry) => parseEntry(column1, entry));
      edits.set(column1, found);
    }
    return found;
  };
  const mues = readMues(valid);
  const addOns = readAddOns(valid);
  return {
    versionLabel: `${valid.version} (${valid.effective})`,
    covers: (code) => valid.scope.some(([from, to]) => code.length === from.length && from <= code && code <= to),
    pairOn(codeA, codeB, dateOfService) {
      const history = [...editsOf(codeA).filter((edit) => edit.column2 === codeB), ...editsOf(codeB).filter((edit) => edit.column2 === codeA)];
      return ruling(history, dateOfService);
    },
    mue: (code) => mues.get(code),
    addOn: (code) => addOns.get(code),
  };
}

/**
 * The edit in force on a date. The table has deletion dates but no effective dates (SOURCE.md, lossy point 1), so
 * when a pair has several rows, the one deleted soonest after the date is the one in force then: a later row
 * for the same pair took effect only after the earlier one ended. A row with indicator 9 was never in force
 * (CMS gives it when an edit is withdrawn back to its start). Without a date, only active rows count.
 */
function ruling(history: PtpEdit[], dateOfService: string | null): PairRuling {
  const inForce = history
    .filter((edit) => edit.deleted === null || (dateOfService !== null && dateOfService < edit.deleted))
    .sort((a, b) => (a.deleted ?? '9999').localeCompare(b.deleted ?? '9999'));
  const first = inForce[0];
  return first && first.modifierIndicator !== 9 ? { kind: 'edit', edit: first } : { kind: 'none', history };
}

function parseEntry(column1: string, entry: string): PtpEdit {
  const match = ENTRY.exec(entry);
  if (!match) throw new Error(`ncci.json: bad PTP entry "${entry}" under ${column1}`);
  const deleted = match[3] ? `${match[3].slice(0, 4)}-${match[3].slice(4, 6)}-${match[3].slice(6)}` : null;
  return { column1, column2: match[1]!, modifierIndicator: Number(match[2]) as ModifierIndicator, deleted };
}

function readMues(data: NcciData): Map<string, MueLimit> {
  return new Map(words(data.mue).map((item) => {
    const [code, units, mai] = item.split(':');
    if (!code || !/^\d+$/.test(units ?? '') || !/^[123]$/.test(mai ?? '')) throw new Error(`ncci.json: bad MUE entry "${item}"`);
    return [code, { code, units: Number(units), mai: Number(mai) as MueLimit['mai'] }];
  }));
}

function readAddOns(data: NcciData): Map<string, AddOnEdit> {
  return new Map(words(data.aoc).map((item) => {
    const [code, type, primaries] = item.split(':');
    if (!code || !/^[123]$/.test(type ?? '')) throw new Error(`ncci.json: bad add-on entry "${item}"`);
    return [code, { code, type: Number(type) as AddOnEdit['type'], primaries: new Set(primaries ? primaries.split(',') : []) }];
  }));
}

function words(text: string): string[] {
  return text.split(' ').filter((word) => word !== '');
}
