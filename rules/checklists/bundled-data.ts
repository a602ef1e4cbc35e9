/**
 * The checklists shipped with ClaimLint as data (one JSON file per checklist in this folder), in the order they
 * are checked. The command line and the tests import it through `index.ts`; the extension's build writes it to
 * data/checklists.json (wxt.config.ts), which the background loads on its first check.
 */
import aetnaMassage from './aetna-massage.json' with { type: 'json' };
import autoPip from './auto-pip.json' with { type: 'json' };
import cms1500Basics from './cms1500-basics.json' with { type: 'json' };
import codesOnDocuments from './codes-on-documents.json' with { type: 'json' };
import hsaFsaMassageLmn from './hsa-fsa-massage-lmn.json' with { type: 'json' };
import lmnCore from './lmn-core.json' with { type: 'json' };
import medicareChiropractic from './medicare-chiropractic.json' with { type: 'json' };
import medicareOutpatientTherapy from './medicare-outpatient-therapy.json' with { type: 'json' };
import outpatientPsychotherapy from './outpatient-psychotherapy.json' with { type: 'json' };
import psychotherapyNote from './psychotherapy-note.json' with { type: 'json' };
import planOfCare from './plan-of-care.json' with { type: 'json' };
import premeraPhysicalMedicine from './premera-physical-medicine.json' with { type: 'json' };
import priorAuthRequest from './prior-auth-request.json' with { type: 'json' };
import progressReport from './progress-report.json' with { type: 'json' };
import reasonableNecessary from './reasonable-necessary.json' with { type: 'json' };
import regenceRehabilitative from './regence-rehabilitative.json' with { type: 'json' };
import telehealth from './telehealth.json' with { type: 'json' };
import treatmentNote from './treatment-note.json' with { type: 'json' };
import workersComp from './workers-comp.json' with { type: 'json' };

export const BUNDLED_CHECKLIST_DATA: readonly unknown[] = [
  lmnCore,
  cms1500Basics,
  reasonableNecessary,
  treatmentNote,
  planOfCare,
  progressReport,
  priorAuthRequest,
  aetnaMassage,
  premeraPhysicalMedicine,
  regenceRehabilitative,
  medicareOutpatientTherapy,
  outpatientPsychotherapy,
  psychotherapyNote,
  medicareChiropractic,
  telehealth,
  autoPip,
  workersComp,
  hsaFsaMassageLmn,
  codesOnDocuments,
];
