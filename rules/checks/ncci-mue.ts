import * as z from 'zod/mini';
import type { MueLimit, NcciLookup } from '../codes/ncci-lookup';
import { readUnits } from '../reading/minutes';
import { lineName, lineOutcome, lineOutcomeIn, noServiceLines, plural, readFieldNumber, readServiceLineCodes, type ServiceLineCode } from '../reading/service-line-codes';
import { defineCheck, type CheckContext, type CheckOutcome } from './types';

const MAI_WORDS: Record<MueLimit['mai'], string> = {
  1: 'per claim line (MAI 1)',
  2: 'per day, a policy limit that an appeal does not lift (MAI 2)',
  3: 'per day, a clinical limit; units above it need records showing they were necessary (MAI 3)',
};

/**
 * CMS NCCI medically unlikely edits (public/data/ncci.json, through references.ncci): the most units of a code one
 * provider bills for one patient on one day. MAI 1 limits each line; MAI 2 and 3 limit the day's lines together.
 * One outcome per code and day; each names the table's version.
 */
export const ncciMue = defineCheck({
  options: z.object({}),
  run(context) {
    const entries = readServiceLineCodes(context.fields).filter((entry) => entry.document === undefined && entry.code !== null);
    if (entries.length === 0) return [noServiceLines(context)];
    const { ncci } = context.references;
    if (!ncci) {
      return [{ status: 'cantTell', concept: 'line.units', index: null, fieldKey: null,
        message: 'ClaimLint could not load the NCCI medically unlikely edits, so it can\'t tell whether any line bills more units than Medicare pays per day' }];
    }
    const outcomes: CheckOutcome[] = [];
    for (const group of groupByCodeAndDay(entries)) {
      const limit = ncci.mue(group[0]!.code!);
      if (limit) outcomes.push(...judge(context, group, limit, ncci));
    }
    if (outcomes.length > 0) return outcomes;
    return [{ status: 'notApplicable', concept: 'line.units', index: null, fieldKey: null,
      message: `No code billed here has a medically unlikely edit in ClaimLint's NCCI table (${ncci.versionLabel}; therapy, chiropractic, psychotherapy and E/M ranges)` }];
  },
});

function groupByCodeAndDay(entries: ServiceLineCode[]): ServiceLineCode[][] {
  const groups = new Map<string, ServiceLineCode[]>();
  for (const entry of entries) {
    const key = `${entry.code} ${entry.date ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups.values()];
}

function judge(context: CheckContext, lines: ServiceLineCode[], limit: MueLimit, ncci: NcciLookup): CheckOutcome[] {
  // An MUE of 0 means Medicare never pays the code separately (97010 hot/cold packs are bundled into every visit).
  const source = limit.units === 0
    ? `NCCI MUE ${limit.code}: 0 units, Medicare does not pay ${limit.code} separately, as of ${ncci.versionLabel}`
    : `NCCI MUE ${limit.code}: ${plural(limit.units, 'unit')} ${MAI_WORDS[limit.mai]}, as of ${ncci.versionLabel}`;
  // Too many units is fixed in the units box; an MUE of 0 is fixed by not billing the code, in its own box.
  const overLimit = (entry: ServiceLineCode, message: string) => (limit.units > 0
    ? lineOutcomeIn(context.fields, entry, 'line.units', 'filled', 'fail', message) : lineOutcome(entry, 'fail', message));
  const units = lines.map((line) => ({ line, units: readFieldNumber(context.fields, 'line.units', line.line, readUnits) }));
  const unread = units.filter(({ units: read }) => read.state !== 'read');
  // An empty units box means one unit on a CMS-1500; an unreadable one cannot be counted.
  const count = ({ units: read }: (typeof units)[number]) => (read.state === 'read' ? read.value : 1);
  if (unread.some(({ units: read }) => read.state === 'unreadable')) {
    return [lineOutcome(lines[0]!, 'cantTell', `${lineName(lines[0]!)}: ClaimLint could not read the units, so it can't tell whether they exceed the ${source}`)];
  }
  if (limit.mai === 1) {
    return units.map((item) => count(item) > limit.units
      ? overLimit(item.line, `${lineName(item.line)} bills ${plural(count(item), 'unit')}, over the ${source}`)
      : lineOutcome(item.line, 'pass', `${lineName(item.line)} bills ${plural(count(item), 'unit')}, within the ${source}`));
  }
  const total = units.reduce((sum, item) => sum + count(item), 0);
  const where = lines.length > 1 ? ` on lines ${lines.map((line) => line.line).join(', ')} together` : '';
  const first = lines[0]!;
  return [total > limit.units
    ? overLimit(first, `${lineName(first)} bills ${plural(total, 'unit')}${where} for one day, over the ${source}`)
    : lineOutcome(first, 'pass', `${lineName(first)} bills ${plural(total, 'unit')}${where} for one day, within the ${source}`)];
}
