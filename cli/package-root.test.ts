import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findPackageRoot, packageRoot } from './package-root';

describe('packageRoot', () => {
  it('is the checkout, from the source files', () => {
    expect(packageRoot()).toBe(fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, ''));
  });

  it('skips a nested package.json of another name, as the bundle in dist/cli would meet one', () => {
    const root = mkdtempSync(join(tmpdir(), 'claimlint-root-'));
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'claimlint' }));
    mkdirSync(join(root, 'dist/cli'), { recursive: true });
    writeFileSync(join(root, 'dist/package.json'), JSON.stringify({ name: 'something-else' }));
    expect(findPackageRoot(join(root, 'dist/cli'))).toBe(root);
  });

  it('says so when no claimlint package is above', () => {
    expect(() => findPackageRoot(tmpdir())).toThrow(/no claimlint package.json/);
  });
});
