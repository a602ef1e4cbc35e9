/**
 * The seams STYLE.md describes, enforced: rules/ is pure (it imports only rules/ and zod, so the service worker,
 * the CLI and vitest run the same engine), no caller rewrites what the engine said, and what the content script
 * puts into a page is namespaced as ClaimLint's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

const importsOf = (file: string) => [...readFileSync(join(root, file), 'utf8').matchAll(/\bfrom\s+'([^']+)'|\bimport\s*\(\s*'([^']+)'\s*\)/g)]
  .map((match) => match[1] ?? match[2]!);

describe('rules/ is the pure engine', () => {
  const engineFiles = sourceFiles('rules').filter((file) => !file.endsWith('.test.ts'));

  it.each(engineFiles)('%s imports only rules/ and zod', (file) => {
    const outside = importsOf(file).filter((specifier) => {
      if (specifier === 'zod' || specifier === 'zod/mini' || specifier === 'zod/v4/locales/en.js') return false;
      if (!specifier.startsWith('.')) return true;
      return relative(join(root, 'rules'), resolve(dirname(join(root, file)), specifier)).startsWith('..');
    });
    expect(outside).toEqual([]);
  });

  it('the check fails on an import from outside (control)', () => {
    const outside = relative(join(root, 'rules'), resolve(join(root, 'rules/checks'), '../../utils/messages'));
    expect(outside.startsWith('..')).toBe(true);
  });
});

describe('the engine words its own messages', () => {
  const callers = ['cli', 'entrypoints', 'components', 'utils', 'scripts'].flatMap(sourceFiles)
    .filter((file) => !/\.test\.tsx?$/.test(file));
  // A finding's message, why or fix passed through replace/replaceAll is text rewritten after the engine spoke.
  const REWRITE = /\.(message|why|fix)\s*\.\s*replace(All)?\s*\(|(on|in) this (page|claim file)['"`]\s*,/;

  it.each(callers)('%s does not rewrite engine text', (file) => {
    expect(readFileSync(join(root, file), 'utf8')).not.toMatch(REWRITE);
  });

  it('the pattern catches the old CLI rewrite (control)', () => {
    expect("finding.message.replaceAll(' on this page', ' in this claim file')").toMatch(REWRITE);
  });
});

describe('what the content script injects is namespaced', () => {
  const injected = sourceFiles('entrypoints/claim.content').filter((file) => !file.endsWith('.test.ts'));

  it.each(injected)('%s uses only data-claimlint-* attributes and claimlint-* elements', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const attributes = [...text.matchAll(/['"`](data-[a-z0-9-]+)/g)].map((match) => match[1]!);
    expect(attributes.filter((name) => !name.startsWith('data-claimlint-'))).toEqual([]);
    const customElements = [...text.matchAll(/createElement\(\s*['"`]([a-z0-9]+-[a-z0-9-]*)/g)].map((match) => match[1]!);
    expect(customElements.filter((name) => !name.startsWith('claimlint-'))).toEqual([]);
  });
});

describe('the content script writes a page value in one place only, on a user\'s click', () => {
  // Setting a control's value, checked state or selection, typing through execCommand, or reaching for the
  // native value setter: what would change what the user entered.
  const WRITES_VALUE = /\.(value|checked|selectedIndex|defaultValue)\s*=(?!=)|execCommand\s*\(|setRangeText\s*\(|getOwnPropertyDescriptor\([^)]*['"`]value['"`]/;
  const FILL_MODULE = 'entrypoints/claim.content/fill-suggestion.ts';
  const contentFiles = ['entrypoints/claim.content', 'utils/fields'].flatMap(sourceFiles).filter((file) => !/\.test\.tsx?$/.test(file));

  it.each(contentFiles.filter((file) => file !== FILL_MODULE))('%s writes no page value', (file) => {
    expect(readFileSync(join(root, file), 'utf8')).not.toMatch(WRITES_VALUE);
  });

  it('only the card imports the fill module (it calls it from a trusted click)', () => {
    const importers = contentFiles.filter((file) => importsOf(file).some((specifier) => specifier.endsWith('/fill-suggestion')));
    expect(importers).toEqual(['entrypoints/claim.content/mark-card.ts']);
    expect(readFileSync(join(root, 'entrypoints/claim.content/mark-card.ts'), 'utf8')).toMatch(/if \(!event\.isTrusted\) return;\s+const target[^]*fillSuggestionOnUserClick\(/);
  });

  it('the pattern catches value writes (control)', () => {
    for (const write of ['input.value = "x"', 'box.checked=true', 'document.execCommand("insertText", false, v)', "Object.getOwnPropertyDescriptor(proto, 'value')"]) {
      expect(write).toMatch(WRITES_VALUE);
    }
    expect('if (input.value === old) return').not.toMatch(WRITES_VALUE);
  });
});
