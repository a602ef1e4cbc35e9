// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Field } from '../../rules/schema';
import { collectFields } from './read-page';
import { MAX_DOCUMENT_TEXT } from './document-text';
import { findByLocator } from './selector';
import { placedFields, type PlacedField } from '../../test/support/placed-fields';

function documentFields(html: string, title = ''): PlacedField[] {
  document.title = title;
  document.body.innerHTML = html;
  return placedFields(collectFields(document)).filter((field) => field.place.kind === 'document');
}

function summary(fields: PlacedField[]): Array<[string, string, string]> {
  return fields.map((field) => [field.label, field.concept, field.value]);
}

beforeEach(() => {
  document.title = '';
  document.body.innerHTML = '';
});

describe('read-only document sections', () => {
  it('takes a wrapped section up to its wrapper, so the last one does not run into the footer', () => {
    const fields = documentFields(`
      <h1>Care Plan (May 2, 2026)</h1>
      <div id="body">
        <div class="section"><div class="title"><h3 id="s1">Goals Section</h3></div>
          <div class="content"><table><tr><th>Goal</th></tr><tr><td>Walk 300 ft</td></tr></table></div></div>
        <div class="section"><div class="title"><h3 id="s2">Interventions Section</h3></div>
          <div class="content"><p>Gait training</p></div></div>
      </div>
      <div id="footer"><table><tr><td>Custodian</td><td>Example HIE</td></tr></table></div>`, 'Care Plan (May 2, 2026)');
    expect(summary(fields)).toEqual([
      ['Goals Section', 'doc.goals', 'Goal\nWalk 300 ft'],
      ['Interventions Section', 'doc.treatmentPlan', 'Gait training'],
    ]);
    expect(findByLocator(document, fields[0]!.place.selector!)?.id).toBe('s1');
  });

  it('runs side-by-side headings to the next heading of the same or higher level; h4 stays inside its h3', () => {
    const fields = documentFields(`
      <h2>Assessment</h2><p>Limited stair climbing.</p><h4>Detail</h4><p>Needs rail.</p>
      <h2>Plan</h2><p>PT 2x/week.</p>`, 'Initial PT evaluation');
    expect(summary(fields)).toEqual([
      ['Assessment', 'doc.functionalLimitation', 'Limited stair climbing.\nDetail\nNeeds rail.'],
      ['Plan', 'doc.treatmentPlan', 'PT 2x/week.'],
    ]);
  });

  it('reads bold lines ending in a colon as headings, and table captions', () => {
    const fields = documentFields(`
      <div><p><b>Short Term Goals:</b></p><ol><li>Independent transfers in 2 weeks</li></ol>
      <p><strong>Rehab Potential:</strong> Good</p>
      <p>Some text with <b>bold words:</b> inside</p></div>
      <table><caption>Frequency</caption><tr><td>2x/week</td></tr></table>`);
    expect(summary(fields)).toEqual([
      ['Short Term Goals', 'doc.shortTermGoals', 'Independent transfers in 2 weeks'],
      ['Rehab Potential', 'doc.expectedOutcome', 'Good'],
      ['Frequency', 'doc.frequency', '2x/week'],
    ]);
  });

  it('leaves a heading over form controls to the form fields, and skips the page title heading', () => {
    const fields = documentFields(`
      <h1>Treatment Plan</h1>
      <h2>Goals</h2><textarea aria-label="Goals"></textarea>
      <h2>Plan</h2><p>Continue.</p>`, 'Treatment Plan');
    expect(summary(fields)).toEqual([['Plan', 'doc.treatmentPlan', 'Continue.']]);
  });

  it('maps section headings to documentation concepts only, and caps the text', () => {
    const long = 'x'.repeat(MAX_DOCUMENT_TEXT + 500);
    const fields = documentFields(`<h2>Prior Authorization Number</h2><p>PA-1</p><h2>History</h2><p>${long}</p>`);
    expect(fields.map((field) => field.concept)).toEqual(['doc.history']);
    expect(fields[0]!.value).toHaveLength(MAX_DOCUMENT_TEXT);
  });
});

describe('read-only label/value pairs', () => {
  it('reads th/td, label-like td/td, dt/dd and inline "Label:" pairs', () => {
    const fields = documentFields(`
      <table><tr><td class="td_label">Patient</td><td>Eve Example</td></tr>
        <tr><th>Date of Birth</th><td>May 1, 1975</td></tr></table>
      <dl><dt>Member ID</dt><dd>XZ-1</dd></dl>
      <p><span class="span_label">Gender: </span><span>Female</span></p>
      <table><tr><td>Favorite color</td><td>Blue</td></tr></table>`);
    expect(summary(fields)).toEqual([
      ['Patient', 'patient.name', 'Eve Example'],
      ['Date of Birth', 'patient.dob', 'May 1, 1975'],
      ['Member ID', 'patient.memberId', 'XZ-1'],
      ['Gender', 'patient.sex', 'Female'],
    ]);
  });

  it('ends a value cell\'s value before the labelled values it also holds (a C-CDA patient header)', () => {
    const fields = documentFields(`<table><tr><td class="td_label">Patient</td><td><span class="span_value">Eve Example</span>`
      + `<span><span class="span_label">Date of Birth: </span><span class="span_value">May 1, 1975</span></span>`
      + `<span class="span_label">Gender: </span><span class="span_value">Female</span></td></tr></table>`);
    expect(summary(fields)).toEqual([
      ['Patient', 'patient.name', 'Eve Example'],
      ['Date of Birth', 'patient.dob', 'May 1, 1975'],
      ['Gender', 'patient.sex', 'Female'],
    ]);
  });

  it('does not read a label next to an input as a document pair', () => {
    const fields = documentFields(`
      <table><tr><th>Date of Birth</th><td><input></td></tr></table>
      <p><span>Member ID:</span> <input></p>`);
    expect(fields).toEqual([]);
  });
});
