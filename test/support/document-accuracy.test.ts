/**
 * The document scorer counts what a reader gets wrong: a test that could not fail would let the accuracy bar
 * pass on a reader that reads nothing.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentComponent } from '../../rules/document/types';
import type { Finding } from '../../rules/schema';
import { documentThresholdFailures, scoreReading, type DocumentTruth } from './document-accuracy';

const TRUTH: DocumentTruth = {
  describes: 'test', kind: 'letter-of-medical-necessity', payer: 'hsa-fsa', service: 'massage', asOf: '2026-11-20',
  components: [
    { concept: 'patient.name', index: null, value: 'Miriam A. Castellanos' },
    { concept: 'claim.diagnosis', index: 'A', value: 'M54.50' },
    { concept: ['doc.frequency', 'doc.frequencyDuration'], index: null, value: 'once a week' },
    { concept: ['line.minutes'], value: '60', optional: true },
  ],
  absent: ['doc.alternativesTried'],
  gaps: ['lmn-core/alternatives-tried'],
};

function component(concept: string, value: string, confidence = 0.9, index: DocumentComponent['index'] = null): DocumentComponent {
  return { concept: concept as DocumentComponent['concept'], index, value, evidence: value, span: { start: 0, end: value.length }, confidence };
}

function finding(checklistId: string, ruleId: string, status: Finding['status'], concept: string | null = null): Finding {
  return {
    ruleId, checklistId, title: ruleId, status, severity: 'serious', concept: concept as Finding['concept'], index: null, fieldKey: null,
    message: `${ruleId} ${status}`, why: '', fix: '', source: '', citation: { policy: 'p', url: 'https://example.org/', date: '2026-01-01' },
  };
}

describe('scoreReading', () => {
  it('counts a right reading right: names written shorter, any of the concepts, the absent one left out', () => {
    const score = scoreReading('letter.txt', TRUTH, [
      component('patient.name', 'Miriam A. Castellanos'),
      component('patient.name', 'Miriam Castellanos', 0.85),
      component('claim.diagnosis', 'M54.50', 0.95, 'A'),
      component('doc.frequencyDuration', 'medical massage once a week for 12 weeks', 0.7),
      component('line.minutes', '60', 0.9, 1),
    ], [finding('lmn-core', 'alternatives-tried', 'fail', 'doc.alternativesTried'), finding('lmn-core', 'patient-name', 'pass')], true);
    expect(score).toMatchObject({ expected: 4, right: 4, confidentWrong: 0, planted: 1, caught: 1, falseAlarms: 0, choice: 'certain' });
    expect(score.misses).toEqual([]);
    expect(documentThresholdFailures(Array.from({ length: 12 }, () => score))).toEqual([]);
  });

  it('counts a miss, a wrong index, a confident look-alike, a negation read as present, an uncaught gap and a false alarm', () => {
    const score = scoreReading('letter.txt', TRUTH, [
      component('claim.diagnosis', 'M54.50', 0.95, 'B'),
      component('claim.diagnosis', '5450', 0.9, 'A'),
      component('doc.alternativesTried', 'No prior treatment was tried.', 0.6),
      component('line.minutes', '45', 0.9, 1),
    ], [finding('lmn-core', 'alternatives-tried', 'cantTell'), finding('lmn-core', 'patient-name', 'fail', 'patient.name')], false);
    expect(score).toMatchObject({ expected: 4, right: 0, confidentWrong: 3, planted: 1, caught: 0, falseAlarms: 1, choice: 'asked' });
    expect(score.misses.join('\n')).toMatch(/component patient\.name: want "Miriam A\. Castellanos", not read/);
    expect(score.misses.join('\n')).toMatch(/absent doc\.alternativesTried read as present/);
    expect(score.misses.join('\n')).toMatch(/gap not caught lmn-core\/alternatives-tried: cantTell/);
    expect(score.misses.join('\n')).toMatch(/false alarm lmn-core\/patient-name/);
    expect(documentThresholdFailures(Array.from({ length: 12 }, () => score))).toHaveLength(4);
  });
});
