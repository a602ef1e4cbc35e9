/** A physical-therapy plan of care. */
import { npi, SEX_OPTIONS, type FormDefinition } from './types';

export const planOfCareForm: FormDefinition = {
  kind: 'plan-of-care',
  idPrefix: 'poc',
  title: 'Physical therapy plan of care',
  sections: [
    {
      title: 'Patient',
      fields: [
        { name: 'patient-name', concept: 'patient.name', index: null, type: 'text', value: 'Sample, Jordan R', labels: ['Patient Name', 'Client', 'Patient'] },
        { name: 'dob', concept: 'patient.dob', index: null, type: 'date', value: '1975-07-21', labels: ['DOB', 'Date of Birth', 'Birth Date'] },
        { name: 'sex', concept: 'patient.sex', index: null, type: 'select', value: 'Male', options: SEX_OPTIONS, labels: ['Sex', 'Gender'] },
        { name: 'payer', concept: 'payer.name', index: null, type: 'text', value: 'Example Medicare Advantage', labels: ['Payer', 'Insurance', 'Primary Insurance'] },
        { name: 'member-id', concept: 'patient.memberId', index: null, type: 'text', value: 'QPL77200931', labels: ['Member ID', 'Subscriber ID', 'Policy #', 'Member #'] },
      ],
    },
    {
      title: 'Certification',
      fields: [
        { name: 'soc', concept: 'cert.startDate', index: null, type: 'date', value: '2026-11-02', labels: ['Start of Care', 'SOC Date', 'POC Start'] },
        { name: 'onset', concept: 'claim.onsetDate', index: null, type: 'date', value: '2026-10-12', labels: ['Onset Date', 'Date of Onset', 'Date of Injury'] },
        { name: 'cert-from', concept: 'cert.period', index: null, type: 'date', value: '2026-11-02', labels: ['Certification Period From', 'Cert From', 'Certification Start'] },
        { name: 'cert-to', concept: 'cert.period', index: null, type: 'date', value: '2027-01-30', labels: ['Certification Period Through', 'Cert To', 'Certification End'] },
        { name: 'dx-a', concept: 'claim.diagnosis', index: 'A', type: 'text', value: 'M54.50', labels: ['Primary Diagnosis', 'Dx 1', 'ICD-10 Code 1'] },
        { name: 'dx-b', concept: 'claim.diagnosis', index: 'B', type: 'text', value: 'M62.81', labels: ['Secondary Diagnosis', 'Dx 2', 'ICD-10 Code 2'] },
        { name: 'dx-text', concept: 'doc.diagnosisText', index: null, type: 'textarea', value: 'Low back pain with muscle weakness after lifting injury.', labels: ['Medical Dx / Reason for Intervention', 'Diagnosis Description', 'Treatment Diagnosis'] },
      ],
    },
    {
      title: 'Evaluation and plan',
      fields: [
        { name: 'history', concept: 'doc.history', index: null, type: 'textarea', value: 'Independent with all ADLs and full-time work before the injury; now unable to lift more than 10 lb.', labels: ['Prior Level of Function', 'History', 'Subjective'] },
        { name: 'limitations', concept: 'doc.functionalLimitation', index: null, type: 'textarea', value: 'Unable to sit longer than 20 minutes or stand to cook; pain 7/10 limits walking to 1 block.', labels: ['Functional Limitations', 'Impairments', 'Problems'] },
        { name: 'stg', concept: 'doc.shortTermGoals', index: null, type: 'textarea', value: 'In 3 weeks, patient will sit 45 minutes with pain at or below 3/10.', labels: ['Short Term Goals', 'STG', 'Short-Term Outcomes'] },
        { name: 'ltg', concept: 'doc.longTermGoals', index: null, type: 'textarea', value: 'In 8 weeks, patient will lift 25 lb floor to waist and walk 1 mile without increase in pain.', labels: ['Long Term Goals', 'LTG', 'Long-Term Outcomes'] },
        { name: 'interventions', concept: 'doc.treatmentPlan', index: null, type: 'textarea', value: '', labels: ['Interventions', 'Treatment Plan', 'Plan'] },
        { name: 'frequency', concept: 'doc.frequency', index: null, type: 'text', value: '2 times per week', labels: ['Frequency', 'Visits per Week'] },
        { name: 'duration', concept: 'doc.duration', index: null, type: 'text', value: '8 weeks', labels: ['Duration', 'Number of Weeks', 'Length of Treatment'] },
        { name: 'prognosis', concept: 'doc.expectedOutcome', index: null, type: 'text', value: 'Good rehab potential to meet goals.', labels: ['Rehab Potential', 'Prognosis', 'Expected Outcome'] },
        { name: 'progress', concept: 'doc.progress', index: null, type: 'textarea', value: 'Initial evaluation; baseline measures recorded, progress to be reported at visit 10.', labels: ['Progress Toward Goals', 'Progress', 'Response to Treatment'] },
      ],
    },
    {
      title: 'Signatures',
      fields: [
        { name: 'therapist', concept: 'provider.name', index: null, type: 'text', value: 'Casey Example', labels: ['Therapist', 'Treating Clinician', 'Provider'] },
        { name: 'credentials', concept: 'provider.credentials', index: null, type: 'text', value: 'PT, DPT', labels: ['Credentials', 'Credential'] },
        { name: 'signed', concept: 'provider.signature', index: null, type: 'checkbox', value: '', labels: ['Electronically signed', 'Signature', 'Signed by therapist'] },
        { name: 'sign-date', concept: 'provider.signatureDate', index: null, type: 'date', value: '2026-11-02', labels: ['Date Signed', 'Signature Date'] },
        { name: 'physician', concept: 'referring.name', index: null, type: 'text', value: 'Morgan Placeholder, MD', labels: ['Certifying Physician', 'Referring Provider', 'Physician Name'] },
        { name: 'physician-npi', concept: 'referring.npi', index: null, type: 'text', value: npi('155501234'), labels: ['Physician NPI', 'Referring NPI'] },
        { name: 'cert-date', concept: 'cert.signatureDate', index: null, type: 'date', value: '2026-11-05', labels: ['Physician Signature Date', 'Certified On', 'Date Certified'] },
      ],
    },
  ],
};
