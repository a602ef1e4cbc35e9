import { describe, expect, it } from 'vitest';
import { detectGeneralHealthPurpose } from './general-health-purpose';

// [text, the words quoted back]: general health, relaxation or well-being given as the purpose of the care.
const generalHealth: [string, string[]][] = [
  ['Relaxation massage requested by client', ['Relaxation massage']],
  ['Massage for stress relief', ['for stress relief']],
  ['Monthly sessions for relaxation and stress relief', ['for relaxation', 'stress relief']],
  ['Massage promotes relaxation and general well-being', ['promotes relaxation', 'general well-being']],
  ['Weekly massage to improve overall health', ['improve overall health']],
  ['Sessions support her general wellness', ['support her general wellness']],
  ['Spa massage every other week', ['Spa massage']],
  ['Wellness massage monthly', ['Wellness massage']],
  ['For general health and well-being', ['For general health']],
  ['Recommended for self-care and relaxation', ['for self-care']],
  ['Massage enhances a sense of well-being', ['enhances a sense of well-being']],
  ['Provides relaxation after long work weeks', ['Provides relaxation']],
  ['General health benefits of regular massage', ['General health benefits']],
];

// Treating, mitigating or preventing a specific condition is a medical expense (IRC §213(d)).
const treatsACondition: string[] = [
  'Patient has plateaued; continued massage prevents deterioration of cervical range of motion.',
  'Maintenance massage monthly to keep fibromyalgia pain at 3/10 and prevent flares.',
  'To prevent deterioration of function due to multiple sclerosis spasticity.',
  'Progress has plateaued; care now mitigates chronic myofascial pain.',
  'Promotes relaxation of the hypertonic upper trapezius and reduces spasm.',
  'Soft tissue massage for muscle relaxation of the lumbar paraspinals.',
  'Massage is not for general health or relaxation; it treats the diagnosed lymphedema.',
  'Treatment is for the condition rather than relaxation.',
  'Reduce anxiety symptoms (F41.1) per psychiatrist; not merely for relaxation.',
  'Manual lymphatic drainage to reduce edema of the left arm.',
  'Relaxation techniques taught for pain coping.',
  'Improve sleep disrupted by neck pain from 4 to 7 hours.',
];

describe('detectGeneralHealthPurpose', () => {
  it.each(generalHealth)('finds a general-health purpose in %j', (text, words) => {
    expect(detectGeneralHealthPurpose(text)).toEqual({ found: true, evidence: words });
  });

  it.each(treatsACondition)('finds none in %j', (text) => {
    expect(detectGeneralHealthPurpose(text)).toEqual({ found: false, evidence: [] });
  });
});
