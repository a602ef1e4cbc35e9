/**
 * The ids of the bundled checklists, without their data: a rule pack may not take one (utils/settings.ts), and
 * the extension's background knows them before it has loaded data/checklists.json. A test keeps this list equal
 * to the checklists' own ids.
 */
export const BUNDLED_CHECKLIST_IDS: readonly string[] = [
  'lmn-core',
  'cms1500-basics',
  'reasonable-necessary',
  'treatment-note',
  'plan-of-care',
  'progress-report',
  'prior-auth-request',
  'aetna-massage',
  'premera-physical-medicine',
  'regence-rehabilitative',
  'medicare-outpatient-therapy',
  'outpatient-psychotherapy',
  'psychotherapy-note',
  'medicare-chiropractic',
  'telehealth',
  'auto-pip',
  'workers-comp',
  'hsa-fsa-massage-lmn',
  'codes-on-documents',
];
