import { match, TEXT_KINDS, type ConceptPatterns } from './types';

/** Visit, clinical documentation, authorization, order, certification and letter fields. */
export const DOCUMENTATION_PATTERNS: ConceptPatterns[] = [
  {
    concept: 'visit.date',
    matchers: [
      match(/\b(visit|encounter|session|appointment|treatment)\s*date\b|\bdate\s*of\s*(visit|encounter|session|treatment)\b/),
      match(/\bdate\s*of\s*service\b|^dos$/, 0.9, { where: 'single' }),
      match(/\b(visit|encounter|session|appt)\s*(date|dt)\b/, 1, { on: 'name' }),
    ],
    negative: [/\bfrom\b|\bto\b|next|last|prior|follow|initial/],
  },
  {
    concept: 'visit.startTime',
    matchers: [match(/\b(start|begin)\s*time\b|\btime\s*in\b|\bsession\s*start\b/), match(/\b(start|begin)\s*(time|tm)\b|\btime\s*in\b/, 1, { on: 'name' })],
  },
  {
    concept: 'visit.endTime',
    matchers: [match(/\b(end|stop|finish)\s*time\b|\btime\s*out\b|\bsession\s*end\b/), match(/\b(end|stop)\s*(time|tm)\b|\btime\s*out\b/, 1, { on: 'name' })],
  },
  {
    concept: 'visit.totalTimedMinutes',
    matchers: [match(/\btotal\s*timed\b|\btimed\s*code\s*(treatment\s*)?(minutes|time)\b/, 1.2), match(/\btotal\s*timed\b|\btimed\s*min/, 1, { on: 'name' })],
  },
  {
    concept: 'visit.totalTreatmentMinutes',
    matchers: [
      match(/\btotal\s*(treatment\s*)?(time|minutes|mins)\b|\btotal\s*session\s*time\b/),
      match(/\btotal\s*(tx|treatment|session)?\s*(time|min|mins|minutes)\b/, 1, { on: 'name' }),
    ],
    negative: [/timed/],
  },
  {
    concept: 'doc.diagnosisText',
    matchers: [
      match(/^(medical\s*|primary\s*|working\s*)?diagnos(is|es)$/, 1, { kinds: TEXT_KINDS }),
      match(/^diagnos(is|es)$/, 0.8, { on: 'label' }),
      match(/\bmedical\s*(dx|diagnosis)\b|\breason\s*for\s*(intervention|treatment|referral|visit|therapy)\b|\bpresenting\s*problem\b/),
      match(/\bdiagnos(is|es)\s*(description|narrative)\b|\bcondition\s*being\s*treated\b/),
      match(/\b(dx|diagnosis)\s*(text|desc|description|narrative)\b|\breason\s*for\s*(tx|treatment|referral)\b/, 1, { on: 'name' }),
      match(/\bdiagnos(is|es)$/, 0.8, { on: 'name' }),
    ],
    negative: [/\bcode\b|\bicd\b|pointer|\bptr\b/],
  },
  {
    concept: 'doc.history',
    matchers: [
      match(/\bhistory\b|\bsubjective\b|\bchief\s*complaint\b|\bprior\s*level\s*of\s*function\b|\bsymptoms\b|\bimpact\s*on\s*daily\b|\bhpi\b/),
      match(/\b(history|hx|subjective|chief\s*complaint|symptoms|hpi)\b/, 1, { on: 'name' }),
    ],
    negative: [/treatment\s*history|therap(y|ies)\s*history|\btx\s*hx\b|prior\s*treatment|previous\s*therap|alternative|date\s*of\s*(onset|symptoms)|return\s*to|\blto\b|\bsto\b|goal|outcome/],
  },
  {
    concept: 'doc.functionalLimitation',
    matchers: [
      match(/\bfunctional\s*(limitation|impairment|deficit)s?\b|\bimpairments?\b|^problems?(\s*list)?$|^assessment$|\blimitations?\b/),
      match(/\b(functional|func)\s*(lim|limitation|limitations|impairment|deficits?)\b|\bimpairments?\b|\bassessment\b/, 1, { on: 'name' }),
    ],
    negative: [/goal/],
  },
  {
    concept: 'doc.goals',
    matchers: [
      match(/^(treatment\s*|therapy\s*|measurable\s*)?goals?$|\btreatment\s*goals?\b|^objectives$|\bgoals?\s*(of|for)\s*(treatment|therapy|care)\b|\bmeasurable\s*goals?\b/),
      match(/\b(tx\s*|treatment\s*)?goals?\b/, 1, { on: 'name' }),
    ],
    negative: [/short|long|\bstg|\bltg|progress|toward/],
  },
  {
    concept: 'doc.shortTermGoals',
    matchers: [match(/\bshort[\s-]*term\s*(goals?|outcomes?)\b|\bstgs?\b/, 1.2), match(/\b(short\s*term|stg|sto)\b/, 1, { on: 'name' })],
  },
  {
    concept: 'doc.longTermGoals',
    matchers: [match(/\blong[\s-]*term\s*(goals?|outcomes?)\b|\bltgs?\b/, 1.2), match(/\b(long\s*term|ltg|lto)\b/, 1, { on: 'name' })],
  },
  {
    concept: 'doc.treatmentPlan',
    matchers: [
      match(/\btreatment\s*plan\b|\bplan\s*of\s*(care|treatment)\b|\binterventions?\b|^plan$|^orders?$|\bservices?\s*requested\b|\b(treatment|therapy)\s*requested\b|\brequested\s*(treatment|services?|therapy)\b/),
      match(/\b(tx|treatment)\s*plan\b|\bplan\s*of\s*care\b|\binterventions?\b|\b(services?|treatment|tx)\s*requested\b/, 1, { on: 'name' }),
    ],
    negative: [/goal|frequency|duration|date|\bcode\b|\bcpt\b|hcpcs|signature|start\s*of\s*care|poc\s*start|certif/],
  },
  {
    concept: 'doc.frequency',
    matchers: [match(/\bfrequency\b|\bvisits?\s*per\s*(week|month)\b|\bsessions?\s*per\s*(week|month)\b/), match(/\b(freq|frequency)\b/, 1, { on: 'name' })],
    negative: [/dur(ation)?\b|\bcode\b|resubmission|claim\s*frequency/],
  },
  {
    concept: 'doc.duration',
    matchers: [
      match(/\bduration\b|\blength\s*of\s*(treatment|care|therapy)\b|\bnumber\s*of\s*weeks\b|\bhow\s*long\b/),
      match(/\b(dur|duration)\b|\bnum\s*weeks\b/, 1, { on: 'name' }),
    ],
    negative: [/freq(uency)?\b|session\s*duration|minutes/],
  },
  {
    concept: 'doc.frequencyDuration',
    matchers: [match(/\bfreq(uency)?\s*(\/|and|&)\s*dur(ation)?\b/, 1.3), match(/\bfreq(uency)?\s*(and\s*)?dur(ation)?\b/, 1.2, { on: 'name' })],
  },
  {
    concept: 'doc.alternativesTried',
    matchers: [
      match(/\b(prior|previous|past)\s*(treatments?|therap(y|ies)|interventions?|care)\b|\balternatives?\b|\btreatment\s*history\b|\bconservative\s*(care|treatment)\b|\b(treatments?|therapies)\s*tried\b/),
      match(/\b(prior|prev|previous|past)\s*(tx|treatments?|therapy|therapies)\b|\balternatives?\b|\btx\s*hx\b/, 1, { on: 'name' }),
    ],
  },
  {
    concept: 'doc.expectedOutcome',
    matchers: [
      match(/\bprognosis\b|\brehab(ilitation)?\s*potential\b|\bexpected\s*(outcomes?|benefits?|results?|improvement)\b|\banticipated\s*(outcomes?|benefits?)\b/),
      match(/\bprognosis\b|\brehab\s*potential\b|\bexpected\s*(outcome|benefit)s?\b/, 1, { on: 'name' }),
    ],
  },
  {
    concept: 'doc.necessityStatement',
    matchers: [
      match(/\bmedical(ly)?\s*necess(ity|ary)\b|\bjustification\b|\breason\s*for\s*(the\s*)?request\b|\bskilled\s*need\b|\bwhy\b.*\bnecessary\b|\brationale\b/),
      match(/\b(med|medical)\s*(nec|necessity)\b|\bjustification\b|\bnecessity\b/, 1, { on: 'name' }),
    ],
    negative: [/letter\s*of\s*medical\s*necessity|\blmn\b/],
  },
  {
    concept: 'doc.progress',
    matchers: [match(/\bprogress(\s*toward\s*goals)?\b|\bresponse\s*to\s*treatment\b/), match(/\bprogress\b/, 1, { on: 'name' })],
    negative: [/date|report\s*due|note\s*type/],
  },
  {
    concept: 'auth.from',
    matchers: [
      match(/\bauth(orization|orized)?\s*(start|from|begin|effective)/, 1.2),
      match(/^(from|start(\s*date)?|effective(\s*date)?)$/, 1, { on: 'label', context: /authoriz/ }),
      match(/\bauth\s*(from|start|begin)\b/, 1, { on: 'name' }),
    ],
  },
  {
    concept: 'auth.to',
    matchers: [
      match(/\bauth(orization|orized)?\s*(end|to|through|thru|expir)/, 1.2),
      match(/^(to|through|thru|end(\s*date)?|expir\w*(\s*date)?)$/, 1, { on: 'label', context: /authoriz/ }),
      match(/\bauth\s*(to|end|thru|exp)\b/, 1, { on: 'name' }),
    ],
  },
  {
    concept: 'auth.visits',
    matchers: [
      match(/\b(visits?|units?|sessions?)\s*(authorized|approved|allowed)\b|\bauthorized\s*(visits?|units?|sessions?)\b|\bnumber\s*of\s*authorized\b/, 1.2),
      match(/\bauth(orized)?\s*(visits|units|sessions)\b|\b(visits|units)\s*(auth|approved)\b/, 1, { on: 'name' }),
    ],
  },
  {
    concept: 'order.prescriber',
    matchers: [
      match(/\bprescrib(ing|er)\b|\bordered\s*by\b|^physician(\s*name)?$/),
      match(/\bprescrib(er|ing)\b|\bordered\s*by\b/, 1, { on: 'name' }),
    ],
    negative: [/npi|date|signature|phone|licen[cs]e|fax|address/],
  },
  {
    concept: 'order.date',
    matchers: [
      match(/\b(order|prescription|referral|rx)\s*date\b|\bdate\s*of\s*(order|prescription|referral)\b|\bdate\s*ordered\b/),
      match(/\b(order|rx|prescription|referral)\s*(date|dt)\b/, 1, { on: 'name' }),
    ],
  },
  {
    concept: 'order.visits',
    matchers: [match(/\bnumber\s*of\s*visits\b|\bvisits\s*(ordered|prescribed)\b|#\s*(of\s*)?visits\b/), match(/\b(num|number)\s*visits\b|\bvisits\s*ordered\b/, 1, { on: 'name' })],
    negative: [/authoriz|approved|allowed/],
  },
  {
    concept: 'cert.startDate',
    matchers: [match(/\bstart\s*of\s*care\b|\bsoc(\s*date)?\b|\b(poc|plan\s*of\s*care)\s*start\b/, 1.2), match(/\bsoc\s*(date|dt)?\b|\bstart\s*of\s*care\b/, 1, { on: 'name' })],
  },
  {
    concept: 'cert.period',
    matchers: [match(/\bcertification\s*period\b|\bcert\.?\s*(period|from|dates?)\b/, 1.2), match(/\bcert\s*(period|from)\b/, 1, { on: 'name' })],
  },
  {
    concept: 'cert.signatureDate',
    matchers: [match(/\bphysician\s*signature\s*date\b|\bcertified\s*(on|date)\b|\bdate\s*certified\b/, 1.2), match(/\bcert\s*(sig|signature)?\s*date\b/, 1, { on: 'name' })],
  },
  {
    concept: 'lmn.date',
    matchers: [
      match(/\bletter\s*date\b|\blmn\s*date\b|\bdate\s*of\s*(this\s*)?letter\b/, 1.2),
      match(/^date$/, 0.9, { on: 'label', context: /letter\s*of\s*medical\s*necessity|\blmn\b/ }),
      match(/\b(letter|lmn)\s*(date|dt)\b/, 1, { on: 'name' }),
    ],
  },
];
