import { match, type ConceptPatterns } from './types';

const DIAGNOSIS_SECTION = /diagnos|nature\s*of\s*illness|\bicd\b|\b21\b/;
const ACCIDENT_SECTION = /accident|condition\s*related|\b10\b/;
/** A diagnosis code sits in a short field; a textarea labelled "Diagnosis" holds the narrative. */
const CODE_KINDS = ['text', 'select'] as const;

/** Claim-level boxes of the CMS-1500 (10, 11b, 14, 15, 21, 22, 23). */
export const CLAIM_PATTERNS: ConceptPatterns[] = [
  {
    concept: 'claim.icdIndicator',
    matchers: [
      match(/\bicd\s*ind(\.|icator)?\b|\bicd\s*(code\s*)?(version|set|type)\b|\bicd\s*ver\b/, 1.2),
      match(/\bicd\s*(ind|indicator|ver|version|type)\b/, 1, { on: 'name' }),
    ],
  },
  {
    concept: 'claim.diagnosis',
    matchers: [
      match(/\b(diagnosis|dx)\s*(code\s*)?(#\s*)?([a-l]|\d{1,2})$|\bdiagnosis\s*codes?\b|\bicd[\s-]*(10|9)?[\s-]*(cm\s*)?(code|dx)\b/, 1, { kinds: CODE_KINDS }),
      match(/\b(primary|secondary|tertiary|principal)\s*(diagnosis|dx)\b|^dx$|^icd([\s-]*10)?(\s*[a-l1-9]\d?)?$/, 1, { kinds: CODE_KINDS }),
      match(/^[a-l][.)]?$/, 1, { on: 'label', context: DIAGNOSIS_SECTION }),
      // A bare "...diagnosis" name is as likely narrative as code; "dx", "diag", a code word or a letter say code.
      match(/\b(dx|diag)\s*(cd|code)?\s*([a-l]|\d{1,2})?$|\bdiagnosis\s*((cd|code)\s*)?([a-l]|\d{1,2})$|\bdiagnosis\s*(cd|code)$|\bicd\s*(10\s*|9\s*)?(cm\s*)?(cd|code|dx)?\s*([a-l]|\d{1,2})?$/, 1, {
        on: 'name',
        kinds: CODE_KINDS,
      }),
    ],
    negative: [/pointer|\bptr\b|\bind(icator)?\b|version|description|narrative|\bdesc\b|\btext\b|\bdate\b/],
  },
  {
    concept: 'claim.priorAuthNumber',
    matchers: [
      match(/\bprior\s*auth(orization)?\b|\bauth(orization)?\s*(#|no\.?|number|num|code|id)(?![a-z])|\bpre[\s-]?(auth|cert)\w*/),
      match(/\breferral\s*(#|no\.?|number)(?![a-z])|^23\.?\s/),
      match(/\b(prior\s*auth(orization)?|pre\s*auth|preauth)\s*(no|num|number|id|code)?\b|\b(auth|pa)\s*(no|num|number|id|code)$|^auth$/, 1, {
        on: 'name',
      }),
    ],
    negative: [/date|\bfrom\b|\bto\b|start|\bend\b|visits|units|expir|required|phone|through|thru/],
  },
  {
    concept: 'claim.employmentRelated',
    matchers: [
      match(/\bemployment\b|\bwork[\s-]*related\b|\bjob[\s-]*related\b|\b10\s*a\b/),
      match(/\bemploy(ment)?\s*(related)?$|\bwork\s*related\b/, 1, { on: 'name' }),
    ],
    negative: [/status|employer|date|unable\s*to\s*work/],
  },
  {
    concept: 'claim.autoAccident',
    matchers: [
      match(/\bauto(mobile)?\s*accident\b|\bmotor\s*vehicle\b|\bmva\b|\b10\s*b\b/),
      match(/\b(auto|mva)\s*(accident|acc)?$/, 1, { on: 'name' }),
    ],
    negative: [/state|place|date|claim|insurance/],
  },
  {
    concept: 'claim.accidentState',
    matchers: [
      match(/\baccident\s*state\b|\bstate\s*of\s*(the\s*)?accident\b|\bplace\s*\(?state\)?/, 1.1),
      match(/^state$/, 1, { on: 'label', context: ACCIDENT_SECTION }),
      match(/\b(acc|accident|auto)\s*(state|st)\b/, 1, { on: 'name' }),
    ],
    negative: [/address|city|zip|licen[cs]e/],
  },
  {
    concept: 'claim.otherAccident',
    matchers: [
      match(/\bother\s*accident\b|\b10\s*c\b/),
      match(/\bother\s*(acc|accident)\b/, 1, { on: 'name' }),
    ],
    negative: [/date|claim/],
  },
  {
    concept: 'claim.otherClaimNumber',
    matchers: [
      match(/\bother\s*claim\s*(id|#|number|no\.?)(?![a-z])|\b11\s*b\b|\b(auto|p&c|workers'?\s*comp(ensation)?)\s*claim\s*(#|number|no|id)(?![a-z])/),
      match(/\bclaim\s*(#|number|no\.?)\s*\((auto|wc|p&c|workers)/),
      match(/\bother\s*claim\s*(id|no|num|number)?\b|\b(wc|pc|pip)\s*claim\b/, 1, { on: 'name' }),
    ],
  },
  {
    concept: 'claim.onsetDate',
    matchers: [
      match(/\bdate\s*of\s*(current\s*)?(illness|injury|onset|symptoms)|\bonset(\s*date)?\b|\binjury\s*date\b|^14\.?\s/),
      match(/\bonset\s*(date|dt)?\b|\b(injury|illness)\s*(date|dt)\b/, 1, { on: 'name' }),
    ],
    negative: [/\bqual(ifier)?\b|similar/],
  },
  {
    concept: 'claim.otherDate',
    matchers: [
      match(/\bother\s*date\b|\bdate\s*of\s*initial\s*treatment\b|\binitial\s*treatment\s*date\b|\bdate\s*of\s*same\s*or\s*similar\b|^15\.?\s/),
      match(/\bother\s*date\b|\binit(ial)?\s*(tx|treatment)\s*(date|dt)\b|\bdate\s*init(ial)?\s*(tx|treatment)\b/, 1, { on: 'name' }),
    ],
    negative: [/\bqual(ifier)?\b/],
  },
  {
    concept: 'claim.resubmissionCode',
    matchers: [
      match(/\bresubmission(\s*code)?\b|\b(claim\s*)?frequency\s*(type\s*)?code\b/),
      match(/\bresub(mission)?\s*(code|cd)?\b|\bfreq(uency)?\s*code\b/, 1, { on: 'name' }),
    ],
    negative: [/original|\bref(erence)?\.?\s*(no|#|number)/],
  },
];
