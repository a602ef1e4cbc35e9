import { describe, expect, it } from 'vitest';
import { labelledValues, nameBeforeBirthDate, nameInReLine, namesAField, periodUnderHeading } from './labels';

const values = (line: string) => labelledValues(line, 0, line.length).map(({ concept, value }) => [concept, value]);

describe('labelledValues', () => {
  it('reads each part of a RE line by its label, up to the next label', () => {
    expect(values('RE: Jane Doe, DOB 03/30/1986, Member ID XYZ123456')).toEqual([
      ['patient.dob', '03/30/1986'],
      ['patient.memberId', 'XYZ123456'],
    ]);
  });

  it('leaves the dot or bullet between columns out of the value ("Patient: Lena Haugland · DOB …")', () => {
    expect(values('Patient: Lena Haugland · DOB 06/02/1995 · Member # ZRB440918827')).toEqual([
      ['patient.name', 'Lena Haugland'],
      ['patient.dob', '06/02/1995'],
      ['patient.memberId', 'ZRB440918827'],
    ]);
  });

  it('reads a bare "Start:" / "End:" only before a clock time', () => {
    expect(values('Date of session: 11/24/2026   Start: 4:02 PM  End: 4:55 PM')).toEqual([
      ['visit.date', '11/24/2026'], ['visit.startTime', '4:02 PM'], ['visit.endTime', '4:55 PM'],
    ]);
    expect(values('Start of care: 11/10/2026')).toEqual([['cert.startDate', '11/10/2026']]);
    expect(values('End: patient left early')).toEqual([]);
  });

  it('reads "Plan:" as the payer only when it names an insurer or a plan type, never a SOAP plan', () => {
    expect(values('Patient: Harold Vance   DOB 03/03/1948   Plan: UnitedHealthcare Medicare Advantage (PPO)')).toEqual([
      ['patient.name', 'Harold Vance'], ['patient.dob', '03/03/1948'], ['payer.name', 'UnitedHealthcare Medicare Advantage (PPO)'],
    ]);
    expect(values('Primary: Medicare Part B')).toEqual([['payer.name', 'Medicare Part B']]);
    expect(values('Plan: Continue POC 2x/wk; progress report due next visit')).toEqual([]);
    expect(values('Plan: monitor health status, HEP')).toEqual([]);
  });

  it('reads "Signed" before a date mid-line as the writer signing, not a blank signature line', () => {
    expect(values('Therapist: Lena Ortiz, OTR/L   NPI 1093817283   Signed 11/10/2026')).toContainEqual(['provider.signature', '11/10/2026']);
    expect(values('Physician certification: ______   Date: ______')).toEqual([]);
  });

  it('reads the insurer named just before a member ID in a sentence, and nothing from a name that is no insurer\'s', () => {
    expect(values('for Ines Varga (DOB 02/03/1961, Cigna member U4419023)')).toContainEqual(['payer.name', 'Cigna']);
    expect(values('her Blue Cross Blue Shield of Vermont member ID XVT88120')).toContainEqual(['payer.name', 'Blue Cross Blue Shield of Vermont']);
    expect(values('for Ines Varga, member ID U4419023').some(([concept]) => concept === 'payer.name')).toBe(false);
    expect(values('Harbor Rehab Group member 8812003').some(([concept]) => concept === 'payer.name')).toBe(false);
    expect(values('Policy number: GX-2027-55102 (State Farm, auto PIP)')).toContainEqual(['payer.name', 'State Farm']);
    expect(values('Member ID: W8812003 (see attached card)').some(([concept]) => concept === 'payer.name')).toBe(false);
  });

  it('reads the dates requested at the end of a "Requested services" line, or under such a heading', () => {
    expect(values('Requested services: 97124, 2 units per visit, 12 visits, 11/25/2026 – 02/15/2027')).toEqual([['cert.period', '11/25/2026 – 02/15/2027']]);
    expect(values('Requested services: 97124 massage therapy, 12 visits')).toEqual([]);
    expect(periodUnderHeading('Requested services', '97124, 12 visits, 11/25/2026 – 02/15/2027')?.value).toBe('11/25/2026 – 02/15/2027');
    expect(periodUnderHeading('Prior treatment', 'PT from 01/05/2026 to 03/01/2026')).toBeNull();
  });

  it('takes only the kind of value a label promises', () => {
    expect(values('DOB: unknown')).toEqual([]);
    expect(values('Member ID: see card')).toEqual([]);
    expect(values('NPI: 12345')).toEqual([]);
    expect(values('License: OR MD12345')).toEqual([['provider.license', 'OR MD12345']]);
  });

  it('reads "Date:", "To:" and "Patient:" only at the start of a line with a colon', () => {
    expect(values('Date: March 3, 2026')).toEqual([['lmn.date', 'March 3, 2026']]);
    expect(values('To: Aetna Utilization Management')).toEqual([['payer.name', 'Aetna Utilization Management']]);
    expect(values('Patient: Jane Doe')).toEqual([['patient.name', 'Jane Doe']]);
    expect(values('I spoke to the patient on the date we met.')).toEqual([]);
    expect(values('Patient: tolerated manual therapy without increase in pain')).toEqual([]);
    expect(values('Client: 45 y/o female referred by PCP')).toEqual([]);
    expect(values('Patient: She reports less pain on stairs')).toEqual([]);
    expect(values('Patient: OYELOWO, KEMI')).toEqual([['patient.name', 'OYELOWO, KEMI']]);
    expect(values('Client: Brandt')).toEqual([['patient.name', 'Brandt']]);
  });

  it('reads an HSA or FSA administrator as the payer', () => {
    expect(values('HSA Administrator: HealthEquity')).toEqual([['payer.name', 'HealthEquity']]);
  });

  it('reads when the plan was sent to the physician and when it was recertified', () => {
    expect(values('Plan of care faxed to physician on: 07/08/2026')).toEqual([['cert.sentDate', '07/08/2026']]);
    expect(values('POC sent: 07/08/2026')).toEqual([['cert.sentDate', '07/08/2026']]);
    expect(values('Recertified on 09/28/2026')).toEqual([['cert.recertDate', '09/28/2026']]);
    expect(values('Recertification due: 01/01/2027')).toEqual([]);
  });

  it('names the date by its label: service, onset, start of care, signature', () => {
    expect(values('Date of service: 11/20/2026')).toEqual([['visit.date', '11/20/2026']]);
    expect(values('Date of injury: 01/05/2025')).toEqual([['claim.onsetDate', '01/05/2025']]);
    expect(values('Start of care: 2026-10-01')).toEqual([['cert.startDate', '2026-10-01']]);
    expect(values('Date signed: 11/21/2026')).toEqual([['provider.signatureDate', '11/21/2026']]);
    expect(values('Certification period: 10/01/2026 - 12/29/2026')).toEqual([['cert.period', '10/01/2026 - 12/29/2026']]);
  });

  it('reads a member ID under the names HSA, FSA and plan administrators give it', () => {
    expect(values('Spending Account Participant ID: SPX-0048812')).toEqual([['patient.memberId', 'SPX-0048812']]);
    expect(values('Re: Tobias Lang, FSA account 4410-2281-7')).toEqual([['patient.memberId', '4410-2281-7']]);
    expect(values('Cigna subscriber no. U88210443')).toEqual([['payer.name', 'Cigna'], ['patient.memberId', 'U88210443']]);
    expect(values('ID: QHP-77120043')).toEqual([['patient.memberId', 'QHP-77120043']]);
  });

  it('reads the practice’s own patient number apart from the member ID', () => {
    expect(values('Patient ID: 0048812    Member ID: KX7710221')).toEqual([
      ['patient.accountNumber', '0048812'],
      ['patient.memberId', 'KX7710221'],
    ]);
    expect(values('MRN 55102938')).toEqual([['patient.accountNumber', '55102938']]);
  });

  it('never reads a state and ZIP code as a member ID', () => {
    expect(values('1200 Orchard Lane, Pocatello, ID 83201')).toEqual([]);
    expect(values('77 Main St, Meridian, ID 83642-1234')).toEqual([]);
  });

  it('reads labels that start a column of a line, not only the line', () => {
    expect(values('Client: Ruth Amsel        Ins: Kaiser Permanente')).toEqual([
      ['patient.name', 'Ruth Amsel'],
      ['payer.name', 'Kaiser Permanente'],
    ]);
    expect(values('Seen with the client: she agreed')).toEqual([]);
  });

  it('reads "Pt:" as the patient only when a person’s name follows', () => {
    expect(values('Pt: Vasquez-Moore, Lidia    DOB 2/9/1958')).toEqual([
      ['patient.name', 'Vasquez-Moore, Lidia'],
      ['patient.dob', '2/9/1958'],
    ]);
    expect(values('Pt: tolerated treatment well')).toEqual([]);
    expect(values('PT: 2x/week for 4 weeks')).toEqual([]);
    expect(values('Pt: HEP REVIEWED')).toEqual([]);
  });

  it('reads the insurer’s words for the patient ("Member:", "Insured:") only when a person’s name follows', () => {
    expect(values('Member: Priya Ramanathan')).toEqual([['patient.name', 'Priya Ramanathan']]);
    expect(values('Insured: Dana Cross')).toEqual([['patient.name', 'Dana Cross']]);
    // A plan's name after the same word is no one's name.
    expect(values('Member: Aetna Choice POS II')).toEqual([]);
    expect(values('Beneficiary: Blue Cross Blue Shield PPO')).toEqual([]);
    expect(values('Subscriber: self')).toEqual([]);
  });

  it('reads "Visit:" with a date as the visit’s date, at a line’s or a column’s start, but not the next visit', () => {
    expect(values('Client: Noor Haddad    Visit: 11/28/2026')).toContainEqual(['visit.date', '11/28/2026']);
    expect(values('Encounter: 2026-11-03')).toEqual([['visit.date', '2026-11-03']]);
    expect(values('Next visit: 12/05/2026')).toEqual([]);
    expect(values('Session: 4 of 12')).toEqual([]);
  });

  it('reads a plan’s or report’s own date as the document date, not a letter date', () => {
    expect(values('Report date: 02/03/2027')).toEqual([['doc.date', '02/03/2027']]);
    expect(values('Date of plan: 2027-01-15')).toEqual([['doc.date', '2027-01-15']]);
    expect(values('Letter date: 02/03/2027')).toEqual([['lmn.date', '02/03/2027']]);
    expect(values('Date of letter: 02/03/2027')).toEqual([['lmn.date', '02/03/2027']]);
    expect(values('Dated: February 3, 2027')).toEqual([['lmn.date', 'February 3, 2027']]);
  });

  it('reads the referring physician and their NPI apart from the writer’s', () => {
    expect(values('Referring physician: Dr. Saoirse Flynn, MD    NPI: 1003000126')).toEqual([
      ['referring.name', 'Dr. Saoirse Flynn, MD'],
      ['referring.npi', '1003000126'],
    ]);
    expect(values('Ordering provider NPI: 1003000126')).toEqual([['referring.npi', '1003000126']]);
    expect(values('NPI: 1003000126')).toEqual([['provider.npi', '1003000126']]);
  });

  it('reads a signature label with a date or a name after it, but not a blank one', () => {
    expect(values('Provider: Wen Li, LAc | Signed: 01/12/2027 10:30')).toEqual([
      ['provider.name', 'Wen Li, LAc'],
      ['provider.signature', '01/12/2027 10:30'],
    ]);
    expect(values('Signature: ____________')).toEqual([]);
  });

  it('reads a printed form\'s dot leaders as colons', () => {
    expect(values('Member name ........ Ortega, Lucia M')).toEqual([['patient.name', 'Ortega, Lucia M']]);
    expect(values('Subscriber ID ...... QX5520183')).toEqual([['patient.memberId', 'QX5520183']]);
    expect(values('Birth date … 04/22/1971')).toEqual([['patient.dob', '04/22/1971']]);
  });

  it('reads the requesting or treating provider\'s signature line as the signature, not as a name', () => {
    expect(values('Treating therapist signature: Lee Moss, OT   Date: 10/02/2026')).toEqual([
      ['provider.signature', 'Lee Moss, OT'], ['lmn.date', '10/02/2026'],
    ]);
  });

  it('reads a workers\' comp worker, a child or a student as the patient, and stops a name at a gap of columns', () => {
    expect(values('Injured worker: Sal Ibarra          WC claim #: Z-7781')).toEqual([['patient.name', 'Sal Ibarra'], ['patient.memberId', 'Z-7781']]);
    expect(values('Child: Nia Oduya')).toEqual([['patient.name', 'Nia Oduya']]);
    expect(values('Student name: Ellis Park')).toEqual([['patient.name', 'Ellis Park']]);
  });

  it('reads a workers\' comp claim\'s number as the member ID, never a professional claim\'s own number', () => {
    expect(values('Worker name: Sal Ibarra     L&I claim #: QX40211     Date of injury: 05/02/2027')).toContainEqual(['patient.memberId', 'QX40211']);
    expect(values('Claim #: 2027-00418812').some(([concept]) => concept === 'patient.memberId')).toBe(false);
  });

  it('reads a workers\' comp form\'s attending provider as the physician who directs care, not the writer', () => {
    expect(values('Attending provider: Ada Murai, MD')).toEqual([['referring.name', 'Ada Murai, MD']]);
  });

  it('reads "member" right before an ID as the member ID, in prose too, but not a member\'s name', () => {
    expect(values('(date of birth 05/11/1953, Cigna member U81120934)')).toEqual([['patient.dob', '05/11/1953'], ['payer.name', 'Cigna'], ['patient.memberId', 'U81120934']]);
    expect(values('Member: Priya Shah')).toEqual([['patient.name', 'Priya Shah']]);
    expect(values('a family member 2 days a week')).toEqual([]);
  });

  it('reads a discipline\'s therapist as the provider, but not a clinic\'s address', () => {
    expect(values('Occupational therapist: Rae Kim, OTR/L')).toEqual([['provider.name', 'Rae Kim, OTR/L']]);
    expect(values('Provider: Summit Rehab, 12 Birch St, Helena MT 59601')).toEqual([]);
    expect(values('Therapist: Northside Spine, Billings, MT 59101')).toEqual([]);
  });

  it('gives offsets into the whole text', () => {
    const text = 'Letterhead\nNPI: 1234567893\n';
    const [npi] = labelledValues(text, 11, 26);
    expect(text.slice(npi!.valueSpan.start, npi!.valueSpan.end)).toBe('1234567893');
  });
});

describe('nameBeforeBirthDate', () => {
  const name = (line: string) => nameBeforeBirthDate(line, 0, line.length)?.value ?? null;
  it('reads the name just before a birth date in prose', () => {
    expect(name('I am treating Harriet Osei-Mensah (date of birth 02/09/1961) for a stroke.')).toBe('Harriet Osei-Mensah');
    expect(name('My patient, Tomas Rivera, DOB 4/4/1980, has neck pain.')).toBe('Tomas Rivera');
  });
  it('takes no name from words that are not one', () => {
    expect(name('Please see the attached Progress Notes (DOB verified) for details.')).toBeNull();
    expect(name('Her DOB is 02/09/1961.')).toBeNull();
  });
});

describe('namesAField', () => {
  it('tells a field\'s label from a section\'s name', () => {
    expect(['Health plan', 'Member name', 'Insurance plan', 'NPI'].filter(namesAField)).toEqual(['Health plan', 'Member name', 'Insurance plan', 'NPI']);
    expect(['Plan', 'Treatment plan', 'Goals', 'Frequency'].filter(namesAField)).toEqual([]);
  });
});

describe('nameInReLine', () => {
  it('reads the patient named before the first label', () => {
    const line = 'RE: Jane Doe, DOB 03/30/1986, Member ID XYZ123456';
    expect(nameInReLine(line, 0, line.length)?.value).toBe('Jane Doe');
    const reversed = 'Re: Doe, Jane; DOB 03/30/1986';
    expect(nameInReLine(reversed, 0, reversed.length)?.value).toBe('Doe, Jane');
  });

  it('reads the patient after a subject set off by a dash or colon', () => {
    const appeal = 'Re: Second-level appeal – Marisol Ibáñez, DOB 12/01/1975';
    expect(nameInReLine(appeal, 0, appeal.length)?.value).toBe('Marisol Ibáñez');
    const capitals = 'RE: HALVORSEN, BRIT; DOB 01/30/1990';
    expect(nameInReLine(capitals, 0, capitals.length)?.value).toBe('HALVORSEN, BRIT');
    const subject = 'RE: REQUEST FOR MASSAGE THERAPY, DOB 01/30/1990';
    expect(nameInReLine(subject, 0, subject.length)).toBeNull();
    const forWhom = 'Re: Prior authorization — acupuncture for Mei-Ling Okonjo-Zhang';
    expect(nameInReLine(forWhom, 0, forWhom.length)?.value).toBe('Mei-Ling Okonjo-Zhang');
    const role = 'Re: our client Tomasz Wierzbicki (DOB 01/30/1990)';
    expect(nameInReLine(role, 0, role.length)?.value).toBe('Tomasz Wierzbicki');
    const request = 'Subject: Prior Authorization Request: Kwame Mensah-Boateng (Member ID ZX8812)';
    expect(nameInReLine(request, 0, request.length)?.value).toBe('Kwame Mensah-Boateng');
  });

  it('does not take a subject for a name', () => {
    const condition = 'RE: Treatment of Chronic Pain';
    expect(nameInReLine(condition, 0, condition.length)).toBeNull();
    const titled = 'RE: Medical Necessity - Massage Therapy, DOB 03/30/1986';
    expect(nameInReLine(titled, 0, titled.length)).toBeNull();
    const line = 'RE: request for authorization of massage therapy';
    expect(nameInReLine(line, 0, line.length)).toBeNull();
  });
});
