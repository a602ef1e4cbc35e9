/** The three corpus forms, in rendering order. */
import { claimForm } from './claim';
import { planOfCareForm } from './plan-of-care';
import { priorAuthForm } from './prior-auth';

export const CORPUS_FORMS = [claimForm, planOfCareForm, priorAuthForm] as const;
export * from './types';
