import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_CHECKLISTS } from '../rules/checklists';
import type { Checklist } from '../rules/schema';
import { readSettings, userSettings } from './default-choice-settings';
import { importRulePack, readAllRulePacks, rulePacks } from './settings';

const pack: Checklist = { ...structuredClone(BUNDLED_CHECKLISTS[0]!), id: 'clinic-massage', title: 'Our clinic: massage' };
const other: Checklist = { ...structuredClone(BUNDLED_CHECKLISTS[0]!), id: 'clinic-therapy', title: 'Our clinic: therapy' };

// Stored under the same keys as ever, so a user's existing settings are still read.
const SETTINGS_KEY = 'settings';
const RULE_PACKS_KEY = 'rulePacks';

beforeEach(() => {
  fakeBrowser.reset();
  // Bad stored values are meant to be met here; their notice is checked in define-setting.test.ts.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('settings', () => {
  it('has no default payer or service until the user picks one', async () => {
    expect(await readSettings()).toMatchObject({ settings: { defaultPayer: null, defaultService: null }, corrupt: false });
    await userSettings.setValue({ defaultPayer: 'premera', defaultService: null });
    expect(await readSettings()).toMatchObject({ settings: { defaultPayer: 'premera', defaultService: null }, corrupt: false });
  });

  it('falls back to the defaults, flagged corrupt, when the stored settings cannot be read', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { defaultPayer: 42 } });
    expect(await readSettings()).toMatchObject({ settings: { defaultPayer: null, defaultService: null }, corrupt: true });
    expect(userSettings.parse('premera').corrupt).toBe(true);
    expect(userSettings.parse({ defaultPayer: '<img src=x>', defaultService: null }).corrupt).toBe(true);
  });
});

describe('settings an administrator sets by policy (storage.managed)', () => {
  it('win over the user\'s own, show as locked, and keep the user\'s choice underneath', async () => {
    await userSettings.setValue({ defaultPayer: 'premera', defaultService: 'massage' });
    await fakeBrowser.storage.managed.set({ defaultPayer: 'medicare' });
    expect(await readSettings()).toEqual({
      settings: { defaultPayer: 'medicare', defaultService: 'massage' },
      user: { defaultPayer: 'premera', defaultService: 'massage' },
      locked: { defaultPayer: true, defaultService: false },
      corrupt: false,
    });
  });

  it('ignore a malformed policy value rather than applying it', async () => {
    await userSettings.setValue({ defaultPayer: 'premera', defaultService: null });
    await fakeBrowser.storage.managed.set({ defaultPayer: '<script>', defaultService: 42 });
    expect(await readSettings()).toMatchObject({ settings: { defaultPayer: 'premera', defaultService: null }, locked: { defaultPayer: false } });
  });
});

describe('importing a rule pack', () => {
  it('adds a valid checklist to the existing packs', () => {
    const result = importRulePack(JSON.stringify(other), [pack]);
    expect(result).toEqual({ ok: true, packs: [pack, other] });
  });

  it('refuses malformed JSON and says where it breaks', () => {
    expect(importRulePack('{"id": ', [pack])).toEqual({
      ok: false,
      error: 'The file is not valid JSON (line 1, column 8): Unexpected end of JSON input',
    });
    const result = importRulePack('{\n  "id" 1}', []);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^The file is not valid JSON \(line 2, column 8\): /);
  });

  it('refuses a checklist parseChecklist rejects, with its error', () => {
    const result = importRulePack(JSON.stringify({ ...pack, rules: [] }), [pack]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^Checklist "clinic-massage" is not valid: .*rules/s);
    const unknownCheck = importRulePack(JSON.stringify({ ...other, rules: [{ ...other.rules[0], check: 'no-such-check' }] }), []);
    expect(unknownCheck).toEqual({
      ok: false,
      error: `Checklist "clinic-therapy", rule "${other.rules[0]!.id}": unknown check "no-such-check"`,
    });
  });

  it('refuses an id a bundled checklist or an existing pack already has', () => {
    const bundledId = BUNDLED_CHECKLISTS[1]!.id;
    expect(importRulePack(JSON.stringify({ ...pack, id: bundledId }), [])).toEqual({
      ok: false,
      error: `The id "${bundledId}" is already used by a checklist that comes with ClaimLint.`,
    });
    expect(importRulePack(JSON.stringify(pack), [pack])).toEqual({
      ok: false,
      error: 'The id "clinic-massage" is already used by an imported rule pack; remove that one first.',
    });
  });

  it('refuses a file over 1 MB before parsing it', () => {
    const big = JSON.stringify({ ...other, padding: 'x'.repeat(1024 * 1024) });
    expect(importRulePack(big, [pack])).toEqual({ ok: false, error: 'The file is 1.0 MB; a rule pack can be at most 1 MB.' });
    const tenMegabytes = JSON.stringify({ ...other, padding: 'x'.repeat(10 * 1024 * 1024) });
    expect(importRulePack(tenMegabytes, [pack])).toEqual({ ok: false, error: 'The file is 10.0 MB; a rule pack can be at most 1 MB.' });
  });

  it('leaves the existing packs untouched on every refusal', () => {
    const existing = [pack];
    const before = structuredClone(existing);
    for (const text of ['{"id": ', '{}', JSON.stringify(pack), 'x'.repeat(1024 * 1024 + 1)]) {
      expect(importRulePack(text, existing).ok).toBe(false);
    }
    expect(existing).toEqual(before);
  });

  it('lets no __proto__ or constructor key pollute objects or reach storage', async () => {
    const text = JSON.stringify(other).replace(
      /^\{/,
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},',
    ).replace('"rules":[{', '"rules":[{"__proto__": {"polluted": true},');
    const result = importRulePack(text, []);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [imported] = result.packs;
    expect(Object.getPrototypeOf(imported)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(imported!.rules[0])).toBe(Object.prototype);
    expect(Object.keys(imported!)).not.toContain('__proto__');
    expect(Object.keys(imported!)).not.toContain('constructor');
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    await rulePacks.setValue(result.packs);
    const [stored] = await rulePacks.getValue();
    expect((stored as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe('stored rule packs', () => {
  it('keeps the valid packs and drops invalid, duplicate or bundled-id ones', async () => {
    await fakeBrowser.storage.local.set({
      [RULE_PACKS_KEY]: [pack, { ...other, rules: [] }, 'junk', { ...pack, title: 'again' }, { ...other, id: BUNDLED_CHECKLISTS[0]!.id }, other],
    });
    expect(await rulePacks.getValue()).toEqual([pack, other]);
    expect(rulePacks.parse({ [pack.id]: pack }).value).toEqual([]);
  });
});

describe('rule packs an administrator deploys by policy', () => {
  it('are used before the user\'s, win on a clashing id, and invalid ones are ignored', async () => {
    const adminVersion = { ...other, title: 'Practice policy: therapy' };
    await rulePacks.setValue([pack, other]);
    await fakeBrowser.storage.managed.set({ [RULE_PACKS_KEY]: [adminVersion, { id: 'broken' }] });
    expect((await readAllRulePacks()).map((checklist) => [checklist.id, checklist.title])).toEqual([
      ['clinic-therapy', 'Practice policy: therapy'],
      ['clinic-massage', 'Our clinic: massage'],
    ]);
  });
});
