import { describe, expect, it } from 'vitest';
import { splitBlocks } from './blocks';
import { findProseComponents } from './prose';
import { plannedFrequency } from './planned-frequency';
import { sectionsOf } from './sections-of';

const planned = (text: string) => Object.fromEntries(sectionsOf(splitBlocks(text))
  .flatMap((section) => plannedFrequency(text, section))
  .map(({ concept, spans }) => [concept, spans.map((span) => text.slice(span.start, span.end))]));
const prose = (text: string) => Object.fromEntries(findProseComponents(text, sectionsOf(splitBlocks(text))).map(({ concept, value }) => [concept, value]));

describe('plannedFrequency', () => {
  it('reads the items under "I am prescribing the following:" as the care planned, and a repeat test as no duration', () => {
    const text = 'I am prescribing the following as treatment of her anemia, not for general health:\n- Vitamin B12 1000 mcg daily, for 3 months\n- Folic acid 1 mg daily, for 3 months\n\nRepeat labs are planned at 6 weeks.';
    expect(planned(text)).toEqual({ 'doc.frequencyDuration': ['- Vitamin B12 1000 mcg daily, for 3 months', '- Folic acid 1 mg daily, for 3 months'] });
    expect(prose(text)['doc.treatmentPlan']).toContain('Folic acid 1 mg daily');
  });

  it('reads how often the writer has seen the patient as care given, and the request after it as the plan', () => {
    const text = 'I have seen her for speech therapy twice a week since 09/15/2026. I am asking that therapy continue twice a week for 10 more weeks.';
    expect(planned(text)).toEqual({ 'doc.frequencyDuration': ['I am asking that therapy continue twice a week for 10 more weeks.'] });
  });

  it('does not read a list under a sentence that plans nothing as planned care', () => {
    expect(planned('She has taken these before:\n- Iron 65 mg daily, for 2 months')).toEqual({});
  });

  it('reads a frequency and a duration given on separate lines as the two parts', () => {
    const found = planned('Plan of treatment:\n• Visits: twice weekly\n• Length of treatment: 10 weeks\n• Home program daily');
    expect(found['doc.frequency']).toEqual(['• Visits: twice weekly']);
    expect(found['doc.duration']).toEqual(['• Length of treatment: 10 weeks']);
    expect(found['doc.frequencyDuration']).toBeUndefined();
  });

  it('reads both in one sentence as frequency and duration together', () => {
    expect(planned('Because the home program did not help, I recommend therapy three times a week for 8 weeks.')).toEqual({
      'doc.frequencyDuration': ['Because the home program did not help, I recommend therapy three times a week for 8 weeks.'],
    });
    expect(planned('Pain 3/10 today.\n\nPlan:\nGait training and balance work, 3x/wk for 5 more weeks.')['doc.frequencyDuration']).toHaveLength(1);
    expect(planned('Pain 3/10 today.\n\nImpression and plan:\nLumbar strain; stabilization work 2x/wk for 4 wks.')['doc.frequencyDuration']).toHaveLength(1);
  });

  it('reads the frequency of care for a symptom, though it follows the symptom', () => {
    expect(planned('Please approve massage for neck pain 2x per week for 6 weeks.')['doc.frequencyDuration']).toHaveLength(1);
  });

  it('reads a duration alone only when the words look ahead to the care', () => {
    expect(planned('We ask that she continue for another 4 weeks of care.')).toEqual({ 'doc.duration': ['We ask that she continue for another 4 weeks of care.'] });
    expect(planned('Massage therapy was helpful for 6 months.')).toEqual({});
  });

  it('does not read earlier care, symptoms or how long a problem has lasted', () => {
    expect(planned('She had physical therapy 3x/week for 6 weeks in 2024 with no change.')).toEqual({});
    expect(planned('He has been attending therapy twice a week for 6 weeks.')).toEqual({});
    expect(planned('He attended physical therapy twice weekly for 8 weeks with partial relief.')).toEqual({});
    expect(planned('Massage sessions once a week for 3 months without lasting benefit.')).toEqual({});
    expect(planned('Pain has persisted for 3 months despite therapy.')).toEqual({});
    expect(planned('Her migraines occur 3 times per week and last for hours.')).toEqual({});
    expect(planned('Client continues to report panic attacks about twice a week, down from daily at intake.')).toEqual({});
    expect(planned('She works 5 days a week at a care home and lifts residents.')).toEqual({});
    expect(planned('She will work on balance in therapy 2x/week.')['doc.frequency']).toHaveLength(1);
    expect(planned('Treatment so far:\nchiropractic care 2x/week for 4 weeks, which gave no relief.')).toEqual({});
  });
});

describe('frequency and duration under their own headings', () => {
  it('takes a "Frequency" section as the frequency and a "Duration" section as the duration', () => {
    const found = prose('Treatment frequency:\n3 sessions weekly\n\nDuration of treatment:\n8 weeks');
    expect(found['doc.frequency']).toBe('3 sessions weekly');
    expect(found['doc.duration']).toBe('8 weeks');
  });

  it('does not take a session\'s length under "Duration:" for the duration of care', () => {
    expect(prose('Client seen for CBT.\nDuration: 53 minutes\nMood improved.')['doc.duration']).toBeUndefined();
  });
});
