/**
 * The Chrome Web Store build's manifest (production mode, not the e2e suite's test build, which also matches
 * 127.0.0.1): exactly the permissions STORE.md justifies, and the managed-storage schema an IT admin's policy uses.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildForStore, readBuiltManifest } from '../../scripts/support/store-build';
import { expectLeastPrivilege, unjustifiedInStoreMd } from '../support/store-manifest';

const BUILD_TIMEOUT_MS = 300_000;

describe('Chrome store build', () => {
  let manifest: Record<string, unknown>;
  beforeAll(async () => {
    manifest = readBuiltManifest(await buildForStore('chrome'));
  }, BUILD_TIMEOUT_MS);

  it('asks for the least privilege STORE.md justifies, and nothing it does not name', () => {
    expectLeastPrivilege(manifest);
    expect(unjustifiedInStoreMd(manifest)).toEqual([]);
  });

  it('declares the managed-storage schema for administrators, and no Firefox settings', () => {
    expect(manifest.storage).toEqual({ managed_schema: 'managed-schema.json' });
    expect(manifest).not.toHaveProperty('browser_specific_settings');
  });
});
