/**
 * The bench's peer: the sample claim's checklist (cms1500-basics, 20 rules) written as json-rules-engine 7.3.1
 * rules, as a team using that library would write them. Facts do the data work (each computed once per run and
 * cached by the almanac, from one index of the fields by concept, as ClaimLint's SnapshotFields does), conditions
 * compare. Code-table rules (ICD-10-CM status, NCCI MUE / PTP pairs / add-ons) call the same lookups ClaimLint
 * uses, so both engines do the same table work.
 *
 * Comparable: which fields each rule reads, the tests it makes on them (present, pattern, every line has, NPI
 * check digit, pointers resolve, code shapes and table lookups, a date window, the required-when pairs), and
 * one pass/fail per rule. Not comparable: json-rules-engine gives one event per rule where ClaimLint gives a
 * finding per line or field with its words, its "can't tell" and its policy citation; the `when`/`unless`
 * conditions are reduced to the "filled" and payer cases the sample claim meets. So the peer does less per run
 * than ClaimLint: the ratio is, if anything, in its favour. Never used in the product.
 */
import { Engine, type RuleProperties } from 'json-rules-engine';
import type { ReferenceData } from '../../rules/checks/types';
import type { Field, Snapshot } from '../../rules/schema';

const YES = /^(y|yes|true|checked|x|on|1)\b/i;
const filled = (value: string | undefined) => value !== undefined && value.trim().length > 0;

interface Line {
  line: string;
  code: string;
  modifiers: string[];
  pointer: string;
  dateFrom: string;
  dateTo: string;
  units: string;
  renderingNpi: string;
}

function npiCheckDigit(npi: string): boolean {
  if (!/^\d{10}$/.test(npi)) return false;
  let sum = 24;
  for (let at = 0; at < 9; at += 1) {
    let digit = Number(npi[8 - at]);
    if (at % 2 === 0) digit *= 2;
    sum += digit > 9 ? digit - 9 : digit;
  }
  return (10 - (sum % 10)) % 10 === Number(npi[9]);
}

const present = (concept: string) => ({ fact: 'value', params: { concept }, operator: 'present', value: true });
const required = (concepts: string[]) => ({ any: concepts.map(present) });
const yesIn = (concepts: string[]) => ({ any: concepts.map((concept) => ({ fact: 'value', params: { concept }, operator: 'matchesYes', value: true })) });
const zero = (fact: string) => ({ fact, operator: 'equal', value: 0 });
const rule = (name: string, conditions: RuleProperties['conditions']): RuleProperties => ({ name, conditions, event: { type: name } });

/** The 20 rules of cms1500-basics, one json-rules-engine rule each. */
function peerRules(): RuleProperties[] {
  return [
    rule('member-id', { all: [present('patient.memberId')] }),
    rule('icd-indicator', { all: [{ fact: 'value', params: { concept: 'claim.icdIndicator' }, operator: 'in', value: ['0', 'ICD-10', '0 - ICD-10'] }] }),
    rule('diagnosis-codes', { all: [zero('invalidDiagnoses')] }),
    rule('diagnosis-pointers', { all: [zero('unresolvedPointers')] }),
    rule('procedure-codes', { all: [{ fact: 'lines', operator: 'everyCodeShaped', value: true }] }),
    rule('modifier-pairs', { all: [zero('pairConflicts')] }),
    rule('add-on-with-primary', { all: [zero('addOnsAlone')] }),
    rule('units-within-mue', { all: [zero('unitsOverMue')] }),
    rule('line-dates', { all: [{ fact: 'lines', operator: 'everyLineHas', value: 'dateFrom' }] }),
    rule('line-units', { all: [{ fact: 'lines', operator: 'everyLineHas', value: 'units' }] }),
    rule('referring-provider-name', { any: [{ not: required(['referring.npi', 'referring.qualifier', 'order.prescriber', 'order.date', 'order.visits']) }, present('referring.name')] }),
    rule('referring-provider-npi', { any: [{ not: present('referring.name') }, { fact: 'value', params: { concept: 'referring.npi' }, operator: 'npi', value: true }] }),
    rule('prior-auth-number', { any: [{ fact: 'payer', operator: 'equal', value: 'medicare' }, present('claim.priorAuthNumber')] }),
    rule('prior-auth-required', { any: [{ fact: 'payer', operator: 'notEqual', value: 'uhc-medicare-advantage' }, present('claim.priorAuthNumber')] }),
    rule('dos-in-authorization', { all: [zero('datesOutsideAuthorization')] }),
    rule('rendering-npi', { all: [{ fact: 'lines', operator: 'renderingNpisValid', value: true }] }),
    rule('billing-provider-npi', { all: [{ fact: 'value', params: { concept: 'provider.npi' }, operator: 'npi', value: true }] }),
    rule('auto-accident-state', { any: [{ not: yesIn(['claim.autoAccident']) }, required(['claim.accidentState'])] }),
    rule('accident-claim-number', { any: [{ not: yesIn(['claim.autoAccident', 'claim.employmentRelated']) }, required(['claim.otherClaimNumber'])] }),
    rule('accident-date', { any: [{ not: yesIn(['claim.autoAccident', 'claim.employmentRelated', 'claim.otherAccident']) }, required(['claim.onsetDate', 'claim.otherDate'])] }),
  ];
}

/** A json-rules-engine with the peer rules, its operators and its facts over a snapshot's fields. */
export function peerEngine(references: ReferenceData): { run(snapshot: Snapshot): Promise<number> } {
  const engine = new Engine(peerRules(), { allowUndefinedFacts: true });
  engine.addOperator('present', (value: unknown, wanted: boolean) => filled(value as string | undefined) === wanted);
  engine.addOperator('matchesYes', (value: unknown, wanted: boolean) => YES.test(String(value ?? '')) === wanted);
  engine.addOperator('npi', (value: unknown, wanted: boolean) => npiCheckDigit(String(value ?? '').trim()) === wanted);
  engine.addOperator('everyLineHas', (lines: unknown, key: string) => (lines as Line[]).every((line) => filled(line[key as keyof Line] as string)));
  engine.addOperator('everyCodeShaped', (lines: unknown) => (lines as Line[]).every((line) => /^(\d{4}[0-9A-Z]|[A-V]\d{4})$/.test(line.code)));
  engine.addOperator('renderingNpisValid', (lines: unknown) => (lines as Line[]).every((line) => !filled(line.renderingNpi) || npiCheckDigit(line.renderingNpi)));

  engine.addFact('fields', (_params, almanac) => almanac.factValue('snapshot').then((snapshot) => {
    const byConcept = new Map<string, Field[]>();
    for (const field of (snapshot as Snapshot).fields) {
      const list = byConcept.get(field.concept);
      if (list) list.push(field);
      else byConcept.set(field.concept, [field]);
    }
    return byConcept;
  }));
  const all = async (almanac: { factValue(id: string): Promise<unknown> }, concept: string) => ((await almanac.factValue('fields')) as Map<string, Field[]>).get(concept) ?? [];
  engine.addFact('value', async (params, almanac) => {
    const list = await all(almanac, (params as { concept: string }).concept);
    return (list.find((field) => filled(field.value)) ?? list[0])?.value;
  });
  engine.addFact('payer', async (_params, almanac) => {
    const name = (await all(almanac, 'payer.name')).find((field) => filled(field.value))?.value.toLowerCase() ?? '';
    return name.includes('medicare') ? (name.includes('advantage') ? 'uhc-medicare-advantage' : 'medicare') : 'other';
  });
  engine.addFact('lines', async (_params, almanac) => {
    const byLine = new Map<string, Line>();
    const line = (index: Field['index']) => {
      const key = String(index);
      let found = byLine.get(key);
      if (!found) byLine.set(key, (found = { line: key, code: '', modifiers: [], pointer: '', dateFrom: '', dateTo: '', units: '', renderingNpi: '' }));
      return found;
    };
    for (const field of await all(almanac, 'line.procedureCode')) if (field.index !== null) line(field.index).code = field.value.trim().slice(0, 5);
    for (const field of await all(almanac, 'line.modifier')) if (field.index !== null && filled(field.value)) line(field.index).modifiers.push(field.value.trim());
    for (const [concept, key] of [['line.diagnosisPointer', 'pointer'], ['line.dateFrom', 'dateFrom'], ['line.dateTo', 'dateTo'], ['line.units', 'units'], ['line.renderingNpi', 'renderingNpi']] as const) {
      for (const field of await all(almanac, concept)) if (field.index !== null) line(field.index)[key] = field.value.trim();
    }
    return [...byLine.values()].filter((entry) => filled(entry.code));
  });
  engine.addFact('invalidDiagnoses', async (_params, almanac) => {
    const codes = (await all(almanac, 'claim.diagnosis')).filter((field) => filled(field.value)).map((field) => field.value.trim().replace('.', '').toUpperCase());
    const table = references.icd10cm;
    return codes.filter((code) => !/^[A-Z]\d[0-9A-Z]{1,5}$/.test(code) || (table !== undefined && table.statusOn(code, '2025-03-01') !== 'billable')).length;
  });
  engine.addFact('unresolvedPointers', async (_params, almanac) => {
    const letters = new Set((await all(almanac, 'claim.diagnosis')).filter((field) => filled(field.value)).map((field) => String(field.index)));
    const lines = (await almanac.factValue('lines')) as Line[];
    return lines.filter((entry) => !filled(entry.pointer) || [...entry.pointer.replace(/[^A-L]/gi, '').toUpperCase()].some((letter) => !letters.has(letter))).length;
  });
  engine.addFact('pairConflicts', async (_params, almanac) => {
    const lines = (await almanac.factValue('lines')) as Line[];
    const ncci = references.ncci;
    if (!ncci) return 0;
    let conflicts = 0;
    for (const a of lines) for (const b of lines) if (a.line < b.line && ncci.pairOn(a.code, b.code, a.dateFrom || null).kind === 'edit') conflicts += 1;
    return conflicts;
  });
  engine.addFact('addOnsAlone', async (_params, almanac) => {
    const lines = (await almanac.factValue('lines')) as Line[];
    const codes = new Set(lines.map((entry) => entry.code));
    return lines.filter((entry) => {
      const edit = references.ncci?.addOn(entry.code);
      return edit !== undefined && ![...edit.primaries].some((primary) => codes.has(primary));
    }).length;
  });
  engine.addFact('unitsOverMue', async (_params, almanac) => {
    const lines = (await almanac.factValue('lines')) as Line[];
    return lines.filter((entry) => {
      const limit = references.ncci?.mue(entry.code);
      return limit !== undefined && Number(entry.units) > limit.units;
    }).length;
  });
  engine.addFact('datesOutsideAuthorization', async (_params, almanac) => {
    const from = (await all(almanac, 'auth.from')).find((field) => filled(field.value))?.value;
    const to = (await all(almanac, 'auth.to')).find((field) => filled(field.value))?.value;
    if (!from || !to) return 0;
    const lines = (await almanac.factValue('lines')) as Line[];
    return lines.filter((entry) => entry.dateFrom < from || entry.dateFrom > to).length;
  });

  return {
    async run(snapshot) {
      const { events, failureEvents } = await engine.run({ snapshot });
      return events.length + failureEvents.length;
    },
  };
}
