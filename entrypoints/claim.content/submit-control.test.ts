// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { isFormlessSubmitClick, isGuardedSubmission, isSubmitControl } from './submit-control';

function control(html: string): Element {
  document.body.innerHTML = html;
  return document.body.firstElementChild!;
}

describe('recognising submit controls', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it.each([
    '<button>Submit</button>',
    '<button>Submit claim</button>',
    '<button>  Save and   Submit </button>',
    '<button><span>File claim</span></button>',
    '<button>Send</button>',
    '<button>Transmit to payer</button>',
    '<input type="submit" value="Submit Claim">',
    '<input type="submit">',
    '<a href="#" aria-label="Submit claim"><img alt=""></a>',
    '<div role="button" aria-label="Send claim">➤</div>',
  ])('counts %s', (html) => {
    expect(isSubmitControl(control(html))).toBe(true);
  });

  it.each([
    '<button>Save draft</button>',
    '<button>Cancel</button>',
    '<button>Search</button>',
    '<input type="submit" value="Search claims">',
    '<button>Save</button>',
    '<button>Next</button>',
    '<button aria-label="Cancel submission">×</button>',
    '<a href="/help">Submitting a claim: a guide</a>',
    '<button></button>',
  ])('does not count %s', (html) => {
    expect(isSubmitControl(control(html))).toBe(false);
  });

  it('holds clicks only on controls without a form (form submits are held at their submit event)', () => {
    document.body.innerHTML = `
      <form id="f"><button id="in-form" type="button">Submit claim</button></form>
      <button id="owned" form="f">Submit claim</button>
      <button id="formless">Submit claim</button>
      <button id="draft">Save draft</button>`;
    const byId = (id: string) => document.getElementById(id)!;
    expect(isFormlessSubmitClick(byId('in-form'))).toBe(false);
    expect(isFormlessSubmitClick(byId('owned'))).toBe(false);
    expect(isFormlessSubmitClick(byId('formless'))).toBe(true);
    expect(isFormlessSubmitClick(byId('draft'))).toBe(false);
  });

  it('holds a form submit sent by a submit button, or by Enter in a form that has one', () => {
    document.body.innerHTML = `
      <form id="claim"><input name="a"><button name="action" value="submit">Submit claim</button>
        <button name="action" value="draft">Save draft</button></form>
      <form id="search"><input name="q"><button>Search</button></form>`;
    const claim = document.getElementById('claim') as HTMLFormElement;
    const search = document.getElementById('search') as HTMLFormElement;
    const [submit, draft] = [...claim.querySelectorAll('button')];
    expect(isGuardedSubmission(claim, submit!)).toBe(true);
    expect(isGuardedSubmission(claim, draft!)).toBe(false);
    expect(isGuardedSubmission(claim, null)).toBe(true);
    expect(isGuardedSubmission(search, null)).toBe(false);
  });
});
