// @vitest-environment happy-dom
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removePreactHtmlSink } from './no-raw-html';

const preactDist = readFileSync(createRequire(import.meta.url).resolve('preact'), 'utf8');
type Preact = typeof import('preact');

describe('no-raw-html', () => {
  // The patched preact the extension bundles, loaded as a module of its own so it renders like the real thing.
  let patched: Preact;
  let dir: string;
  beforeAll(async () => {
    // Inside the project: vitest loads modules from its root, not from the system temp folder.
    mkdirSync('node_modules/.cache', { recursive: true });
    dir = mkdtempSync(join(process.cwd(), 'node_modules/.cache/claimlint-preact-'));
    const file = join(dir, 'preact.mjs');
    writeFileSync(file, removePreactHtmlSink(preactDist));
    patched = (await import(/* @vite-ignore */ file)) as Preact;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves no innerHTML assignment in the preact the extension ships', () => {
    expect(removePreactHtmlSink(preactDist)).not.toMatch(/\.innerHTML\s*=[^=]/);
  });

  it('still renders and re-renders ordinary trees, markup-like text staying text', () => {
    const root = document.createElement('div');
    patched.render(patched.h('ul', null, patched.h('li', null, '<img src=x onerror=alert(1)>')), root);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toBe('<img src=x onerror=alert(1)>');
    patched.render(patched.h('ul', null, patched.h('li', null, 'fixed')), root);
    expect(root.textContent).toBe('fixed');
  });

  it('refuses dangerouslySetInnerHTML on first render, naming why', () => {
    const root = document.createElement('div');
    const raw = patched.h('div', { dangerouslySetInnerHTML: { __html: '<b>raw</b>' } });
    expect(() => patched.render(raw, root)).toThrow(/renders no raw HTML/);
    expect(root.querySelector('b')).toBeNull();
  });

  it('stops the build when the sink is not where it was, rather than shipping an unreviewed preact', () => {
    expect(() => removePreactHtmlSink('export const nothing = 1;')).toThrow(/found 0/);
    expect(() => removePreactHtmlSink('a.innerHTML=b.__html;c.innerHTML=d.__html')).toThrow(/found 2/);
  });
});
