/** A prior-authorization request with the services requested as lines. */
import { npi, POS_OPTIONS, type FormDefinition } from './types';

export const priorAuthForm: FormDefinition = {
  kind: 'prior-auth',
  idPrefix: 'pa',
  title: 'Prior authorization request',
  sections: [
    {
      title: 'Member',
      fields: [
        // Planted gap: the member ID is what the payer finds the coverage by (28 TAC §19.1810(a)(5)).
        { name: 'member-id', concept: 'patient.memberId', index: null, type: 'text', value: '', labels: ['Member ID', 'Subscriber ID', 'Member #', "Insured's ID Number"] },
        { name: 'member-name', concept: 'patient.name', index: null, type: 'text', value: 'Placeholder, Robin T', labels: ['Member Name', 'Patient Name', 'Patient'] },
        { name: 'dob', concept: 'patient.dob', index: null, type: 'date', value: '1968-02-14', labels: ['Member DOB', 'Date of Birth', 'DOB'] },
        { name: 'plan', concept: 'payer.name', index: null, type: 'text', value: 'Example Commercial PPO', labels: ['Health Plan', 'Plan Name', 'Payer'] },
      ],
    },
    {
      title: 'Providers',
      fields: [
        { name: 'req-name', concept: 'provider.name', index: null, type: 'text', value: 'Lakeside Massage Therapy', labels: ['Requesting Provider', 'Servicing Provider', 'Provider Name'] },
        { name: 'req-npi', concept: 'provider.npi', index: null, type: 'text', value: npi('124680135'), labels: ['Requesting Provider NPI', 'NPI', 'Servicing NPI'] },
        // Filled, not a planted gap: no prior-authorization request standard asks for the license (the Texas
        // standard form asks the requesting provider's name, NPI and specialty), so an empty box would be no gap.
        { name: 'req-license', concept: 'provider.license', index: null, type: 'text', value: 'MT60012345', labels: ['License #', 'State License', 'License Number'] },
        { name: 'ord-name', concept: 'referring.name', index: null, type: 'text', value: 'Taylor Sample, DO', labels: ['Ordering Physician', 'Referring Provider', 'Ordering / Referring Physician'] },
        { name: 'ord-npi', concept: 'referring.npi', index: null, type: 'text', value: npi('133300077'), labels: ['Ordering NPI', 'Referring NPI'] },
        { name: 'ord-date', concept: 'order.date', index: null, type: 'date', value: '2026-11-10', labels: ['Order Date', 'Referral Date', 'Prescription Date'] },
      ],
    },
    {
      title: 'Clinical information',
      fields: [
        { name: 'dx-a', concept: 'claim.diagnosis', index: 'A', type: 'text', value: 'M79.18', labels: ['Primary Diagnosis', 'Dx 1', 'ICD-10 Code 1', 'Diagnosis A'] },
        { name: 'dx-b', concept: 'claim.diagnosis', index: 'B', type: 'text', value: 'M54.2', labels: ['Secondary Diagnosis', 'Dx 2', 'ICD-10 Code 2', 'Diagnosis B'] },
        { name: 'onset', concept: 'claim.onsetDate', index: null, type: 'date', value: '2026-10-20', labels: ['Onset Date', 'Date of Onset', 'Date of Injury'] },
        { name: 'history', concept: 'doc.history', index: null, type: 'textarea', value: 'Neck and upper back pain for 6 weeks; cannot turn head to drive or sleep more than 4 hours.', labels: ['Clinical History', 'History', 'Chief Complaint'] },
        { name: 'prior-tx', concept: 'doc.alternativesTried', index: null, type: 'textarea', value: '', labels: ['Prior Treatment', 'Previous Therapies', 'Alternatives Tried'] },
        { name: 'necessity', concept: 'doc.necessityStatement', index: null, type: 'textarea', value: 'Massage is medically necessary to reduce muscle spasm so the member can return to driving and full work duty.', labels: ['Medical Necessity', 'Justification', 'Reason for Request'] },
        { name: 'services', concept: 'doc.treatmentPlan', index: null, type: 'textarea', value: 'Therapeutic massage to cervical and thoracic paraspinals with home stretching program.', labels: ['Services Requested', 'Treatment Plan', 'Plan'] },
        { name: 'goals', concept: 'doc.goals', index: null, type: 'textarea', value: 'Within 6 weeks, pain at or below 3/10 and full cervical rotation to drive 30 minutes.', labels: ['Goals', 'Treatment Goals', 'Objectives'] },
        { name: 'freq-dur', concept: 'doc.frequencyDuration', index: null, type: 'text', value: '1 time per week for 6 weeks', labels: ['Frequency and Duration', 'Freq/Dur'] },
      ],
    },
    {
      title: 'Authorization requested',
      fields: [
        { name: 'from', concept: 'auth.from', index: null, type: 'date', value: '2026-11-16', labels: ['Requested Start Date', 'Auth Start', 'Authorized From'] },
        { name: 'to', concept: 'auth.to', index: null, type: 'date', value: '2026-12-28', labels: ['Requested End Date', 'Auth End', 'Authorized To'] },
        { name: 'visits', concept: 'auth.visits', index: null, type: 'text', value: '6', labels: ['Visits Requested', 'Number of Visits Requested', 'Visits Authorized'] },
      ],
    },
  ],
  lines: {
    title: 'Services requested',
    columns: [
      { name: 'code', concept: 'line.procedureCode', type: 'text', labels: ['CPT/HCPCS', 'Procedure Code', 'Service Code'] },
      { name: 'mod', concept: 'line.modifier', type: 'text', labels: ['Modifier', 'Mod'] },
      { name: 'units', concept: 'line.units', type: 'text', labels: ['Units', 'Units Requested'] },
      { name: 'pos', concept: 'line.placeOfService', type: 'select', options: POS_OPTIONS, labels: ['POS', 'Place of Service'] },
    ],
    rows: [
      { code: '97124', mod: 'GP', units: '6', pos: '11 - Office' },
      { code: '97140', mod: 'GP', units: '6', pos: '11 - Office' },
    ],
  },
};
