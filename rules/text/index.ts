/**
 * Every free-text detector, by id. Checks name a detector by this id in their options, so a checklist can ask
 * for "measurable-goals" on whichever fields carry the goals.
 */
import { detectAlternativesTried } from './alternatives-tried';
import { detectExpectedOutcome } from './expected-outcome';
import { detectFrequencyDuration } from './frequency-duration';
import { detectFunctionalLimitation } from './functional-limitation';
import { detectMaintenanceLanguage } from './maintenance-language';
import { detectMeasurableGoals } from './measurable-goals';
import { detectNecessityStatement } from './necessity-statement';
import type { TextDetector } from './types';

export const TEXT_DETECTORS = {
  'measurable-goals': detectMeasurableGoals,
  'functional-limitation': detectFunctionalLimitation,
  'alternatives-tried': detectAlternativesTried,
  'frequency-duration': detectFrequencyDuration,
  'expected-outcome': detectExpectedOutcome,
  'necessity-statement': detectNecessityStatement,
  'maintenance-language': detectMaintenanceLanguage,
} satisfies Record<string, TextDetector>;

export type TextDetectorId = keyof typeof TEXT_DETECTORS;
export type { TextDetection, TextDetector } from './types';
