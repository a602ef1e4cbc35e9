import { afterEach, describe, expect, it, vi } from 'vitest';
import { sharedFolder, sharedRequired } from './shared-dir';

const MISSING = 'no/such/folder';

describe('sharedFolder, for a folder ../shared does not have', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('fails the suite under CI, saying CI needs ../shared and which suite read what', () => {
    expect(() => sharedFolder(MISSING, 'some.test', { CI: 'true' })).toThrow(
      /^\.\.\/shared is missing: CI needs it \(some\.test reads .*no\/such\/folder\)/,
    );
  });

  it('lets the suite skip on a developer machine, and says so', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(sharedFolder(MISSING, 'some.test', {})).toMatchObject({ present: false });
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^some\.test: .*no\/such\/folder is absent; skipping/));
  });
});

describe('sharedRequired', () => {
  it.each([
    [{ CI: 'true' }, true],
    [{ CI: '1' }, true],
    [{ CI: 'TRUE' }, true],
    [{ CI: 'false' }, false],
    [{ CI: '0' }, false],
    [{ CI: '' }, false],
    [{}, false],
  ])('%j -> %s', (env, required) => {
    expect(sharedRequired(env)).toBe(required);
  });
});
