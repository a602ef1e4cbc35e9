/**
 * The ICD-10-CM lookup over the bundled data (public/data/icd10cm.json): validated once, then each fiscal year's
 * code sets are built the first time a date of service in that year is asked about, so a claim from this year
 * never pays for next year's table.
 */
import { expandGroups, icd10CmDataSchema, type FiscalYearInfo, type Icd10CmData } from './icd10cm-data';
import type { Icd10CmLookup, Icd10Status } from './icd10cm-lookup';

interface YearCodes {
  billable: Set<string>;
  header: Set<string>;
  /** Billable codes per 3-character category, in code order; built on the first children question. */
  billableByCategory?: Map<string, string[]>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A lookup over the parsed contents of icd10cm.json. Throws an Error that says what is wrong when the data is not
 * in the expected shape (a corrupt or foreign file), so the caller can fall back to "can't tell".
 */
export function createIcd10CmLookup(data: unknown): Icd10CmLookup {
  const valid = validate(data);
  const years = valid.fiscalYears;
  const built: (YearCodes | undefined)[] = [];

  const codesOf = (index: number): YearCodes => {
    const cached = built[index];
    if (cached) return cached;
    const codes = index === 0
      ? { billable: new Set(expandGroups(valid.base.billable)), header: new Set(expandGroups(valid.base.header)) }
      : applyChanges(codesOf(index - 1), valid.changes[index - 1]!);
    expectCounts(codes, years[index]!);
    built[index] = codes;
    return codes;
  };
  const yearOn = (date: string): number =>
    ISO_DATE.test(date) ? years.findIndex((year) => year.from <= date && date <= year.to) : -1;

  return {
    coverage: { from: years[0]!.from, to: years[years.length - 1]!.to },

    statusOn(code: string, dateOfService: string): Icd10Status | null {
      const index = yearOn(dateOfService);
      if (index === -1) return null;
      const codes = codesOf(index);
      const compact = compactCode(code);
      if (codes.billable.has(compact)) return 'billable';
      return codes.header.has(compact) ? 'header' : 'unknown';
    },

    billableChildrenOn(code: string, dateOfService: string): string[] {
      const index = yearOn(dateOfService);
      if (index === -1) return [];
      const codes = codesOf(index);
      const parent = compactCode(code);
      if (!codes.header.has(parent)) return [];
      codes.billableByCategory ??= groupByCategory(codes.billable);
      // One level deeper: billable codes whose nearest header above them is this one. For M545 that is M5450,
      // M5451 and M5459; for S0000 the 7th-character codes S0000XA, S0000XD and S0000XS (S0000X is no code).
      return (codes.billableByCategory.get(parent.slice(0, 3)) ?? [])
        .filter((child) => child.length > parent.length && child.startsWith(parent)
          && nearestHeader(child, codes.header) === parent);
    },
  };
}

function validate(data: unknown): Icd10CmData {
  const parsed = icd10CmDataSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`);
    throw new Error(`The ICD-10-CM data file is not valid (${issues.join('; ')})`);
  }
  const { fiscalYears, changes } = parsed.data;
  if (changes.length !== fiscalYears.length - 1) {
    throw new Error(`The ICD-10-CM data file is not valid (${fiscalYears.length} fiscal years but ${changes.length} change sets)`);
  }
  fiscalYears.forEach((year, index) => {
    const previous = fiscalYears[index - 1];
    if (year.from > year.to || (previous && dayAfter(previous.to) !== year.from)) {
      throw new Error(`The ICD-10-CM data file is not valid (${year.name} ${year.from}..${year.to} does not follow on)`);
    }
  });
  return parsed.data;
}

function applyChanges(before: YearCodes, changes: Icd10CmData['changes'][number]): YearCodes {
  const billable = new Set(before.billable);
  const header = new Set(before.header);
  for (const code of changes.removedBillable) billable.delete(code);
  for (const code of changes.removedHeader) header.delete(code);
  for (const code of changes.addedBillable) billable.add(code);
  for (const code of changes.addedHeader) header.add(code);
  return { billable, header };
}

/** The stated counts catch a truncated or hand-edited file that still has the right shape. */
function expectCounts(codes: YearCodes, year: FiscalYearInfo): void {
  const overlap = [...codes.header].some((code) => codes.billable.has(code));
  if (overlap || codes.billable.size !== year.billableCount || codes.header.size !== year.headerCount) {
    throw new Error(`The ICD-10-CM data file is not valid (${year.name} has ${codes.billable.size} billable codes and `
      + `${codes.header.size} headers${overlap ? ', some both' : ''}; it states ${year.billableCount} and ${year.headerCount})`);
  }
}

function groupByCategory(codes: Set<string>): Map<string, string[]> {
  const byCategory = new Map<string, string[]>();
  for (const code of [...codes].sort()) {
    const list = byCategory.get(code.slice(0, 3));
    if (list) list.push(code);
    else byCategory.set(code.slice(0, 3), [code]);
  }
  return byCategory;
}

function nearestHeader(code: string, headers: Set<string>): string | null {
  for (let length = code.length - 1; length >= 3; length--) {
    if (headers.has(code.slice(0, length))) return code.slice(0, length);
  }
  return null;
}

/** "m54.50" -> "M5450": the lookup takes codes as people type them, not only normalized ones. */
function compactCode(code: string): string {
  return code.trim().toUpperCase().replace('.', '');
}

function dayAfter(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return '';
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
