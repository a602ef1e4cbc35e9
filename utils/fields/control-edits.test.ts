// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Field } from '../../rules/schema';
import { collectFieldsSteps, type CollectResult } from './collect-fields';
import { rereadEditedControl } from './control-edits';
import { runSteps } from './steps';

const PAGE = `
  <form>
    <label for="member">Member ID</label><input id="member" name="memberId" value="">
    <label for="pos">Place of service</label>
    <select id="pos" name="pos"><option value="">-- Select --</option><option value="11">11 Office</option><option value="12">12 Home</option></select>
    <label><input type="checkbox" id="sig"> Employment related (10a)</label>
    <table><tr><td>Rehab potential:</td><td>
      <input type="checkbox" name="rehab_potential" id="rehab-good" value="Good"> Good
      <input type="checkbox" name="rehab_potential" id="rehab-fair" value="Fair"> Fair</td></tr></table>
    <label for="rendering">Rendering provider name</label><input id="rendering" name="renderingProviderName" value="Dana Wu">
    <label for="notes">Notes</label><textarea id="notes" name="notes"></textarea>
    <table>
      <thead><tr><th>Date of service</th><th>CPT/HCPCS</th><th>Modifier</th><th>Charges</th></tr></thead>
      <tbody>
        <tr><td><input name="dos1" value="2026-03-02"></td><td><input id="code1" name="cpt1" value="97110"></td><td><input name="mod1"></td><td><input name="chg1" value="120.00"></td></tr>
        <tr><td><input name="dos2" value="2026-03-02"></td><td><input id="code2" name="cpt2" value=""></td><td><input name="mod2"></td><td><input name="chg2" value=""></td></tr>
      </tbody>
    </table>
    <input id="search" type="search" placeholder="Search" aria-label="Search">
  </form>`;

const scan = (): CollectResult => runSteps(collectFieldsSteps(document));
const byKey = (result: CollectResult) => new Map(result.fields.map((field) => [field.key, field]));
const element = (id: string) => document.getElementById(id)!;

/** The field a fresh whole scan reads at the element with this id. */
function scannedFieldAt(id: string): Field | undefined {
  const result = scan();
  const key = [...result.elements].find(([, at]) => at === element(id))?.[0];
  return result.fields.find((field) => field.key === key);
}

beforeEach(() => {
  document.body.innerHTML = PAGE;
});

describe('rereadEditedControl: the edited field as a whole scan reads it', () => {
  const cases: Array<[string, string, () => void]> = [
    ['a text input', 'member', () => { (element('member') as HTMLInputElement).value = 'XJQ123456789'; }],
    ['a select (its chosen text)', 'pos', () => { (element('pos') as HTMLSelectElement).value = '11'; }],
    ['a lone checkbox', 'sig', () => { (element('sig') as HTMLInputElement).checked = true; }],
    ['a checkbox group (edited through its second box)', 'rehab-fair', () => { (element('rehab-fair') as HTMLInputElement).checked = true; }],
    ['a service line\'s code', 'code2', () => { (element('code2') as HTMLInputElement).value = '97140'; }],
  ];
  for (const [what, id, edit] of cases) {
    it(`reads ${what} again as the whole scan does`, () => {
      const before = scan();
      edit();
      const reading = rereadEditedControl(before.edits, byKey(before), element(id));
      expect(reading).not.toBe('rescan');
      if (reading === 'rescan') return;
      // A group is located at its first box; the edit came through the second.
      const expected = scannedFieldAt(id) ?? scan().fields.find((field) => field.key === reading.key);
      expect(expected).toBeDefined();
      expect(reading.field).toEqual(expected);
      expect(reading.field!.value).not.toBe(byKey(before).get(reading.key)!.value);
    });
  }

  it('gives no field for a control that is no field, and does not ask for a scan', () => {
    const before = scan();
    (element('search') as HTMLInputElement).value = 'Wu';
    expect(rereadEditedControl(before.edits, byKey(before), element('search'))).toEqual({ key: expect.any(String), field: null });
  });
});

describe('rereadEditedControl: asking for a whole scan', () => {
  it('when the control was not read by the scan (added since)', () => {
    const before = scan();
    const added = document.createElement('input');
    document.querySelector('form')!.append(added);
    expect(rereadEditedControl(before.edits, byKey(before), added)).toBe('rescan');
  });

  it('when a textarea now holds a whole letter', () => {
    const before = scan();
    (element('notes') as HTMLTextAreaElement).value = [
      'Dear Claims Review Team,', '',
      'RE: Letter of medical necessity for Sam Doe, member XJQ123456789', '',
      'I am writing to request coverage of physical therapy for lumbar radiculopathy (M54.16). The patient tried six weeks of home exercise and NSAIDs without relief.',
      'Pain limits sitting to twenty minutes and walking to one block. Therapy twice a week for eight weeks aims to restore sitting for one hour and walking for half a mile,',
      'with measurable goals reviewed every two weeks. Without it, surgery may be considered, at far greater cost and risk to the patient.', '',
      'Sincerely,', 'Dana Wu, DPT', 'NPI 1234567893',
    ].join('\n');
    expect(rereadEditedControl(before.edits, byKey(before), element('notes'))).toBe('rescan');
  });

  it('when a provider name now carries credentials, which make a field of their own', () => {
    const before = scan();
    (element('rendering') as HTMLInputElement).value = 'Dana Wu, LCSW';
    expect(rereadEditedControl(before.edits, byKey(before), element('rendering'))).toBe('rescan');
    expect(scan().fields.some((field) => field.concept === 'provider.credentials' && field.value === 'LCSW')).toBe(true);
  });
});
