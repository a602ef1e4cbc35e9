import { describe, expect, it } from 'vitest';
import { splitBlocks } from './blocks';
import { findProseComponents } from './prose';
import { sectionsOf } from './sections-of';

const prose = (text: string) => Object.fromEntries(findProseComponents(text, sectionsOf(splitBlocks(text))).map(({ concept, value, confidence }) => [concept, { value, confidence }]));

describe('findProseComponents', () => {
  it('takes the text under a heading that names the component, surer than a find in the content', () => {
    const found = prose('She cannot lift her child or sit through a workday.\n\nPrior Treatment:\nNSAIDs for 3 months with minimal improvement.');
    expect(found['doc.alternativesTried']).toEqual({ value: 'NSAIDs for 3 months with minimal improvement.', confidence: 0.85 });
    expect(found['doc.functionalLimitation']?.confidence).toBeLessThan(0.85);
  });

  it('keeps a component that is there in part, so the check can say what it lacks', () => {
    expect(prose('Goals:\nReduce pain and improve function.')['doc.goals']?.value).toBe('Reduce pain and improve function.');
  });

  it('keeps a goals heading that gives the timeframe ("Long-Term Goals (8 weeks):") with its goals', () => {
    expect(prose('Long-Term Goals (8 weeks):\n1. Ambulate 1000 ft without assistive device.')['doc.longTermGoals']?.value)
      .toBe('Long-Term Goals (8 weeks):\n1. Ambulate 1000 ft without assistive device.');
  });

  it('does not take a section that only denies, or denied content, as the component', () => {
    const found = prose('Prior treatment: None.\n\nFunctional limitations: denies.\n\nThe patient has not tried physical therapy. No history of falls. Denies difficulty sleeping.');
    expect(found['doc.alternativesTried']).toBeUndefined();
    expect(found['doc.functionalLimitation']).toBeUndefined();
    expect(found['doc.history']).toBeUndefined();
  });

  it('reads frequency and duration from the planned care, not from symptoms or earlier treatment', () => {
    const found = prose('She has headaches 4 days per week and took ibuprofen for 4 weeks without relief.\n\nThe proposed plan is 3 visits per week for 4 weeks.');
    expect(found['doc.frequencyDuration']?.value).toBe('The proposed plan is 3 visits per week for 4 weeks.');
    expect(prose('She has headaches 4 days per week for 3 months.')['doc.frequencyDuration']).toBeUndefined();
  });

  it('reads the history from what the patient has had and since when, not from a denial', () => {
    expect(prose('He has chronic myofascial pain of the neck after a 2023 work injury.')['doc.history']?.value)
      .toBe('He has chronic myofascial pain of the neck after a 2023 work injury.');
    expect(prose('She has no history of falls.')['doc.history']).toBeUndefined();
  });

  it('gathers equally sure finds from several paragraphs into one value', () => {
    const found = prose('He is unable to climb stairs.\n\nShe reports he has missed 4 workdays this month.');
    expect(found['doc.functionalLimitation']?.value).toBe('He is unable to climb stairs. She reports he has missed 4 workdays this month.');
  });

  it('reads a request for a treatment as the treatment plan, and a stated expectation as the expected outcome', () => {
    const found = prose('I am requesting authorization for 12 visits of chiropractic care. We expect her to return to full duty.');
    expect(found['doc.treatmentPlan']?.value).toBe('I am requesting authorization for 12 visits of chiropractic care.');
    expect(found['doc.expectedOutcome']?.value).toBe('We expect her to return to full duty.');
  });

  it('reads a measured change since care began as progress, and the goals from the goals section', () => {
    const found = prose('Progress:\nOver 10 sessions her PHQ-9 dropped from 18 to 11 and she sleeps 6 hours a night within 8 weeks of starting.\n\nGoals:\nFeel less anxious; sleep better.');
    expect(found['doc.progress']?.value).toContain('PHQ-9 dropped from 18 to 11');
    expect(found['doc.goals']?.value).toBe('Feel less anxious; sleep better.');
  });

  it('reads a note that says the patient is progressing, or has not progressed, as progress', () => {
    expect(prose('Assessment: Client is steadily progressing; walking distance up to 400 ft since the last visit.')['doc.progress']).toBeDefined();
    expect(prose('Knee flexion is better by 15 degrees since the initial evaluation.')['doc.progress']).toBeDefined();
    expect(prose('Re-exam findings. Assessment: slowly improving; lumbar flexion up 20 degrees since the initial exam.')['doc.progress']).toBeDefined();
    expect(prose('The patient is not progressing as expected and will be referred back.')['doc.progress']).toBeDefined();
  });

  it('does not read a plan to progress exercises or a history of an injury as progress', () => {
    expect(prose('Plan: progress resistance and continue progressing the home program.')['doc.progress']).toBeUndefined();
    expect(prose('Pain has been constant since the accident in May.')['doc.progress']).toBeUndefined();
  });

  it('does not read a goal\'s target ("reduced to 1 per week by week 8") as progress, but a measured change is', () => {
    expect(prose('Goals:\n- Migraines reduced to 2 per month by week 10\n- Sit 1 hour at work')['doc.progress']).toBeUndefined();
    expect(prose('Progress toward goals:\nMigraines reduced to 2 per month since intake.')['doc.progress']).toBeDefined();
  });

  it('reads goals said in prose ("with the goal of", "so that she can"), for the checks to judge', () => {
    expect(prose('Care will continue for 4 more weeks with the goal of full shoulder motion.')['doc.goals']?.value).toContain('with the goal of full shoulder motion');
    expect(prose('Please approve 8 visits so that he can climb the stairs to his apartment by March.')['doc.goals']).toBeDefined();
    expect(prose('She fell so that she could not get up for an hour.')['doc.goals']).toBeUndefined();
  });

  it('does not read a goal under a goals heading as a limitation', () => {
    const found = prose('Short-term goals (4 wks):\n1. Ambulate 300 ft with rolling walker, supervision.\n2. Climb 3 steps with one rail.');
    expect(found['doc.functionalLimitation']).toBeUndefined();
  });

  it('leaves the label a found sentence\'s line opens with out of the value', () => {
    const found = prose('Current level of function: Ambulates 100 ft with a walker and is unable to climb stairs without help.');
    expect(found['doc.functionalLimitation']?.value).toBe('Ambulates 100 ft with a walker and is unable to climb stairs without help.');
    // A clause before a colon is what the sentence says, not a label.
    expect(prose('Patient is progressing: pain down from 7/10 to 4/10 since the evaluation.')['doc.progress']?.value).toMatch(/^Patient is progressing:/);
  });

  it('reads how the problem began, since when, how long and how often as the history', () => {
    expect(prose('She slipped and fell on ice in January and has had wrist pain since.')['doc.history']).toBeDefined();
    // A dated event the patient had, in a sentence that opens with who the writer is.
    expect(prose('I am the treating speech-language pathologist for Odile Marsh, who had a right MCA stroke on 02/09/2027 and now has aphasia.')['doc.history']?.value)
      .toContain('had a right MCA stroke on 02/09/2027');
    expect(prose('He experienced a concussion in a fall from a ladder in May.')['doc.history']).toBeDefined();
    expect(prose('She has not had a stroke or a seizure.')['doc.history']).toBeUndefined();
    expect(prose('Hx: MVC 3/2025 with whiplash.\nPlan: cervical stabilization.')['doc.history']?.value).toContain('MVC 3/2025');
    expect(prose('Back pain for the past 18 months, worse when standing at the register.')['doc.history']).toBeDefined();
    expect(prose('Her migraines come three to four days a month and last into the night.')['doc.history']).toBeDefined();
    expect(prose('Symptom onset in March 2026 after moving house.')['doc.history']).toBeDefined();
    expect(prose('He has aching in both knees most days of the week.')['doc.history']).toBeDefined();
    expect(prose('She has been under my care for lupus since 2023.')['doc.history']).toBeDefined();
    expect(prose('Tomas has had plantar fasciitis of the right foot (M72.2) for 9 months.')['doc.history']).toBeDefined();
  });

  it('does not take a goal, a request or a denied symptom as the history', () => {
    expect(prose('Goal: reduce migraines to 1 day a month within 12 weeks.')['doc.history']).toBeUndefined();
    expect(prose('Massage for low back pain for 12 weeks is requested.')['doc.history']).toBeUndefined();
    expect(prose('No headaches for 2 weeks now.')['doc.history']).toBeUndefined();
    expect(prose('She has had no migraines since starting massage.')['doc.history']).toBeUndefined();
    expect(prose('The injection gave pain relief for 6 weeks.')['doc.history']).toBeUndefined();
    // The goal's own words say nothing of a goal; its label does.
    const letter = 'He has had headaches three times a week since the accident in 2024.\nGoal: headache frequency to once a week or less by February 2027.';
    expect(prose(letter)['doc.history']?.value).toBe('He has had headaches three times a week since the accident in 2024.');
    expect(prose('Target: headaches once a week or less.\nHeadaches four days a week since May.')['doc.history']?.value).toBe('Headaches four days a week since May.');
  });

  it('reads a heading that names the history and the limitation as both', () => {
    const found = prose('Background and impact on daily life:\nShoulder pain for 5 months; cannot lift her toddler or reach a high shelf.');
    expect(found['doc.history']?.value).toContain('Shoulder pain for 5 months');
    expect(found['doc.functionalLimitation']?.value).toContain('cannot lift her toddler');
  });

  it('keeps the timeframe a goals label gives, inline or on its own line', () => {
    expect(prose('Pain 6/10.\n\nTreatment goals by week 8: walk 1,000 ft without a cane.')['doc.goals']?.value).toContain('by week 8');
    const onItsOwn = prose('Pain 6/10.\n\nGoals over the next 10 weeks:\n- reach the top kitchen shelf with the left arm\n- lift 15 lb from floor to waist');
    expect(onItsOwn['doc.goals']?.value).toContain('next 10 weeks');
  });

  it('takes a goal stated as one under a progress heading', () => {
    const found = prose('Pain 4/10.\n\nProgress toward goals:\n- Goal: stand 30 minutes at the counter within 4 weeks - progressing, now 15 minutes.');
    expect(found['doc.goals']?.value).toContain('stand 30 minutes');
  });

  it('reads the goal and objective of every row of a treatment plan\'s table, not the first row only', () => {
    const plan = [
      'Problem: Insomnia; Goal: Sleep through the night; Objective: 6 hours of sleep on 5 of 7 nights within 8 weeks; Intervention: CBT-I',
      'Problem: Worry; Goal: Spend less time worrying; Objective: worry episodes from daily to 2 a week or fewer by 03/2027; Intervention: worry postponement',
      'Problem: Work; Goal: Return to full shifts; Objective: work 4 full shifts a week for 4 consecutive weeks; Intervention: graded return',
    ].join('\n');
    const goals = prose(plan)['doc.goals']?.value ?? '';
    expect(goals).toContain('6 hours of sleep on 5 of 7 nights within 8 weeks');
    expect(goals).toContain('worry episodes from daily to 2 a week');
    expect(goals).toContain('work 4 full shifts a week');
    expect(goals).not.toContain('CBT-I');
  });

  it('does not read a SOAP note\'s "Objective:" findings as goals', () => {
    const note = 'Subjective: pain 6/10 after work.\nObjective: shoulder flexion 110 degrees, strength 4-/5.\nAssessment: improving.\nGoal: reach overhead shelf.';
    expect(prose(note)['doc.goals']?.value ?? '').not.toContain('110 degrees');
  });

  it('does not read a goal reported on ("Goal 1: met") as a goal set', () => {
    expect(prose('Problem: Pain; Goal 1: met; Intervention: home program\nProblem: Sleep; Goal 2: partially met; Intervention: sleep hygiene')['doc.goals']).toBeUndefined();
  });

  it('reads a change the patient has made from one level to another as progress', () => {
    expect(prose('Since March he has progressed from a walker to a single-point cane indoors.')['doc.progress']?.value)
      .toContain('progressed from a walker to a single-point cane');
    expect(prose('She has moved from two-word phrases to full sentences with cues.')['doc.progress']).toBeDefined();
  });

  it('leaves the next column\'s label and value out of a section read from a form laid out in columns', () => {
    const form = 'Dx:        M75.101  Rotator cuff tear, right,      Onset:       04/02/2027\n           not specified as traumatic\n';
    const value = prose(form)['doc.diagnosisText']?.value ?? '';
    expect(value).toContain('Rotator cuff tear, right,');
    expect(value).toContain('not specified as traumatic');
    expect(value).not.toContain('Onset');
  });
});
