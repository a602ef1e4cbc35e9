import { describe, expect, it } from 'vitest';
import { detectInteractiveComplexity } from './interactive-complexity';

const POSITIVE = [
  'Spanish interpreter present for the entire session.',
  'Session conducted through a certified ASL interpreter.',
  'Used a telephone interpretation service (Vietnamese).',
  'Play therapy with puppets used to help the child express fear of the dark.',
  'Sand tray used because the 5-year-old could not verbally express the trauma.',
  'Client uses an AAC device to communicate.',
  'Parents argued about discipline throughout the session and had to be redirected.',
  'Mother repeatedly interrupted the child and escalated when limits were discussed.',
  'Father was hostile toward the grandmother, which complicated the session.',
  'Caregiver anxiety interfered with implementing the exposure plan.',
  'Client disclosed abuse; clinician called CPS and filed a report.',
  'Mandated report made to Adult Protective Services regarding neglect.',
  'Maladaptive communication among family members required active management.',
  'Divorced parents disagreed in session about school attendance.',
  'Foster parents conflicted about the visitation schedule during session.',
];
const NEGATIVE = [
  'Client discussed stress at work and practiced diaphragmatic breathing.',
  'No interpreter needed; client is fluent in English.',
  'Client reports a conflict with a coworker last week.',
  'Reviewed homework; mood improved.',
  'Client argued with herself about whether to call her sister (cognitive dissonance explored).',
  'CBT for panic disorder; interoceptive exposure practiced.',
  'Client is anxious about an upcoming exam.',
  'Discussed the report card with the client.',
  'Safety plan reviewed; no SI.',
  'Client denies abuse or neglect.',
];

describe('detectInteractiveComplexity', () => {
  it.each(POSITIVE)('finds a factor in %s', (text) => {
    expect(detectInteractiveComplexity(text).found).toBe(true);
  });
  it.each(NEGATIVE)('finds none in %s', (text) => {
    expect(detectInteractiveComplexity(text).found).toBe(false);
  });
  it('quotes the words it read', () => {
    expect(detectInteractiveComplexity('Spanish interpreter present.').evidence).toEqual(['interpreter']);
  });
});
