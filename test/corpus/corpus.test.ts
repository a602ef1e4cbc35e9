/**
 * The committed corpus stays whole: every library rendered every form, each page parses and loads nothing from the
 * network, and every key its truth names (fields and planted gaps) is an element of the page. A broken render or
 * a truth file out of step with its page fails here; npm run accuracy prints how well the pages are read.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHtmlFile } from '../../cli/load-html';
import { ROOT } from '../support/accuracy';
import { computeCorpus, corpusFailures, corpusPages, corpusSummary, readCorpusTruth } from '../support/corpus-accuracy';
import { CORPUS_FORMS } from './forms';

const LIBRARIES = ['antd', 'bootstrap', 'mantine', 'mui', 'primevue'];

it('every library rendered every form, with its truth beside it', () => {
  const rendered = corpusPages().map((page) => `${page.library}/${page.kind}`);
  const expected = LIBRARIES.flatMap((library) => CORPUS_FORMS.map((form) => `${library}/${form.kind}`)).sort();
  expect(rendered.sort()).toEqual(expected);
});

describe.each(corpusPages().map((page) => [`${page.library}/${page.kind}`, page] as const))('%s', (_, page) => {
  it('parses, loads nothing from the network, and has every element its truth names', async () => {
    const html = readFileSync(page.html, 'utf8');
    expect(html).not.toMatch(/<(script|link|img|iframe)\b[^>]*\b(src|href)="(https?:)?\/\//i);
    const truth = readCorpusTruth(page);
    expect(truth.library).toBe(page.library);
    expect(truth.kind).toBe(page.kind);
    expect(Object.keys(truth.fields).length).toBeGreaterThan(20);
    expect(truth.gaps.length).toBeGreaterThan(0);
    const loaded = await loadHtmlFile(page.html);
    try {
      const missing = [...Object.keys(truth.fields), ...truth.gaps.map((gap) => gap.key)].filter((key) => {
        const name = /^name=(.*)$/.exec(key)?.[1];
        return name === undefined ? loaded.document.getElementById(key) === null : loaded.document.getElementsByName(name).length === 0;
      });
      expect(missing, `truth keys absent from ${page.html}`).toEqual([]);
      for (const gap of truth.gaps) expect(truth.fields[gap.key]).toEqual({ concept: gap.concept, index: gap.index });
    } finally {
      await loaded.close();
    }
  });
});

it('the extension never imports the corpus libraries (devDependencies only)', () => {
  const corpusOnly = /from\s+['"](react|react-dom|@mui\/|@emotion\/|antd|@mantine\/|vue|primevue)[^'"]*['"]/;
  const offenders = ['entrypoints', 'utils', 'rules', 'components'].flatMap((dir) => sourceFiles(join(ROOT, dir))).filter((file) => corpusOnly.test(readFileSync(file, 'utf8')));
  expect(offenders).toEqual([]);
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

it('reads the corpus as a biller needs: fields on the right concept and line, every planted gap caught, no false alarm', async () => {
  const scores = await computeCorpus();
  expect(corpusFailures(corpusSummary(scores))).toEqual([]);
}, 60_000);

