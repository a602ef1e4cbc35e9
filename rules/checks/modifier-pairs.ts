import * as z from 'zod/mini';
import type { NcciLookup, PtpEdit } from '../codes/ncci-lookup';
import { lineName, lineOutcome, lineOutcomeIn, noServiceLines, readServiceLineCodes, sameDay, type ServiceLineCode } from '../reading/service-line-codes';
import type { SnapshotFields } from '../reading/snapshot-fields';
import { defineCheck, type CheckOutcome } from './types';

const DISTINCT_MODIFIERS = ['59', 'XE', 'XS', 'XP', 'XU'];
const X_MODIFIERS = /^X[ESPU]$/;

interface Partner { line: ServiceLineCode; edit: PtpEdit }

/**
 * CMS NCCI procedure-to-procedure edits (public/data/ncci.json, through references.ncci) for every two codes billed
 * on the same day: indicator 0 never paid together; indicator 1 the column-2 code is paid only with 59 or an X
 * modifier on its line, and only when the services were truly distinct. 59 and an X modifier never go on the same
 * line. Every verdict names the table's version: later quarters were not consulted.
 */
export const modifierPairs = defineCheck({
  options: z.object({}),
  run(context) {
    // Modifiers belong to billed lines: a letter, note or plan that names codes carries none.
    const entries = readServiceLineCodes(context.fields).filter((entry) => entry.document === undefined);
    if (entries.length === 0) return [noServiceLines(context)];
    const outcomes: CheckOutcome[] = entries.map((entry) => bothDistinctModifiers(context.fields, entry)).filter((outcome) => outcome !== null);
    const pairs = sameDayPairs(entries);
    if (pairs.length === 0) {
      return outcomes.length > 0 ? outcomes : [{ status: 'notApplicable', concept: 'line.modifier', index: null, fieldKey: null,
        message: 'No two different codes are billed on the same day, so no NCCI code-pair edit applies' }];
    }
    const { ncci } = context.references;
    if (!ncci) {
      return [...outcomes, { status: 'cantTell', concept: 'line.modifier', index: null, fieldKey: null,
        message: `ClaimLint could not load the NCCI edits, so it can't tell whether ${describePairs(pairs)} may be billed together on the same day` }];
    }
    // Pairs with an edit in force, by their column-2 line.
    const judged = new Set<[ServiceLineCode, ServiceLineCode]>();
    for (const entry of entries) {
      const partners = pairs.filter(([a, b]) => a === entry || b === entry)
        .map((pair) => ({ pair, line: pair[0] === entry ? pair[1] : pair[0] }))
        .map(({ pair, line }) => ({ pair, line, ruling: ncci.pairOn(entry.code!, line.code!, entry.date ?? line.date) }))
        .flatMap(({ pair, line, ruling }) => (ruling.kind === 'edit' && ruling.edit.column2 === entry.code ? [{ pair, line, edit: ruling.edit }] : []));
      if (partners.length === 0) continue;
      for (const { pair } of partners) judged.add(pair);
      if (!outcomes.some((outcome) => outcome.index === entry.line && outcome.status === 'fail')) outcomes.push(judgePair(context.fields, entry, partners, ncci));
    }
    const unjudged = pairs.filter((pair) => !judged.has(pair));
    const unknown = unjudged.filter(([a, b]) => !ncci.covers(a.code!) && !ncci.covers(b.code!));
    if (unknown.length > 0) {
      outcomes.push({ status: 'cantTell', concept: 'line.modifier', index: null, fieldKey: null,
        message: `ClaimLint's NCCI table (${ncci.versionLabel}) holds only the therapy, chiropractic, psychotherapy and E/M code ranges, `
          + `so it can't tell whether ${describePairs(unknown)} may be billed together; check the current CMS PTP table` });
    }
    const clear = unjudged.filter((pair) => !unknown.includes(pair));
    if (clear.length > 0) outcomes.push(noEdit(clear, ncci));
    return outcomes;
  },
});

function sameDayPairs(entries: ServiceLineCode[]): [ServiceLineCode, ServiceLineCode][] {
  const coded = entries.filter((entry) => entry.code !== null);
  const pairs: [ServiceLineCode, ServiceLineCode][] = [];
  coded.forEach((a, i) => coded.slice(i + 1).forEach((b) => {
    if (a.code !== b.code && sameDay(a, b) && !pairs.some(([x, y]) => x.code === a.code && y.code === b.code)) pairs.push([a, b]);
  }));
  return pairs;
}

function describePairs(pairs: [ServiceLineCode, ServiceLineCode][]): string {
  const names = pairs.map(([a, b]) => `${a.code} + ${b.code}`);
  return names.length > 4 ? `${names.slice(0, 4).join(', ')} and ${names.length - 4} more pairs` : names.join(', ');
}

/** A pass that says which table it consulted, and what it says about the pairs' past edits. */
function noEdit(pairs: [ServiceLineCode, ServiceLineCode][], ncci: NcciLookup): CheckOutcome {
  const history = pairs.flatMap(([a, b]) => {
    const ruling = ncci.pairOn(a.code!, b.code!, a.date ?? b.date);
    return ruling.kind === 'none' ? ruling.history.filter((edit) => edit.modifierIndicator !== 9 && edit.deleted !== null) : [];
  });
  const past = history.length > 0
    ? ` (${history.slice(0, 3).map((edit) => `the ${edit.column1}/${edit.column2} edit was deleted ${edit.deleted}`).join('; ')})`
    : '';
  return { status: 'pass', concept: 'line.modifier', index: null, fieldKey: null,
    message: `${describePairs(pairs)}: no NCCI edit as of ${ncci.versionLabel}${past}; later quarters were not consulted` };
}

function bothDistinctModifiers(fields: SnapshotFields, entry: ServiceLineCode): CheckOutcome | null {
  const x = entry.modifiers.filter((modifier) => X_MODIFIERS.test(modifier));
  if (!entry.modifiers.includes('59') || x.length === 0) return null;
  return lineOutcomeIn(fields, entry, 'line.modifier', { holding: '59' }, 'fail', `${lineName(entry)} carries both 59 and ${x.join(', ')}; use one: the X modifier that `
    + 'says why the service is distinct (XE separate encounter, XS separate structure, XP separate practitioner, '
    + 'XU unusual non-overlapping service), or 59 when the payer does not take X modifiers');
}

function judgePair(fields: SnapshotFields, entry: ServiceLineCode, partners: Partner[], ncci: NcciLookup): CheckOutcome {
  const name = lineName(entry);
  const source = (partner: Partner) => `NCCI PTP edit ${partner.edit.column1}/${partner.edit.column2}, modifier indicator `
    + `${partner.edit.modifierIndicator}, ${ncci.versionLabel}`;
  const never = partners.find((partner) => partner.edit.modifierIndicator === 0);
  if (never) {
    return lineOutcome(entry, 'fail', `${name} is billed with ${never.line.code} (line ${never.line.line}) on the same day; `
      + `they are never paid together and no modifier allows it (${source(never)}). Bill ${never.line.code} alone for that day`);
  }
  const withWhat = partners.map((partner) => `${partner.line.code} (line ${partner.line.line})`).join(' and ');
  const justify = 'a different diagnosis alone does not justify it; the note must show a separate body region, '
    + 'a separate session or time block, or a different practitioner';
  const modifier = entry.modifiers.find((m) => DISTINCT_MODIFIERS.includes(m));
  if (modifier) {
    return lineOutcome(entry, 'pass', `${name} is billed with ${withWhat} on the same day and carries ${modifier} (${source(partners[0]!)}); ${justify}`);
  }
  const misplaced = partners.find((partner) => partner.line.modifiers.some((m) => DISTINCT_MODIFIERS.includes(m)));
  const move = misplaced ? ` The modifier on line ${misplaced.line.line} belongs on this line, the NCCI column-2 code.` : '';
  return lineOutcomeIn(fields, entry, 'line.modifier', 'empty', 'fail', `${name} is billed with ${withWhat} on the same day; the payer bundles ${entry.code} `
    + `into ${partners[0]!.line.code} unless its line carries 59 or XE/XS/XP/XU (${source(partners[0]!)}). Add one only if the services `
    + `were distinct: ${justify}.${move}`);
}
