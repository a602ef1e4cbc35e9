// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { collectFields } from './read-page';

/** Checking a page must not change what the user is about to submit. */
it('collectFields changes nothing on the page', () => {
  document.body.innerHTML = `
    <form>
      <label for="a">Patient Name</label><input id="a" value="Test Patient">
      <label>Auth # <input name="auth_no"></label>
      <select id="s"><option value="">--</option><option>ICD-10</option></select>
      <fieldset><legend>Auto accident?</legend><input type="radio" name="auto" value="Y"><input type="radio" name="auto" value="N" checked></fieldset>
      <input type="checkbox" id="c" checked> Employment related
      <textarea id="t">History text</textarea>
      <div contenteditable="true" aria-label="Treatment goals">Goal</div>
      <table><thead><tr><th>CPT</th><th>Units</th></tr></thead><tbody><tr><td><input></td><td><input value="2"></td></tr></tbody></table>
    </form>`;
  (document.getElementById('a') as HTMLInputElement).value = 'Typed By User';
  (document.getElementById('s') as HTMLSelectElement).selectedIndex = 1;
  const controls = Array.from(document.querySelectorAll('input, select, textarea')) as HTMLInputElement[];
  const before = {
    html: document.documentElement.outerHTML,
    values: controls.map((control) => control.value),
    checked: controls.map((control) => control.checked),
    selected: (document.getElementById('s') as HTMLSelectElement).selectedIndex,
    active: document.activeElement,
  };
  const events: string[] = [];
  for (const type of ['focus', 'focusin', 'blur', 'input', 'change', 'click']) {
    document.addEventListener(type, () => events.push(type), true);
  }

  const { fields } = collectFields(document);

  expect(fields.length).toBeGreaterThan(5);
  expect(document.documentElement.outerHTML).toBe(before.html);
  expect(controls.map((control) => control.value)).toEqual(before.values);
  expect(controls.map((control) => control.checked)).toEqual(before.checked);
  expect((document.getElementById('s') as HTMLSelectElement).selectedIndex).toBe(before.selected);
  expect(document.activeElement).toBe(before.active);
  expect(events).toEqual([]);
});
