import * as z from 'zod/mini';
import { conceptTitle, emptyFieldMessage, notFound, outcomeFor, pointAt, quoteValue, serviceLines } from '../outcome/check-support';
import { NPI_SHAPE, readNpi, type NpiReading } from '../codes/npi';
import { describeUnread, readCodeInText } from '../codes/code-in-text';
import type { Field } from '../schema';
import { hasValue } from '../reading/snapshot-fields';
import { defineCheck, type CheckOutcome } from './types';

/**
 * An NPI must be 10 digits starting with 1 or 2 and pass the CMS check digit: a typo here returns the claim
 * unprocessed. For the per-line rendering NPI (24J) there is one outcome per line.
 */
export const npi = defineCheck({
  options: z.object({
    concept: z.enum(['provider.npi', 'referring.npi', 'line.renderingNpi']),
    required: z._default(z.boolean(), true),
    /** What the rule calls the box, e.g. "Billing provider NPI (box 33a)"; the concept's title otherwise. */
    label: z.optional(z.string().check(z.minLength(1))),
    /**
     * With no such field at all: "can't tell" (a form whose NPI box was not recognised), or not applicable for a
     * rule that judges an NPI only where a document gives one (a daily note need not name one).
     */
    ifAbsent: z._default(z.enum(['cantTell', 'notApplicable']), 'cantTell'),
  }),
  run(context, { concept, required, label, ifAbsent }) {
    const { fields } = context;
    const title = label ?? conceptTitle(concept);
    const all = fields.all(concept);
    if (all.length === 0) {
      return [ifAbsent === 'cantTell' ? notFound(context, concept, title)
        : { status: 'notApplicable', concept, index: null, fieldKey: null, message: `No ${title} is given ${context.where.inIt}; it is checked where one is given` }];
    }
    const empty = (field: Field): CheckOutcome =>
      required
        ? outcomeFor(field, 'fail', emptyFieldMessage(field, title, ''))
        : outcomeFor(field, 'notApplicable', `${title} is empty, which is allowed here`);

    if (concept !== 'line.renderingNpi') {
      // A page may show two (a billing 33a and a rendering NPI both read as provider.npi): a typo in either is
      // worth a flag, so each filled one is judged under its own label.
      const filled = all.filter(hasValue);
      if (filled.length > 1) return filled.map((field) => judge(field, field.label.trim() || title));
      const field = filled[0] ?? fields.best(concept)!;
      return [hasValue(field) ? judge(field, title) : empty(field)];
    }
    // Per line: judge every filled NPI; when required, an empty one on a filled service line fails too.
    const lines = new Set(serviceLines(fields));
    const outcomes = all.flatMap((field) => {
      if (hasValue(field)) return [judge(field, `${title}, line ${field.index ?? '?'}`)];
      return required && typeof field.index === 'number' && lines.has(field.index) ? [empty(field)] : [];
    });
    if (outcomes.length > 0) return outcomes;
    return [{ status: 'notApplicable', concept, index: null, ...pointAt(all[0]),
      message: `No ${title} is filled in on any service line` }];
  },
});

function judge(field: Field, title: string): CheckOutcome {
  // "1234567893 (Dana Wu)" as a picker shows it: the NPI is judged, the name beside it is not part of it.
  const inText = readCodeInText(field.value, NPI_SHAPE);
  if (!inText.ok && inText.reason !== 'no-code') return outcomeFor(field, 'fail', `${title} ${quoteValue(field.value)} ${describeUnread(inText, 'NPI')}`);
  const described = inText.ok && inText.description !== null;
  const read = readNpi(described ? inText.code : field.value);
  const shown = described ? `${inText.code} (${inText.description})` : quoteValue(field.value);
  if (read.ok) return outcomeFor(field, 'pass', `${title} ${read.npi}${described ? ` (${inText.description})` : ''} is a valid NPI`);
  return outcomeFor(field, 'fail', `${title} ${shown} ${PROBLEMS[read.reason](read)}`);
}

const PROBLEMS: Record<Exclude<NpiReading, { ok: true }>['reason'], (read: { digits: string }) => string> = {
  'not-digits': () => 'has characters other than digits; an NPI is 10 digits',
  length: ({ digits }) => `has ${digits.length} digits; an NPI has 10`,
  'first-digit': () => 'does not start with 1 or 2, so it is not an NPI',
  'check-digit': () => 'fails the NPI check digit, so a digit is probably mistyped',
};
