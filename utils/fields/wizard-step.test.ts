// @vitest-environment happy-dom
import { beforeEach, expect, it } from 'vitest';
import { takeSnapshot } from './read-page';
import { readWizardStep } from './wizard-step';

beforeEach(() => {
  document.body.innerHTML = '';
});

it('reads the step marked aria-current="step", without the stepper\'s numbering', () => {
  document.body.innerHTML = `
    <ol class="stepper">
      <li><a href="#1">Step 1: Patient</a></li>
      <li><a href="#2" aria-current="step"><span class="num">2</span> Diagnosis</a></li>
      <li><a href="#3">3. Services</a></li>
    </ol>
    <form><label>Diagnosis A <input name="dx1"></label></form>`;
  expect(readWizardStep(document)).toBe('Diagnosis');
  expect(takeSnapshot(document).step).toBe('Diagnosis');
});

it('reads a selected tab only when its panel holds the form', () => {
  document.body.innerHTML = `
    <div role="tablist">
      <button role="tab" aria-selected="false" aria-controls="p1">Patient</button>
      <button role="tab" aria-selected="true" aria-controls="p2">Authorization</button>
    </div>
    <div role="tabpanel" id="p2"><label>Prior auth <input name="auth"></label></div>`;
  expect(readWizardStep(document)).toBe('Authorization');
  document.body.innerHTML = `
    <div role="tablist"><button role="tab" aria-selected="true" aria-controls="news">News</button></div>
    <div role="tabpanel" id="news"><p>Nothing to fill in.</p></div>`;
  expect(readWizardStep(document)).toBeUndefined();
});

it('reads generic stepper markup, but not a step\'s whole content nor an inactive step', () => {
  document.body.innerHTML = `
    <div class="wizard-step active"><label>Member ID <input name="member"></label></div>
    <div class="ant-steps">
      <div class="ant-steps-item ant-steps-item-finish"><div class="ant-steps-item-title">Patient</div></div>
      <div class="ant-steps-item step-inactive"><div class="ant-steps-item-title">Billing</div></div>
      <div class="ant-steps-item ant-steps-item-process"><span class="ant-steps-icon">3</span><div class="ant-steps-item-title">Services</div></div>
    </div>`;
  expect(readWizardStep(document)).toBe('Services');
});

it('says nothing for a page with no stepper, and caps a step name', () => {
  document.body.innerHTML = '<form><label>Member ID <input name="member"></label><p class="steps-note">Press save when done</p></form>';
  expect(readWizardStep(document)).toBeUndefined();
  expect(takeSnapshot(document)).not.toHaveProperty('step');
  document.body.innerHTML = `<nav><span aria-current="step">${'Long step name '.repeat(10)}</span></nav>`;
  expect(readWizardStep(document)!.length).toBeLessThanOrEqual(100);
  document.body.innerHTML = `<nav><span aria-current="step">${'x'.repeat(5000)}</span></nav>`;
  expect(readWizardStep(document)).toBeUndefined();
});

it('is not fooled by a form whose controls are named like the DOM members it reads', () => {
  document.body.innerHTML = `
    <form name="getElementById">
      <input name="getAttribute"><input name="querySelectorAll"><input name="textContent">
      <div role="tablist"><button type="button" role="tab" aria-selected="true" aria-controls="panel">Payer</button></div>
      <div role="tabpanel" id="panel"><input name="payer"></div>
    </form>`;
  expect(readWizardStep(document)).toBe('Payer');
});
