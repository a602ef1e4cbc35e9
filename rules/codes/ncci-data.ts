/**
 * The shape of public/data/ncci.json, shared by the script that writes it (scripts/build-ncci.ts) and the table
 * that reads it (ncci-table.ts), so both agree on one schema.
 *
 * PTP edits are grouped by column-1 code. Many column-1 codes carry the same column-2 list (every surgical code
 * against the E/M visits), so each distinct list is stored once in `ptp.lists` and `ptp.column1` maps a code to
 * its list's index: "20560:3 20561:3 ...". A list entry is column-2 code, modifier indicator and deletion date
 * (YYYYMMDD, absent while the edit is active): "971401" (active, indicator 1), "97530120191231" (deleted).
 */
import * as z from 'zod/mini';

export const NCCI_DATA_FORMAT = 'claimlint-ncci/1';

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD'));

export const ncciDataSchema = z.object({
  format: z.literal(NCCI_DATA_FORMAT),
  /** "v302r0": the PTP table's CMS version. */
  version: z.string().check(z.minLength(1)),
  /** The first date of service of that quarter's tables. */
  effective: isoDate,
  /** The codes whose edits are complete in this file: any edit with either code in a range is kept. */
  scope: z.array(z.tuple([z.string(), z.string()])),
  ptp: z.object({
    lists: z.array(z.string()),
    column1: z.string(),
  }),
  /** "97110:6:3 97112:6:3 ...": code, units per day, MUE adjudication indicator (1 line, 2 policy, 3 clinical). */
  mue: z.string(),
  /** "90840:1:90839 96160:3:99202,99203,...": add-on code, AOC edit type, primaries (may be empty for type 2). */
  aoc: z.string(),
});
export type NcciData = z.infer<typeof ncciDataSchema>;
