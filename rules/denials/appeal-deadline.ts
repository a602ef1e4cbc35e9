/**
 * When an appeal of a denial is due, by the kind of plan: the first appeal level's time limit, counted from the
 * denial notice's date, with the rule it comes from. A plan type ClaimLint cannot tell gives every federal limit
 * with the plan type it applies to, and state and other plans are said to vary: no number is made up for them.
 */
import { addDays, addMonths, parseIsoDate } from './calendar';

/** The kinds of plan whose appeal limits differ (not the network type: an HMO can be any of them). */
export type AppealPlanType = 'erisa' | 'marketplace' | 'medicare' | 'medicare-advantage' | 'state-or-other';

export interface DeadlineSource {
  policy: string;
  section: string;
  date: string;
  url: string;
}

export interface AppealDeadline {
  planType: AppealPlanType;
  /** Plain words for who this applies to: "Employer group health plan (ERISA)". */
  planWords: string;
  /** The first appeal level: "internal appeal", "redetermination", "reconsideration". */
  step: string;
  /** Calendar days allowed; absent when the plan's own documents or state law set it. */
  days?: number;
  /** The last day (ISO), when the denial date is known and the rule sets a number. */
  due?: string;
  /** How the count runs, in plain words, including any presumed receipt. */
  counting: string;
  source: DeadlineSource;
}

export interface ExternalReviewNote {
  planType: AppealPlanType;
  /** It runs from the final internal decision, not from this denial, so no date is given for it. */
  words: string;
  source: DeadlineSource;
}

export interface AppealDeadlines {
  /** The plan type the deadlines were worked out for; undefined when it is not known (every type is listed). */
  planType?: AppealPlanType;
  denialDate?: string;
  deadlines: AppealDeadline[];
  externalReview: ExternalReviewNote[];
}

const CHECKED = '2026-12-05';
const ERISA_CLAIMS: DeadlineSource = { policy: '29 CFR 2560.503-1 (ERISA claims procedure)', section: '(h)(3)(i)', date: CHECKED, url: 'https://www.ecfr.gov/current/title-29/subtitle-B/chapter-XXV/subchapter-F/part-2560/section-2560.503-1' };
const ACA_APPEALS: DeadlineSource = { policy: '45 CFR 147.136 (internal claims and appeals, external review)', section: '(b)(3) internal; (d) federal external review', date: CHECKED, url: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-B/part-147/section-147.136' };
const FEDERAL_EXTERNAL: DeadlineSource = { policy: '29 CFR 2590.715-2719 (external review)', section: '(d)(2)(i)', date: CHECKED, url: 'https://www.ecfr.gov/current/title-29/subtitle-B/chapter-XXV/subchapter-L/part-2590/subpart-C/section-2590.715-2719' };
const MEDICARE_REDETERMINATION: DeadlineSource = { policy: '42 CFR 405.942 (time frame for filing a redetermination)', section: '(a), (a)(1)', date: CHECKED, url: 'https://www.ecfr.gov/current/title-42/chapter-IV/subchapter-B/part-405/subpart-I/section-405.942' };
const MEDICARE_RECONSIDERATION: DeadlineSource = { policy: '42 CFR 405.962 (QIC reconsideration)', section: '(a)', date: CHECKED, url: 'https://www.ecfr.gov/current/title-42/chapter-IV/subchapter-B/part-405/subpart-I/section-405.962' };
const MA_RECONSIDERATION: DeadlineSource = { policy: '42 CFR 422.582 (request for a standard reconsideration)', section: '(b)', date: CHECKED, url: 'https://www.ecfr.gov/current/title-42/chapter-IV/subchapter-B/part-422/subpart-M/section-422.582' };
const MA_IRE: DeadlineSource = { policy: '42 CFR 422.592 (reconsideration by an independent entity)', section: '(a)', date: CHECKED, url: 'https://www.ecfr.gov/current/title-42/chapter-IV/subchapter-B/part-422/subpart-M/section-422.592' };

/** Medicare presumes the notice arrives 5 days after its date (42 CFR 405.942(a)(1)). */
export const MEDICARE_PRESUMED_RECEIPT_DAYS = 5;

interface Rule {
  planWords: string;
  step: string;
  days?: number;
  /** Days added to the notice date before the count starts (presumed receipt). */
  receiptDays: number;
  counting: string;
  source: DeadlineSource;
  external: { words: string; source: DeadlineSource };
}

const RULES: Record<AppealPlanType, Rule> = {
  erisa: {
    planWords: 'Employer group health plan (ERISA)',
    step: 'internal appeal',
    days: 180,
    receiptDays: 0,
    counting: '180 days after the denial notice is received; counted here from the notice date, the earliest it can arrive',
    source: ERISA_CLAIMS,
    external: { words: 'After the final internal decision, a non-grandfathered plan must offer an independent external review; under the federal process it is asked for within 4 months of receiving that decision (a state process may differ).', source: FEDERAL_EXTERNAL },
  },
  marketplace: {
    planWords: 'Marketplace (ACA individual) plan',
    step: 'internal appeal',
    days: 180,
    receiptDays: 0,
    counting: '180 days after the denial notice is received; counted here from the notice date, the earliest it can arrive',
    source: ACA_APPEALS,
    external: { words: 'After the final internal decision, an independent external review can be asked for: within 4 months of receiving that decision under the federal process, or as the state\'s process says.', source: ACA_APPEALS },
  },
  medicare: {
    planWords: 'Original Medicare (Part A / Part B)',
    step: 'redetermination',
    days: 120,
    receiptDays: MEDICARE_PRESUMED_RECEIPT_DAYS,
    counting: '120 days from receiving the initial determination; Medicare presumes it was received 5 days after the notice date, so the count starts 5 days after the notice',
    source: MEDICARE_REDETERMINATION,
    external: { words: 'If the redetermination upholds the denial, the next level is a reconsideration by a Qualified Independent Contractor (QIC), asked for within 180 days of receiving the redetermination (again presumed 5 days after its date).', source: MEDICARE_RECONSIDERATION },
  },
  'medicare-advantage': {
    planWords: 'Medicare Advantage plan',
    step: 'reconsideration',
    days: 65,
    receiptDays: 0,
    counting: '65 days from the date of the plan\'s notice of its organization determination',
    source: MA_RECONSIDERATION,
    external: { words: 'If the plan upholds a denial on reconsideration, it must send the case to the independent review entity itself; nothing needs to be filed for that step.', source: MA_IRE },
  },
  'state-or-other': {
    planWords: 'State-regulated, Medicaid, workers\' compensation, auto and other plans',
    step: 'appeal',
    receiptDays: 0,
    counting: 'The time limit varies by plan and state: read it in the denial notice or the plan\'s documents. ClaimLint does not supply a number for it',
    source: { policy: 'The plan\'s own denial notice and benefit documents', section: 'appeal rights', date: CHECKED, url: 'https://www.healthcare.gov/appeal-insurance-company-decision/' },
    external: { words: 'External review for these plans follows the state\'s process or the program\'s own rules; the denial notice says how to ask for it.', source: { policy: 'The plan\'s own denial notice', section: 'appeal rights', date: CHECKED, url: 'https://www.healthcare.gov/appeal-insurance-company-decision/external-review/' } },
  },
};

export const APPEAL_PLAN_TYPES = Object.keys(RULES) as AppealPlanType[];

/**
 * The appeal deadlines for a denial dated `denialDate` (ISO; absent or not a calendar date: no due dates, the
 * rules only). A known plan type gives its own deadline; an unknown one gives every type's, each saying whom it
 * applies to.
 */
export function appealDeadlines(denialDate: string | undefined, planType?: AppealPlanType): AppealDeadlines {
  const date = denialDate && parseIsoDate(denialDate) ? denialDate : undefined;
  const types = planType ? [planType] : APPEAL_PLAN_TYPES;
  return {
    planType,
    denialDate: date,
    deadlines: types.map((type) => deadlineFor(type, date)),
    externalReview: types.map((type) => ({ planType: type, words: RULES[type].external.words, source: RULES[type].external.source })),
  };
}

function deadlineFor(planType: AppealPlanType, denialDate: string | undefined): AppealDeadline {
  const rule = RULES[planType];
  const due = denialDate && rule.days !== undefined ? addDays(denialDate, rule.receiptDays + rule.days) : undefined;
  return {
    planType, planWords: rule.planWords, step: rule.step, counting: rule.counting, source: rule.source,
    ...(rule.days !== undefined ? { days: rule.days } : {}), ...(due ? { due } : {}),
  };
}

/** The federal external review's last day: 4 months after receipt, the 1st of the 5th month when the day is missing. */
export function federalExternalReviewDue(finalDecisionReceived: string): string {
  return addMonths(finalDecisionReceived, 4);
}

// Names that settle the kind of plan. An employer plan is rarely named as such, so ERISA is the user's answer.
const PLAN_TYPE_NAMES: readonly [AppealPlanType, RegExp][] = [
  ['medicare-advantage', /\bmedicare advantage\b|\bmedicare part c\b|\bMAPD\b/i],
  ['medicare', /\bmedicare\b|\bnoridian\b|\bnovitas\b|\bpalmetto gba\b|\bwps government\b|\bngs medicare\b|\bfirst coast service options\b|\bcgs administrators\b/i],
  ['marketplace', /\bmarketplace\b|\bhealthcare\.gov\b|\bexchange plan\b|\bACA individual\b/i],
  ['state-or-other', /\bmedicaid\b|\bmedi-cal\b|\bworkers'? comp(ensation)?\b|\bPIP\b|\bauto insurance\b/i],
];

/**
 * The kind of plan an 835's claim filing indicator (CLP06) says, where it settles one: MA and MB are Original
 * Medicare Part A and B, 16 a Medicare Advantage (Medicare risk) HMO, MC Medicaid. The commercial codes (CI, 12 PPO,
 * HM HMO, BL Blue Cross) cannot tell an employer plan from a marketplace one, so they give none.
 */
export function appealPlanTypeOfFilingIndicator(code: string | undefined): AppealPlanType | undefined {
  return code ? FILING_INDICATORS[code.toUpperCase()] : undefined;
}

const FILING_INDICATORS: Record<string, AppealPlanType> = { MA: 'medicare', MB: 'medicare', '16': 'medicare-advantage', MC: 'state-or-other' };

/** The kind of plan a payer or plan name shows, or undefined when it shows none (most commercial names). */
export function appealPlanTypeNamed(names: readonly string[]): AppealPlanType | undefined {
  return PLAN_TYPE_NAMES.find(([, pattern]) => names.some((name) => pattern.test(name)))?.[0];
}
