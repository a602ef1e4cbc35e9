/** A professional claim (CMS-1500 content): 4 diagnosis slots and 4 service lines. */
import { npi, POS_OPTIONS, SEX_OPTIONS, type FormDefinition } from './types';

const DX_LABELS = (n: number, letter: string) => [`Diagnosis ${letter}`, `Dx ${n}`, `ICD-10 Code ${n}`, `${letter}. ICD-10-CM`, `Diagnosis Code ${n}`];

export const claimForm: FormDefinition = {
  kind: 'claim',
  idPrefix: 'clm',
  title: 'Professional claim',
  sections: [
    {
      title: 'Patient and insured',
      fields: [
        { name: 'member-id', concept: 'patient.memberId', index: null, type: 'text', value: 'ZXW900112233', labels: ['Subscriber ID', 'Member #', "Insured's ID Number", 'Member ID'] },
        { name: 'patient-name', concept: 'patient.name', index: null, type: 'text', value: 'Testcase, Avery Q', labels: ["Patient's Name (Last, First, MI)", 'Patient Name', 'Patient'] },
        { name: 'dob', concept: 'patient.dob', index: null, type: 'date', value: '1981-04-09', labels: ['DOB', 'Birth Date', "Patient's Birth Date", 'Date of Birth'] },
        { name: 'sex', concept: 'patient.sex', index: null, type: 'select', value: 'Female', options: SEX_OPTIONS, labels: ['Sex', 'Gender'] },
        { name: 'payer', concept: 'payer.name', index: null, type: 'text', value: 'Example Health Plan', labels: ['Payer', 'Insurance Carrier', 'Plan Name', 'Insurance'] },
        { name: 'group', concept: 'insured.groupNumber', index: null, type: 'text', value: 'GRP-40417', labels: ['Group Number', "Insured's Policy Group or FECA Number", 'Group #'] },
        { name: 'account', concept: 'patient.accountNumber', index: null, type: 'text', value: 'ACCT-7781', labels: ['Patient Account No.', 'Chart #', 'Account Number'] },
      ],
    },
    {
      title: 'Condition and referral',
      fields: [
        { name: 'onset', concept: 'claim.onsetDate', index: null, type: 'date', value: '2026-10-02', labels: ['Date of Current Illness', 'Onset Date', 'Date of Injury'] },
        { name: 'referring-name', concept: 'referring.name', index: null, type: 'text', value: '', labels: ['Referring Provider', 'Name of Referring Provider', 'Ordering Physician'] },
        { name: 'referring-npi', concept: 'referring.npi', index: null, type: 'text', value: npi('198765432'), labels: ['Referring NPI', '17b. NPI', 'Referring Provider NPI'] },
        { name: 'icd-ind', concept: 'claim.icdIndicator', index: null, type: 'text', value: '0', labels: ['ICD Ind.', 'ICD Indicator'] },
        { name: 'dx-a', concept: 'claim.diagnosis', index: 'A', type: 'text', value: 'M54.50', labels: DX_LABELS(1, 'A') },
        { name: 'dx-b', concept: 'claim.diagnosis', index: 'B', type: 'text', value: 'M62.830', labels: DX_LABELS(2, 'B') },
        { name: 'dx-c', concept: 'claim.diagnosis', index: 'C', type: 'text', value: 'M25.511', labels: DX_LABELS(3, 'C') },
        { name: 'dx-d', concept: 'claim.diagnosis', index: 'D', type: 'text', value: 'R26.89', labels: DX_LABELS(4, 'D') },
        // Filled, not a planted gap: no sourced rule says this payer needs authorization, so an empty box 23 is
        // "can't tell" (cms1500-basics prior-auth-number), never a gap to catch.
        { name: 'prior-auth', concept: 'claim.priorAuthNumber', index: null, type: 'text', value: 'EHP2611040187', labels: ['Prior Authorization Number', 'Auth #', 'Referral/Auth Number', 'Authorization No.'] },
      ],
    },
    {
      title: 'Billing provider',
      fields: [
        { name: 'provider-name', concept: 'provider.name', index: null, type: 'text', value: 'Riverbend Physical Therapy', labels: ['Rendering Provider', 'Provider', 'Billing Provider Name'] },
        { name: 'provider-npi', concept: 'provider.npi', index: null, type: 'text', value: npi('123456789'), labels: ['Billing Provider NPI', 'NPI', '33a. NPI'] },
        { name: 'tax-id', concept: 'provider.taxId', index: null, type: 'text', value: '91-0000001', labels: ['Federal Tax I.D. Number', 'EIN', 'SSN/EIN'] },
      ],
    },
  ],
  lines: {
    title: 'Service lines',
    columns: [
      { name: 'from', concept: 'line.dateFrom', type: 'date', labels: ['DOS From', 'Date of Service', 'Service Date', 'From'] },
      { name: 'to', concept: 'line.dateTo', type: 'date', labels: ['DOS To', 'To', 'Through'] },
      { name: 'pos', concept: 'line.placeOfService', type: 'select', options: POS_OPTIONS, labels: ['POS', 'Place of Service'] },
      { name: 'code', concept: 'line.procedureCode', type: 'text', labels: ['CPT/HCPCS', 'Procedure Code', 'Service Code'] },
      { name: 'mod', concept: 'line.modifier', type: 'text', labels: ['Modifier', 'Mod 1', 'Mod'] },
      { name: 'ptr', concept: 'line.diagnosisPointer', type: 'text', labels: ['Diagnosis Pointer', 'Dx Ptr', 'ICD Pointer'] },
      { name: 'charges', concept: 'line.charges', type: 'text', labels: ['Charges', '$ Charges', 'Fee'] },
      { name: 'units', concept: 'line.units', type: 'text', labels: ['Units', 'Days or Units', 'Qty'] },
      { name: 'npi', concept: 'line.renderingNpi', type: 'text', labels: ['Rendering NPI', '24J NPI', 'Rendering Provider ID'] },
    ],
    rows: [
      { from: '2026-11-02', to: '2026-11-02', pos: '11 - Office', code: '97110', mod: 'GP', ptr: 'A', charges: '120.00', units: '2', npi: npi('123456789') },
      { from: '2026-11-02', to: '2026-11-02', pos: '11 - Office', code: '97140', mod: 'GP', ptr: 'AB', charges: '65.00', units: '1', npi: npi('123456789') },
      { from: '2026-11-04', to: '2026-11-04', pos: '11 - Office', code: '97112', mod: 'GP', ptr: 'C', charges: '70.00', units: '', npi: npi('123456789') },
      { from: '2026-11-04', to: '2026-11-04', pos: '11 - Office', code: '97530', mod: 'GP', ptr: 'D', charges: '75.00', units: '1', npi: npi('123456789') },
    ],
  },
};
