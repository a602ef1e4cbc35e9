// @vitest-environment happy-dom
import { beforeEach, expect, it } from 'vitest';
import { takeSnapshot } from './read-page';
import { collectHeadings } from './page-headings';

beforeEach(() => {
  document.body.innerHTML = '';
});

it('reads headings, ARIA headings and logo alt text in a header, in page order', () => {
  document.body.innerHTML = `
    <header><img alt="Regence BlueShield" src="logo.png"><img alt="" src="spacer.gif"></header>
    <main>
      <h1>Plan of   Care</h1>
      <div role="heading" aria-level="2">Primary: Medicare Part B</div>
      <h2>Plan of Care</h2>
      <img alt="chart of range of motion" src="rom.png">
      <h4>Not read</h4>
    </main>`;
  expect(collectHeadings(document)).toEqual(['Regence BlueShield', 'Plan of Care', 'Primary: Medicare Part B']);
});

it('caps how many headings and how much of each it keeps', () => {
  document.body.innerHTML = Array.from({ length: 80 }, (_, i) => `<h2>Section ${i} ${'x'.repeat(400)}</h2>`).join('');
  const headings = collectHeadings(document);
  expect(headings).toHaveLength(50);
  expect(headings.every((heading) => heading.length <= 200)).toBe(true);
});

it('is not fooled by a form whose controls are named like the DOM members it reads', () => {
  document.body.innerHTML = `
    <form role="heading"><input name="textContent"><input name="localName">Card header: Aetna</form>
    <img name="querySelectorAll" src="x.png">`;
  expect(collectHeadings(document)).toEqual(['Card header: Aetna']);
});

it('puts the headings into the page snapshot, and leaves them out when there are none', () => {
  document.body.innerHTML = '<h1>Daily Note</h1><label>Visit date <input></label>';
  expect(takeSnapshot(document).headings).toEqual(['Daily Note']);
  document.body.innerHTML = '<label>Visit date <input></label>';
  expect(takeSnapshot(document)).not.toHaveProperty('headings');
});
