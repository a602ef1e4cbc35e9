import * as z from 'zod/mini';
import { lineName, lineOutcome, noServiceLines, readServiceLineCodes } from '../reading/service-line-codes';
import { defineCheck } from './types';

/**
 * Codes a law or policy excludes outright (Florida PIP: massage, whoever gives it): a line billing or a
 * document asking for one fails, naming the exclusion; a claim without them passes.
 */
export const codesNotCovered = defineCheck({
  options: z.object({
    codes: z.array(z.string().check(z.regex(/^[0-9A-Z]\d{3}[0-9A-Z]$/))).check(z.minLength(1)),
    /** The excluded service and why, in the message: "massage is not a PIP medical benefit". */
    excluded: z.string().check(z.minLength(1)),
  }),
  run(context, { codes, excluded }) {
    const lines = readServiceLineCodes(context.fields);
    if (lines.length === 0) return [noServiceLines(context)];
    const hits = lines.filter((line) => line.code !== null && codes.includes(line.code));
    if (hits.length === 0) return [{ status: 'pass', concept: 'line.procedureCode', index: null, fieldKey: null, message: codes.length === 1 ? `${codes[0]} is not billed` : `None of ${codes.join(', ')} is billed` }];
    return hits.map((line) => lineOutcome(line, 'fail', `${lineName(line)}: ${excluded}`));
  },
});
