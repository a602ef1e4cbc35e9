import { describe, expect, it } from 'vitest';
import { SAMPLE_LMN, SAMPLE_LMN_WITH_GAPS } from '../testing/sample-letter';
import { COMPONENTS_SOUGHT, readDocument, soughtAgain } from './read-document';
import type { DocumentReading } from './types';

const valueOf = (reading: DocumentReading, concept: string, index: unknown = null) =>
  reading.components.find((component) => component.concept === concept && component.index === index)?.value;

describe('readDocument on a complete letter of medical necessity', () => {
  const reading = readDocument(SAMPLE_LMN, { seek: COMPONENTS_SOUGHT.letter, isDiagnosisCode: (code) => ['M54.16', 'M54.50'].includes(code) });

  it('reads the header: letter date, addressee and the patient from the RE line', () => {
    expect(valueOf(reading, 'lmn.date')).toBe('March 3, 2026');
    expect(valueOf(reading, 'payer.name')).toBe('Aetna Utilization Review');
    expect(valueOf(reading, 'patient.name')).toBe('Jane Doe');
    expect(valueOf(reading, 'patient.dob')).toBe('03/30/1986');
    expect(valueOf(reading, 'patient.memberId')).toBe('XYZ123456');
  });

  it('reads the codes, and not the PO Box, the ZIP codes or the spinal levels', () => {
    expect(valueOf(reading, 'claim.diagnosis', 'A')).toBe('M54.16');
    expect(valueOf(reading, 'claim.diagnosis', 'B')).toBe('M54.50');
    expect(valueOf(reading, 'claim.diagnosis', 'C')).toBeUndefined();
    expect(reading.components.filter((component) => component.concept === 'line.procedureCode').map((component) => component.value)).toEqual(['97124']);
    expect(valueOf(reading, 'line.units', 1)).toBe('2');
    expect(valueOf(reading, 'auth.visits')).toBe('16');
    expect(valueOf(reading, 'claim.onsetDate')).toBe('01/05/2025');
  });

  it('reads the prose components from the sentences that state them', () => {
    expect(valueOf(reading, 'doc.functionalLimitation')).toMatch(/^Ms\. Doe is unable to sit for more than 20 minutes/);
    expect(valueOf(reading, 'doc.alternativesTried')).toMatch(/^She completed 8 weeks of physical therapy/);
    expect(valueOf(reading, 'doc.frequencyDuration')).toMatch(/twice weekly for 8 weeks/);
    expect(valueOf(reading, 'doc.goals')).toMatch(/^reduce pain from 7\/10 to 3\/10 within 8 weeks/);
    expect(valueOf(reading, 'doc.necessityStatement')).toMatch(/medically necessary/);
    expect(valueOf(reading, 'doc.expectedOutcome')).toBe('Her prognosis is good.');
    expect(valueOf(reading, 'doc.treatmentPlan')).toMatch(/^I am requesting authorization for massage therapy/);
  });

  it('reads the signature block: name and credentials apart, NPI, license', () => {
    expect(valueOf(reading, 'provider.name')).toBe('Dana Wu');
    expect(valueOf(reading, 'provider.credentials')).toBe('MD');
    expect(valueOf(reading, 'provider.npi')).toBe('1234567893');
    expect(valueOf(reading, 'provider.license')).toBe('OR MD12345');
    expect(valueOf(reading, 'provider.signature')).toBe('Dana Wu, MD');
  });

  it('quotes every evidence verbatim at its span, and misses nothing it was asked to seek', () => {
    for (const component of reading.components) {
      expect(SAMPLE_LMN.slice(component.span.start, component.span.end)).toBe(component.evidence);
    }
    expect(reading.absent).toEqual([]);
  });

  it('is surer of a "Goals:" heading than of goals found only in the content', () => {
    const goals = reading.components.find((component) => component.concept === 'doc.goals')!;
    const limitation = reading.components.find((component) => component.concept === 'doc.functionalLimitation')!;
    expect(goals.confidence).toBeGreaterThan(limitation.confidence);
  });
});

describe('readDocument under a title heading', () => {
  it('does not read the whole body as the section its title names ("Individual Treatment Plan")', () => {
    const text = '# Individual Treatment Plan\n\nClient: Ellis Park\n\nPresenting problem: panic attacks since May.\n\nSymptoms keep her from driving to work.';
    const reading = readDocument(text);
    expect(reading.components.find((component) => component.concept === 'doc.treatmentPlan')).toBeUndefined();
  });
});

describe('readDocument on a form\'s provider line', () => {
  it('reads the clinician after a clinic and a slash, with credentials apart', () => {
    const reading = readDocument('Provider name: Eastside Hand Clinic / Lee Moss, OTR/L\n');
    expect(reading.components.filter((c) => c.concept.startsWith('provider.')).map((c) => [c.concept, c.value])).toEqual([
      ['provider.credentials', 'OTR/L'], ['provider.name', 'Lee Moss'],
    ]);
  });
});

describe('readDocument on what a letter lacks', () => {
  it('lists the missing alternatives with an anchor after the paragraph they belong after', () => {
    const reading = readDocument(SAMPLE_LMN_WITH_GAPS, { seek: COMPONENTS_SOUGHT.letter });
    expect(reading.absent.map((absent) => absent.concept)).toEqual(['doc.alternativesTried']);
    const anchor = reading.absent[0]!.anchor;
    expect(SAMPLE_LMN_WITH_GAPS.slice(anchor - 40, anchor)).toBe('She has missed 6 workdays in the last two months.'.slice(-40));
  });

  it('anchors a missing signature at the end and a missing date in the header', () => {
    const text = 'Dear Reviewer,\n\nMs. Doe cannot sit for more than 20 minutes because of low back pain.\n';
    const reading = readDocument(text, { seek: ['lmn.date', 'provider.signature'] });
    expect(reading.absent).toEqual([
      { concept: 'lmn.date', anchor: 0 },
      { concept: 'provider.signature', anchor: text.trimEnd().length },
    ]);
  });
});

describe('readDocument and negations', () => {
  const note = [
    'Subjective:',
    'Patient denies difficulty with sleep. No functional limitation reported today. He has not tried physical therapy or injections before.',
    '',
    'Prior treatment: None.',
    '',
    'Medical necessity: not established at this time.',
  ].join('\n');
  const reading = readDocument(note, { seek: ['doc.functionalLimitation', 'doc.alternativesTried', 'doc.necessityStatement'] });

  it('does not take a denied limitation, an untried treatment or "None" as the component', () => {
    expect(reading.absent.map((absent) => absent.concept)).toEqual(['doc.functionalLimitation', 'doc.alternativesTried', 'doc.necessityStatement']);
  });
});

// Speed is the bench's to measure (npm run bench: "letter background read"); these tests hold what is read, and a
// pattern that backtracked without bound on hostile text would never finish them (the test's time limit).
describe('readDocument on long and hostile text', () => {
  it('reads a 3,000-word letter whole: what the short letter has, the long one has too', () => {
    const paragraph = SAMPLE_LMN.split('\n\n').slice(5, 11).join('\n\n');
    const long = `${SAMPLE_LMN}\n\n${Array.from({ length: 16 }, () => paragraph).join('\n\n')}`;
    expect(long.split(/\s+/).length).toBeGreaterThan(3000);
    const found = (text: string) => [...new Set(readDocument(text, { seek: COMPONENTS_SOUGHT.letter }).components.map((component) => component.concept))].sort();
    expect(found(long)).toEqual(found(SAMPLE_LMN));
  });

  it('finishes on one long line of code-like and date-like tokens', () => {
    const hostile = `${'M54.5 97110 03/03/ DOB: NPI: 1 '.repeat(4000)}\n${'a'.repeat(50_000)}`;
    const reading = readDocument(hostile, { seek: COMPONENTS_SOUGHT.letter });
    expect(reading.blocks.length).toBeGreaterThan(0);
  });

  it('stays linear on hostile header and signature lines: long runs after a label, a RE line, a salutation, a signer', () => {
    const lines = [
      `Patient: ${', '.repeat(50_000)}x`,
      `RE: ${'Ab Cd — '.repeat(20_000)}`,
      `Dear x${' '.repeat(100_000)}y,`,
      `Pt: Ab Cd  `.repeat(20_000),
      `Sincerely,\n\n${'Ab Cd, PT, '.repeat(20_000)}`,
    ];
    for (const hostile of lines) {
      expect(readDocument(hostile, { seek: COMPONENTS_SOUGHT.letter }).blocks.length).toBeGreaterThan(0);
    }
  });
});

describe('readDocument and who a letter is to', () => {
  it('takes "To:" for the payer only when it names one', () => {
    const payer = (text: string) => readDocument(text).components.find((component) => component.concept === 'payer.name')?.value;
    expect(payer('To: Regence BlueShield Utilization Management\n\nShe cannot sit for more than 20 minutes.')).toBe('Regence BlueShield Utilization Management');
    expect(payer('To: Dr. Alan Park\n\nShe cannot sit for more than 20 minutes.')).toBeUndefined();
  });
});

describe('readDocument and labels a page marked as headings', () => {
  it('still reads a value from a line marked whole as a heading', () => {
    const text = 'DOB: 03/30/1986\n\nShe cannot sit for more than 20 minutes.';
    const reading = readDocument(text, { headings: [{ start: 0, end: 15 }] });
    expect(reading.blocks[0]?.kind).toBe('heading');
    expect(reading.components.find((component) => component.concept === 'patient.dob')?.value).toBe('03/30/1986');
  });

  it('counts a letter dated only at its signature as dated', () => {
    const text = 'Dear Reviewer,\n\nShe cannot sit for more than 20 minutes.\n\nSincerely,\nDana Wu, MD\nDate: 11/10/2026';
    const reading = readDocument(text, { seek: ['lmn.date'] });
    expect(reading.components.find((component) => component.concept === 'provider.signatureDate')?.value).toBe('11/10/2026');
    expect(reading.absent).toEqual([]);
  });
});

describe('readDocument and dates that are not the letter date', () => {
  it('does not take a birth date, an injury date or a follow-up for the date of an undated letter', () => {
    const text = 'RE: Jane Doe, DOB 03/30/1986\n\nDear Reviewer,\n\nShe injured her back on 01/05/2025 and will be seen again on 12/15/2026.\n\nSincerely,\nDana Wu, MD';
    const reading = readDocument(text, { seek: ['lmn.date'] });
    expect(reading.components.map((component) => [component.concept, component.value])).toEqual(expect.arrayContaining([
      ['patient.dob', '03/30/1986'], ['claim.onsetDate', '01/05/2025'],
    ]));
    expect(reading.components.some((component) => component.concept === 'lmn.date' || component.concept === 'visit.date')).toBe(false);
    expect(reading.absent.map((absent) => absent.concept)).toEqual(['lmn.date']);
  });
});

describe('readDocument and numbers in the letterhead', () => {
  it('does not take a ZIP code in the address for a therapy code', () => {
    const text = 'Harbor PT\n12 Pine St\nPortland 97110\n\nDear Reviewer,\n\nShe needs therapeutic exercise (97110) twice weekly.';
    const codes = readDocument(text).components.filter((component) => component.concept === 'line.procedureCode');
    expect(codes.map((component) => [component.value, component.evidence])).toEqual([['97110', 'She needs therapeutic exercise (97110) twice weekly.']]);
  });
});

describe('readDocument on a letter with no closing', () => {
  const text = 'Goals: rotation from 45° to 70° in 6 weeks.\n\nPrognosis: good.\n\nKelly Brandt, DC\nNPI 1245319599\nSigned 10/28/2026';
  const reading = readDocument(text, { seek: ['doc.necessityStatement', 'provider.signature'] });

  it('reads the signer above a "Signed <date>" line, and the line as the signature', () => {
    const value = (concept: string) => reading.components.find((component) => component.concept === concept)?.value;
    expect([value('provider.name'), value('provider.credentials'), value('provider.signature'), value('provider.signatureDate')])
      .toEqual(['Kelly Brandt', 'DC', 'Signed 10/28/2026', '10/28/2026']);
  });

  it('anchors a missing statement after the last paragraph, not after the signature lines', () => {
    expect(reading.absent).toEqual([{ concept: 'doc.necessityStatement', anchor: text.indexOf('Prognosis: good.') + 'Prognosis: good.'.length }]);
  });
});

describe('readDocument and the date heading a document that is not a letter', () => {
  it('reads the date over a plan with no salutation or closing as the document date, not a letter date', () => {
    const text = 'OCCUPATIONAL THERAPY PLAN OF CARE\nRiverbend Hand Clinic\n03/09/2027\n\nClient: Ines Marchetti\n\nGoals: grip 40 lb within 8 weeks.';
    const dates = readDocument(text).components.filter((component) => component.concept.endsWith('date')).map((component) => [component.concept, component.value]);
    expect(dates).toEqual([['doc.date', '03/09/2027']]);
  });

  it('reads it as the letter date under a title that says letter, with no greeting or closing', () => {
    const text = 'Appeal of Denied Claim\n\n03/09/2027\n\nTo: Moda Health\n\nThe denial of hand therapy for Ines Marchetti should be reversed.';
    expect(readDocument(text).components.find((component) => component.value === '03/09/2027')?.concept).toBe('lmn.date');
  });

  it('still reads the same line over a letter as the letter date', () => {
    const text = 'Riverbend Hand Clinic\n03/09/2027\n\nDear Reviewer,\n\nShe cannot grip a pan.\n\nSincerely,\nIdris Kahn, OTR/L';
    expect(readDocument(text).components.find((component) => component.value === '03/09/2027')?.concept).toBe('lmn.date');
  });
});

describe('readDocument on a print view’s header without a greeting', () => {
  const text = [
    'WILLAMETTE RIVER BODYWORK',
    'Corin Abernathy, LMT · Oregon License 18822 · NPI 1003000126',
    '2150 River Road, Eugene, OR 97404',
    'Letter of Medical Necessity',
    'March 14, 2027',
    'To: Alder Benefit Services, FSA Reimbursement',
    'Re: Ingrid Solvang-Adeyemi, date of birth 10/02/1969, FSA account 7730-1182-04',
    'Condition',
    'Ms. Solvang-Adeyemi has chronic neck pain with muscle spasm and cannot turn her head to reverse the car.',
  ].join('\n');
  const reading = readDocument(text, { headings: [] });
  const read = Object.fromEntries(reading.components.filter(({ concept }) => !concept.startsWith('doc.')).map(({ concept, value }) => [concept, value]));

  it('reads the letter date under the letterhead and title, the addressee, the patient and the member ID', () => {
    expect(read).toMatchObject({
      'lmn.date': 'March 14, 2027',
      'payer.name': 'Alder Benefit Services, FSA Reimbursement',
      'patient.name': 'Ingrid Solvang-Adeyemi',
      'patient.dob': '10/02/1969',
      'patient.memberId': '7730-1182-04',
    });
  });

  it('reads the unsigned letter’s writer from the letterhead, and no signature', () => {
    expect(read).toMatchObject({ 'provider.name': 'Corin Abernathy', 'provider.credentials': 'LMT', 'provider.npi': '1003000126' });
    expect(read['provider.signature']).toBeUndefined();
  });
});

describe('readDocument on a note\'s time', () => {
  it('reads the visit totals and each code\'s minutes wherever the note states them, also last', () => {
    const note = 'Treatment note 09/14/2026\n\nS: Knee stiff after gardening.\n\nNeuro re-ed 97112 x1 (12 min); gait 97116 x2 (26 min).\n\nM. Ortega, PT\nTotal timed minutes: 38\nTotal treatment time: 45 minutes';
    const reading = readDocument(note);
    expect(valueOf(reading, 'line.minutes', 1)).toBe('12');
    expect(valueOf(reading, 'line.minutes', 2)).toBe('26');
    expect(valueOf(reading, 'visit.totalTimedMinutes')).toBe('38');
    expect(valueOf(reading, 'visit.totalTreatmentMinutes')).toBe('45');
  });
});

describe('soughtAgain', () => {
  it('gives the absent list a fresh reading for that kind would give, from the same components', () => {
    const letter = 'November 2, 2026\n\nDear reviewer,\n\nMs. Okoro has neck pain and cannot turn her head to drive.\n\nSincerely,\nDana Wu, PT';
    const first = readDocument(letter, { seek: COMPONENTS_SOUGHT.document });
    const again = soughtAgain(first, COMPONENTS_SOUGHT.letter);
    expect(again).toEqual(readDocument(letter, { seek: COMPONENTS_SOUGHT.letter }));
    expect(again.absent.map(({ concept }) => concept)).toContain('doc.alternativesTried');
    expect(first.absent.map(({ concept }) => concept)).not.toContain('doc.alternativesTried');
  });
});


describe('readDocument and the insurer named beside a member ID', () => {
  it('takes the insurer before a member ID when nothing else names the payer', () => {
    const letter = 'Dear Reviewer,\n\nI treat Ines Varga (DOB 02/03/1961, Cigna member U4419023) for cervical radiculopathy.\n\nSincerely,\nJo Ames, PT\n';
    expect(valueOf(readDocument(letter), 'payer.name')).toBe('Cigna');
  });

  it('keeps the payer a label names in full over the short name beside the ID', () => {
    const letter = 'Insurance: Cigna Healthcare of Arizona\nCigna ID: U4419023\n\nDear Reviewer,\n\nShe needs therapy.\n\nSincerely,\nJo Ames, PT\n';
    expect(valueOf(readDocument(letter), 'payer.name')).toBe('Cigna Healthcare of Arizona');
  });
});
