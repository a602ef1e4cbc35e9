// @vitest-environment happy-dom
/**
 * Bundled site adapters: the data parses, URL patterns match live and saved pages, and on the real OpenEMR forms
 * (GPL-3.0, read from ../shared and never copied here; skipped without it, failed under CI) the adapter's mapping
 * wins over the heuristics.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectFields } from './read-page';
import { findAllByLocator } from './selector';
import { sharedFolder } from '../../test/support/shared-dir';
import { adapterOverridesFor, BUNDLED_ADAPTERS, parseSiteAdapter, urlMatchesPattern } from './site-adapters';
import { placedFields } from '../../test/support/placed-fields';

const HERE = dirname(fileURLToPath(import.meta.url));
const openemr = sharedFolder('fixtures/real/pages/openemr', 'site-adapters.test');
const OPENEMR = openemr.path;

describe('site adapter data', () => {
  it('every adapters/*.json file is bundled, and its id is its file name', () => {
    const files = readdirSync(join(HERE, 'adapters')).filter((file) => file.endsWith('.json')).map((file) => file.replace(/\.json$/, ''));
    expect(BUNDLED_ADAPTERS.map((adapter) => adapter.id).sort()).toEqual(files.sort());
  });

  it('refuses an unknown concept or a missing URL pattern', () => {
    const adapter = { id: 'x', title: 'X', urlPatterns: ['*://x/*'], fields: [{ selector: '#a', concept: 'patient.dob' }] };
    expect(parseSiteAdapter(adapter, 'x.json').id).toBe('x');
    expect(() => parseSiteAdapter({ ...adapter, fields: [{ selector: '#a', concept: 'patient.shoeSize' }] }, 'x.json')).toThrow(/x\.json/);
    expect(() => parseSiteAdapter({ ...adapter, urlPatterns: [] }, 'x.json')).toThrow();
  });
});

describe('urlMatchesPattern', () => {
  const pattern = '*://*/interface/forms/prior_auth/*';
  it.each([
    ['https://emr.example/openemr/interface/forms/prior_auth/new.php?id=3', true],
    ['HTTPS://EMR.EXAMPLE/interface/forms/prior_auth/view.php', true],
    ['file:///home/me/Downloads/prior_auth.html', true],
    ['file:///home/me/saved/prior_auth/index.htm', true],
    ['https://emr.example/interface/forms/prior_auth_history/new.php', false],
    ['file:///home/me/Downloads/my_prior_auth_notes.html', false],
    ['https://portal.example/claims/new', false],
  ])('%s -> %s', (url, expected) => {
    expect(urlMatchesPattern(url, pattern)).toBe(expected);
  });

  it('adapterOverridesFor gives nothing for an unrelated page', () => {
    expect(adapterOverridesFor('https://portal.example/claims/new')).toEqual([]);
  });
});

describe.skipIf(!openemr.present)('OpenEMR adapter on the real forms', () => {
  const pages = openemr.present ? readdirSync(OPENEMR).filter((file) => file.endsWith('.html')) : [];

  it.each(pages)('%s: matches by file URL, and every mapped element it finds takes the adapter concept', (page) => {
    const doc = new DOMParser().parseFromString(readFileSync(join(OPENEMR, page), 'utf8'), 'text/html');
    const overrides = adapterOverridesFor(pathToFileURL(join(OPENEMR, page)).href);
    expect(overrides.length).toBeGreaterThan(0);
    const matched = overrides.filter((override) => findAllByLocator(doc, override.selector).length > 0);
    expect(matched.length).toBeGreaterThan(0);
    const fields = placedFields(collectFields(doc, { adapterOverrides: overrides }));
    for (const override of matched) {
      const elements = findAllByLocator(doc, override.selector);
      const field = fields.find((candidate) => elements.some((element) => candidate.place.name === element.getAttribute('name') && candidate.place.evidence![0]?.signal === 'adapter'));
      expect(field, override.selector).toMatchObject({ concept: override.concept, confidence: 1 });
    }
  });

  it('wins where the heuristics alone read the field differently or not at all', () => {
    const page = 'misc_billing_options.html';
    const doc = new DOMParser().parseFromString(readFileSync(join(OPENEMR, page), 'utf8'), 'text/html');
    const overrides = adapterOverridesFor(pathToFileURL(join(OPENEMR, page)).href);
    const withAdapter = placedFields(collectFields(doc, { adapterOverrides: overrides }));
    const signals = new Set(withAdapter.map((field) => field.place.evidence![0]?.signal));
    expect(signals.has('adapter')).toBe(true);
    expect(withAdapter.filter((field) => field.place.evidence![0]?.signal === 'adapter').every((field) => field.confidence === 1)).toBe(true);
  });
});
