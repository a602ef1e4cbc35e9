import * as z from 'zod/mini';
import { conceptKeyOption, lineAnchor, outcomeFor, pointAt, serviceLines, withArticle } from '../outcome/check-support';
import { noServiceLines } from '../reading/service-line-codes';
import { hasValue } from '../reading/snapshot-fields';
import { defineCheck } from './types';

/**
 * Every filled service line must carry a piece of information (24A date, 24D code, 24G units …); any of the
 * listed concepts satisfies it. One outcome per line, so the popup can point at the exact row.
 */
export const everyLineHas = defineCheck({
  options: z.object({
    concepts: z.array(conceptKeyOption).check(z.minLength(1)),
    label: z.string().check(z.minLength(1)),
  }),
  run(context, { concepts, label }) {
    const { fields } = context;
    const lines = serviceLines(fields);
    if (lines.length === 0) return [noServiceLines(context)];
    return lines.map((line) => {
      const found = concepts.flatMap((concept) => fields.all(concept, line));
      const filled = found.find(hasValue);
      if (filled) return outcomeFor(filled, 'pass', `Service line ${line} has ${label}`);
      if (found[0]) return outcomeFor(found[0], 'fail', `Service line ${line} has no ${label}`);
      const anchor = lineAnchor(fields, line);
      return {
        status: 'cantTell' as const,
        concept: concepts[0]!,
        index: line,
        ...pointAt(anchor),
        message: `ClaimLint could not find ${withArticle(label)} field for service line ${line}`,
      };
    });
  },
});
