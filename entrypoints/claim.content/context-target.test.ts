// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { trackContextTarget } from './context-target';
import { showTeachNotice } from './teach-notice';

let ctx: ContentScriptContext;
let target: () => Element | null;
beforeEach(() => {
  fakeBrowser.reset();
  ctx = new ContentScriptContext('claim');
  target = trackContextTarget(ctx);
});
afterEach(() => ctx.notifyInvalidated());

const rightClick = (element: Element) => element.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, composed: true }));

describe('what "ClaimLint: this field is…" points at', () => {
  it('a control, or the control a clicked label is for', () => {
    document.body.innerHTML = '<label for="auth">Auth #</label><input id="auth"><span id="hint">help</span>';
    rightClick(document.getElementById('auth')!);
    expect(target()?.id).toBe('auth');
    rightClick(document.querySelector('label')!);
    expect(target()?.id).toBe('auth');
  });

  it('a chip, a read-only value or a table cell: the element holding the text', () => {
    document.body.innerHTML = `
      <div class="MuiChip-root"><span id="chip" class="MuiChip-label">M54.50</span></div>
      <dl><dt>Member ID</dt><dd id="member">XYZ900000001</dd></dl>
      <table><tr><td id="cell">97140</td></tr></table>`;
    for (const id of ['chip', 'member', 'cell']) {
      rightClick(document.getElementById(id)!);
      expect(target()?.id).toBe(id);
    }
  });

  it('nothing for the page background or a whole section, so the user is told instead', () => {
    document.body.innerHTML = `<main id="main"><p id="long">${'A whole paragraph of the note. '.repeat(20)}</p></main>`;
    rightClick(document.getElementById('main')!);
    expect(target()).toBeNull();
    rightClick(document.getElementById('long')!);
    expect(target()).toBeNull();
  });
});

describe('showTeachNotice', () => {
  it('tells the user in ClaimLint\'s own layer, as text', () => {
    showTeachNotice(document, 'ClaimLint: there is no field <b>here</b>');
    const host = document.querySelector('claimlint-notice')!;
    expect(host.getAttribute('data-claimlint-ui')).toBe('');
    const status = host.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent).toBe('ClaimLint: there is no field <b>here</b>');
    expect(status.querySelector('b')).toBeNull();
  });
});
