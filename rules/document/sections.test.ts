import { describe, expect, it } from 'vitest';
import { splitBlocks } from './blocks';
import { sectionConcept, sectionConcepts } from './sections';
import { sectionsOf } from './sections-of';

describe('sectionConcept', () => {
  it('names the concept of the usual section names, the specific before the general', () => {
    expect(sectionConcept('Short-Term Goals')).toBe('doc.shortTermGoals');
    expect(sectionConcept('Goals')).toBe('doc.goals');
    expect(sectionConcept('Prior Treatment')).toBe('doc.alternativesTried');
    expect(sectionConcept('Frequency and Duration')).toBe('doc.frequencyDuration');
    expect(sectionConcept('HISTORY OF PRESENT ILLNESS')).toBe('doc.history');
    expect(sectionConcept('Treatment Plan')).toBe('doc.treatmentPlan');
    expect(sectionConcept('Prognosis')).toBe('doc.expectedOutcome');
    expect(sectionConcept('Diagnosis')).toBe('doc.diagnosisText');
  });

  it('takes "I recommend:" over a list for the treatment asked for, but not a sentence that recommends', () => {
    expect(sectionConcept('I recommend the following:')).toBe('doc.treatmentPlan');
    expect(sectionConcept('We are requesting:')).toBe('doc.treatmentPlan');
    expect(sectionConcept('I recommend that she rest')).toBeNull();
  });

  it('names nothing for a heading it has no concept for, or a sentence', () => {
    expect(sectionConcept('Harbor Physical Therapy')).toBeNull();
    expect(sectionConcept('This letter explains the goals we set for the next three months of her care')).toBeNull();
  });
});

describe('sectionsOf', () => {
  it('groups the blocks under each heading, with the concept the heading names', () => {
    const sections = sectionsOf(splitBlocks('Intro line one\n\nGoals:\n- Walk 500 ft by week 4\n- Sit 30 min by week 3\n\nPlan:\nMassage 2x/week for 8 weeks.'));
    expect(sections.map((section) => [section.heading, section.concept, section.blocks.length])).toEqual([
      [null, null, 1],
      ['Goals', 'doc.goals', 2],
      ['Plan', 'doc.treatmentPlan', 1],
    ]);
  });
});

describe('sectionConcept and document titles', () => {
  it('takes a heading that names the document for a title, not a section', () => {
    expect(sectionConcept('PROGRESS NOTE')).toBeNull();
    expect(sectionConcept('Plan of Care')).toBeNull();
    expect(sectionConcept('Letter of Medical Necessity')).toBeNull();
    expect(sectionConcept('Progress toward goals')).toBe('doc.progress');
  });
});

describe('sectionConcepts', () => {
  it('names each concept a joined heading names, and only those its parts name on their own', () => {
    expect(sectionConcepts('Background & effect on daily activities').sort()).toEqual(['doc.functionalLimitation', 'doc.history']);
    expect(sectionConcepts('History / Limitations').sort()).toEqual(['doc.functionalLimitation', 'doc.history']);
    expect(sectionConcepts('Prior treatment and response')).toEqual(['doc.alternativesTried']);
    expect(sectionConcepts('Frequency and duration')).toEqual(['doc.frequencyDuration']);
    expect(sectionConcepts('Harbor Physical Therapy')).toEqual([]);
  });

  it('knows the shorthand of a clinician\'s note: Hx, Func, and the halves of frequency and duration', () => {
    expect(sectionConcept('Hx')).toBe('doc.history');
    expect(sectionConcept('Func')).toBe('doc.functionalLimitation');
    expect(sectionConcept('Visit frequency')).toBe('doc.frequency');
    expect(sectionConcept('Length of care')).toBe('doc.duration');
    expect(sectionConcept('Prior level of function')).toBe('doc.history');
  });
});
