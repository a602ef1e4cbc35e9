import { match, type ConceptPatterns } from './types';

const SERVICE_DATE = /\b(dos|date(\(s\)|s)?\s*of\s*service|service\s*dates?|svc\s*date)\b/;
const TO_WORDS = /\b(to|through|thru|end|ending)\b/;

/** Box 24 service-line columns; the line number comes from the row or the name (see field-index.ts). */
export const LINE_PATTERNS: ConceptPatterns[] = [
  {
    concept: 'line.dateFrom',
    matchers: [
      match(/\b(dos|date(\(s\)|s)?\s*of\s*service|service\s*dates?|svc\s*date)\s*(from|start|begin)\b|\bfrom\s*(date|dos)\b/, 1.2),
      match(SERVICE_DATE, 1, { where: 'row' }),
      match(/\bfrom\b/, 0.6, { on: 'label', where: 'row' }),
      match(/\b(dos|svc\s*date|service\s*date|srv\s*date)\s*(from|start)?\b|\b(from|start)\s*(date|dos)\b|\bdate\s*from\b/, 1, { on: 'name' }),
    ],
    negative: [TO_WORDS, /\bbirth\b|\bsigned\b|\bonset\b|hospital|admission|discharge|unable\s*to\s*work|off\s*work|\bauth|\bcert/],
  },
  {
    concept: 'line.dateTo',
    matchers: [
      match(/\b(dos|date(\(s\)|s)?\s*of\s*service|service\s*dates?|svc\s*date)\b.*\b(to|through|thru|end)\b/, 1.2),
      match(/^(to|through|thru)$/, 0.8, { on: 'label', where: 'row' }),
      match(/\b(dos|svc\s*date|service\s*date|date)\s*(to|thru|end)\b|\b(to|thru|end)\s*(date|dos)\b/, 1, { on: 'name', where: 'row' }),
      match(/\bdos\s*(to|thru|end)\b/, 1, { on: 'name' }),
    ],
    negative: [/\bauth|\bcert|hospital|admission|discharge|unable\s*to\s*work|off\s*work/],
  },
  {
    concept: 'line.placeOfService',
    matchers: [
      match(/\bpos\b|\bplace\s*of\s*service\b|\b24\s*b\b/),
      match(/\bpos\b|\bplace\s*(of\s*)?(svc|service)\b/, 1, { on: 'name' }),
    ],
  },
  {
    concept: 'line.procedureCode',
    matchers: [
      match(/\bcpt\b|\bhcpcs\b|\bprocedure\s*(code|cd)?\b|\bservice\s*code\b|\bprocedures?,?\s*services/),
      match(/\b(cpt|hcpcs|proc|procedure|svc\s*code|service\s*code|proc\s*code)\b/, 1, { on: 'name' }),
    ],
    negative: [/\bmod(ifier)?s?\b|description|\bdesc\b|pointer|\bptr\b|units|charge|date|npi|minutes|\bdx\b|diagnos/],
  },
  {
    concept: 'line.modifier',
    matchers: [match(/\bmod(ifier)?s?\b/), match(/\bmod(ifier)?s?\b|\bmod\s*\d\b/, 1, { on: 'name' })],
  },
  {
    concept: 'line.diagnosisPointer',
    matchers: [
      match(/\b(diagnosis|dx|icd|diag)\s*(pointer|ptr|ref(erence)?)\b|\bpointer\b|\b24\s*e\b/, 1.2),
      match(/\b(dx|diag|diagnosis|icd)?\s*(ptr|pointer)\b|\bdxptr\b/, 1, { on: 'name' }),
    ],
  },
  {
    concept: 'line.charges',
    matchers: [
      match(/\bcharges?\b|\bfee\b|\$\s*charges?\b|\b24\s*f\b/),
      match(/\b(charge|charges|fee|chg)\b|\b(line|svc)\s*(amt|amount)\b/, 1, { on: 'name' }),
    ],
    negative: [/total|paid|balance|\bdue\b|reserved|nucc|\blab\b|outside/],
  },
  {
    concept: 'line.units',
    matchers: [
      match(/\bunits?\b|\bdays\s*or\s*units\b|\b24\s*g\b/),
      match(/\b(units?|qty|quantity)\b/, 1, { on: 'name' }),
    ],
    negative: [/minutes|authoriz|approved|allowed|visits|\bper\b|epsdt|family\s*plan/],
  },
  {
    concept: 'line.minutes',
    matchers: [
      match(/^(treatment\s*)?(minutes|mins?)$|\btime\s*\(?min/, 1),
      match(/\bminutes\b/, 0.8, { where: 'row' }),
      match(/\b(minutes|mins?)\b/, 0.8, { on: 'name', where: 'row' }),
    ],
    negative: [/total|timed|start|\bend\b|\bper\b/],
  },
  {
    concept: 'line.renderingNpi',
    matchers: [
      match(/\b24\s*j\b|\brendering\s*(provider\s*)?(id|npi)\b/, 1.2, { where: 'row' }),
      match(/\b24\s*j\b/, 1.2),
      match(/\bnpi\b/, 1, { where: 'row' }),
      match(/\brend(ering)?\s*(prov(ider)?)?\s*(npi|id)\b/, 1, { on: 'name' }),
    ],
    negative: [/referr|ordering|supervis|billing|17\s*b/],
  },
];
