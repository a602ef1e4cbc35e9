// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../rules/schema';
import type { FoundDocument } from '../../utils/fields/collect-fields';
import { pageDocumentOf } from '../../utils/fields/document-regions';
import { readRegionTextSteps } from '../../utils/fields/region-text';
import { runSteps } from '../../utils/fields/steps';
import { marksForFindings, placesInText } from './document-marks';

const failing = (ruleId: string, fieldKey: string) => ({ ruleId, fieldKey, severity: 'serious', status: 'fail', message: ruleId, fix: 'fix it' }) as unknown as Finding;

let found: FoundDocument;

beforeEach(() => {
  document.body.innerHTML = '<div id="ed" contenteditable="true"><p>Request 97124 weekly.</p><p>History of pain.</p><p>Signed.</p></div>';
  const element = document.getElementById('ed')!;
  const mapped = runSteps(readRegionTextSteps(element));
  const region = { element, label: '', text: mapped.text, headings: [], mapped, rendered: false };
  found = { page: pageDocumentOf(region, 0), region };
});

describe('marks for a letter\'s fields', () => {
  it('highlights the words a gap is about, badges where a missing part belongs, and leaves other frames\' keys alone', () => {
    const text = found.page.text;
    const history = text.indexOf('History');
    const spans = {
      'r0-doc.treatmentPlan': { start: 0, end: text.indexOf('.') + 1 },
      'r0-doc.alternativesTried': { start: history + 'History of pain.'.length, end: history + 'History of pain.'.length },
      'r3-other': { start: 0, end: 4 },
    };
    const elements = new Map<string, Element>();
    const places = placesInText([found], spans, elements);
    expect([...places.keys()]).toEqual(['r0-doc.treatmentPlan', 'r0-doc.alternativesTried']);
    const byField = new Map([
      ['r0-doc.treatmentPlan', [failing('frequency', 'r0-doc.treatmentPlan')]],
      ['r0-doc.alternativesTried', [failing('alternatives-tried', 'r0-doc.alternativesTried')]],
    ]);
    const { marks, gapText } = marksForFindings(byField, elements, places);
    expect(gapText.map((gap) => String(gap.range))).toEqual(['Request 97124 weekly.']);
    expect(gapText.map((gap) => gap.severity)).toEqual(['serious']);
    expect(marks.map((mark) => [mark.fieldKey, String(mark.range)])).toEqual([
      ['r0-doc.treatmentPlan', 'Request 97124 weekly.'],
      ['r0-doc.alternativesTried', '.'],
    ]);
    expect(marks[1]!.range!.startContainer.textContent).toBe('History of pain.');
  });

  it('gives fields read from the same words one badge with all their findings', () => {
    const sentence = { start: 0, end: found.page.text.indexOf('.') + 1 };
    const elements = new Map<string, Element>();
    const places = placesInText([found], { 'r0-doc.treatmentPlan': sentence, 'r0-line.procedureCode[1]': sentence }, elements);
    const byField = new Map([
      ['r0-doc.treatmentPlan', [failing('frequency', 'r0-doc.treatmentPlan')]],
      ['r0-line.procedureCode[1]', [failing('massage-alone', 'r0-line.procedureCode[1]')]],
    ]);
    const { marks, gapText } = marksForFindings(byField, elements, places);
    expect(marks.map((mark) => mark.findings.map((finding) => finding.ruleId))).toEqual([['frequency', 'massage-alone']]);
    expect(gapText).toHaveLength(1);
  });
});
