import { match, type ConceptPatterns } from './types';

const PATIENT_SECTION = /patient|client|member|beneficiary/;
const PROVIDER_SECTION = /provider|clinician|therapist|practitioner|physician|rendering|treating/;
const REFERRING_SECTION = /referr|ordering|supervising|\b17\b/;
const NOT_PATIENT = /insured|subscriber|guarantor|referr|ordering|provider|physician|doctor|therapist|clinician|emergency|contact|guardian|parent|spouse|employer|insurance|plan|street|address|relationship|signature/;

/** Who the claim is about, who pays, who treated and who referred. */
export const PEOPLE_PATTERNS: ConceptPatterns[] = [
  {
    concept: 'patient.name',
    matchers: [
      match(/\bpatient'?s?\s+(full\s+)?name\b/),
      match(/\bclient'?s?\s+(full\s+)?name\b|^client$|^patient$/, 0.9, { on: 'label' }),
      match(/^(full\s+)?name$/, 0.9, { on: 'label', context: PATIENT_SECTION, notContext: /provider|insured|referr/ }),
      match(/\b(patient|pt|client)\s*(full\s*)?name\b|\bpatient\s*nm\b/, 1, { on: 'name' }),
    ],
    negative: [NOT_PATIENT, /^(patient'?s?\s+)?(first|last|middle|given|family|sur)\s*name/],
  },
  {
    concept: 'patient.firstName',
    matchers: [
      match(/^(patient'?s?\s+|client'?s?\s+)?(first|given)\s*name\b/, 1, { notContext: /provider|insured|referr|guarantor|emergency/ }),
      match(/\b(patient|pt|client)\s*(first|given|f)\s*name\b|\bfname\b/, 1, { on: 'name' }),
    ],
    negative: [NOT_PATIENT],
  },
  {
    concept: 'patient.lastName',
    matchers: [
      match(/^(patient'?s?\s+|client'?s?\s+)?(last|family|sur)\s*name\b/, 1, { notContext: /provider|insured|referr|guarantor|emergency/ }),
      match(/\b(patient|pt|client)\s*(last|family|sur|l)\s*name\b|\blname\b/, 1, { on: 'name' }),
    ],
    negative: [NOT_PATIENT, /first.*last|last.*first/],
  },
  {
    concept: 'patient.dob',
    matchers: [
      match(/\bd\.?o\.?b\b|\bbirth\s*date\b|\bdate\s*of\s*birth\b|\bbirthdate\b/),
      match(/\b(dob|birth\s*date|birthdate|date\s*of\s*birth|bday)\b/, 1, { on: 'name' }),
    ],
    negative: [/insured|subscriber|guarantor|spouse|parent/],
  },
  {
    concept: 'patient.sex',
    matchers: [match(/^(patient'?s?\s+)?(sex|gender)\b/), match(/\b(sex|gender)\b/, 0.7)],
    negative: [/insured|subscriber|guarantor|identity|orientation/],
  },
  {
    concept: 'patient.memberId',
    matchers: [
      match(/\binsured'?s?\s+i\.?\s?d\.?(\s*(number|no|#))?\b/),
      match(/\b(member|subscriber|policy|medicaid|medicare|insurance)\s*(id|#|number|no\.?)(?![a-z])/),
      match(/\bhealth\s*plan\s*id\b|\bpolicy\s*#/),
      match(/\b(member|subscriber|insured|policy|ins)\s*(id|num|no|number)\b|\bmemberid\b/, 1, { on: 'name' }),
    ],
    negative: [/group|feca|claim|tax|npi|prior|auth|account|payer\s*id/],
  },
  {
    concept: 'patient.accountNumber',
    matchers: [
      match(/\b(patient'?s?\s+)?account\s*(no\.?|#|number|num)?(?![a-z])|\bchart\s*(#|no\.?|number)|\bmrn\b|\bmedical\s*record\s*(#|no\.?|number)?/),
      match(/\b(acct|account)\s*(no|num|number)?\b|\bmrn\b|\bchart\s*(no|num|number)\b/, 1, { on: 'name' }),
    ],
    negative: [/bank|routing|accept\s*assignment/],
  },
  {
    concept: 'payer.name',
    matchers: [
      match(/\bpayer(\s*name)?$|\binsurance\s*(company|carrier)?(\s*name)?$|\bcarrier(\s*name)?$|\bplan\s*name\b|\bhealth\s*plan$|\binsurance\s*plan\b/),
      match(/\b(payer|insurance|carrier|ins\s*co|plan)\s*(name)?$/, 0.9, { on: 'name' }),
    ],
    negative: [/\bid\b|number|#|group|phone|address|policy|other|another|secondary|type/],
  },
  {
    concept: 'insured.groupNumber',
    matchers: [
      match(/\b(policy\s*)?group\s*(#|no\.?|number|num|id)?(?![a-z])|\bfeca\b/),
      match(/\b(group|grp)\s*(no|num|number|id)?\b/, 1, { on: 'name' }),
    ],
    negative: [/blood|age\s*group|support\s*group|other\s*insured/],
  },
  {
    concept: 'provider.name',
    matchers: [
      match(/\b(rendering|treating|attending|billing)\s+(provider|clinician|therapist|physician|practitioner)(\s*name)?$/),
      match(/^(provider|therapist|clinician|practitioner)(\s+name)?$|\b(provider|therapist|clinician|practitioner)'?s?\s+(full\s+)?name\b/),
      match(/^(full\s+)?name$/, 0.9, { on: 'label', context: PROVIDER_SECTION, notContext: /patient|referr|ordering|insured/ }),
      match(/\b(provider|therapist|clinician|rendering|treating)\s*(full\s*)?name\b/, 1, { on: 'name' }),
    ],
    negative: [/npi|licen[cs]e|credential|signature|\bid\b|number|#|tax|phone|address|referr|order|supervis|prescrib|date/],
  },
  {
    concept: 'provider.npi',
    matchers: [
      match(/\bnpi\b|national\s*provider\s*identifier/, 0.7, { notContext: REFERRING_SECTION, where: 'single' }),
      match(/\b(rendering|billing|treating|provider'?s?|individual|group|therapist'?s?|clinician'?s?)\s+npi\b|\b33\s*a\b/, 1, { where: 'single' }),
      match(/\bnpi\b/, 0.7, { on: 'name', notContext: REFERRING_SECTION, where: 'single' }),
    ],
    negative: [/referr|ordering|supervis|17\s*b|24\s*j|prescrib/],
  },
  {
    concept: 'provider.taxId',
    matchers: [
      match(/\bfederal\s*tax\s*i\.?\s?d\b|\btax\s*id\b|\bein\b|\btin\b|\bssn\s*\/?\s*ein\b|\btax\s*identification/),
      match(/\b(tax\s*id|ein|tin|fed\s*tax\s*id)\b/, 1, { on: 'name' }),
    ],
  },
  {
    concept: 'provider.license',
    matchers: [
      match(/\blicen[cs]e\s*(#|no\.?|number|num)?(?![a-z])/),
      match(/\blic(ense)?\s*(no|num|number|#)?\b/, 1, { on: 'name' }),
    ],
    negative: [/driver|plate|expir|licen[cs]e\s*(state|type)|state\s*of\s*licen/],
  },
  {
    concept: 'provider.credentials',
    matchers: [
      match(/\bcredentials?\b|\bdegree\b|\bprofessional\s*title\b|\blicen[cs]e\s*type\b/),
      match(/\bcred(ential)?s?\b/, 1, { on: 'name' }),
    ],
  },
  {
    concept: 'provider.signature',
    matchers: [
      match(/\bsignature\b|\bsigned\s*by\b|\belectronically\s*signed\b/),
      match(/\b(sig|signature|signed\s*by|esign)\b/, 1, { on: 'name' }),
    ],
    negative: [/date|patient|insured|authoriz|on\s*file/],
  },
  {
    concept: 'provider.signatureDate',
    matchers: [
      match(/\bdate\s*signed\b|\bsignature\s*date\b|\bsigned\s*(on|date)\b|\bdate\s*of\s*signature\b/),
      match(/\b(sig|signature|signed)\s*(date|dt)\b|\bdate\s*signed\b/, 1, { on: 'name' }),
    ],
    negative: [/patient|insured|physician\s*signature|certif/],
  },
  {
    concept: 'referring.name',
    matchers: [
      match(/\breferr\w*\s+(provider|physician|doctor|clinician|source|practitioner)\b|\bordering\s+(provider|physician|clinician)\b|\bsupervising\s+(provider|physician)\b|\breferred\s*by\b/),
      match(/^(full\s+)?name$|^(provider|physician)(\s*name)?$/, 0.9, { on: 'label', context: REFERRING_SECTION }),
      match(/\b(ref|referring|referral|ordering)\s*(provider|prov|physician|phys|doc|dr)?\s*name\b|\breferring\s*(provider|physician)\b/, 1, { on: 'name' }),
    ],
    negative: [/npi|\bid\b|qualifier|\bqual\b|number|#|date|licen[cs]e|phone|address|\bfax\b/],
  },
  {
    concept: 'referring.npi',
    matchers: [
      match(/\b(referr\w*|ordering|supervising)\s+(provider'?s?\s+|physician'?s?\s+)?npi\b|\b17\s*b\b/, 1.2),
      match(/\bnpi\b/, 1.1, { context: REFERRING_SECTION }),
      match(/\b(ref|referring|ordering)\s*(prov|provider|physician)?\s*npi\b/, 1, { on: 'name' }),
    ],
  },
  {
    concept: 'referring.qualifier',
    matchers: [
      match(/\bqualifier\b|\bqual\b/, 1, { context: REFERRING_SECTION }),
      match(/\b(dn|dk|dq)\s*\/\s*(dn|dk|dq)\b/, 0.8, { on: 'label' }),
      match(/\b(ref|referring)\s*(prov|provider)?\s*qual(ifier)?\b/, 1, { on: 'name' }),
    ],
    negative: [/date|other\s*id|17\s*a|onset|illness|injury|\blmp\b/],
  },
];
