/**
 * AMO runs addons-linter on every upload; a warning there is a question from the reviewer. This builds the Firefox
 * store build afresh and lints it as `web-ext lint` does: no error, no warning (notices are listed only). The same
 * build's manifest is held to the permissions STORE.md justifies.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { describeLintMessages, lintFirefoxBuild, summarizeLint, type LintReport } from '../../scripts/support/firefox-lint';
import { buildForStore, readBuiltManifest } from '../../scripts/support/store-build';
import { expectLeastPrivilege, unjustifiedInStoreMd } from '../support/store-manifest';

// A production build plus the linter takes ~5 s on an idle 2-core machine; the margin is for a loaded one.
const BUILD_AND_LINT_TIMEOUT_MS = 300_000;

describe('Firefox store build', () => {
  let report: LintReport;
  let manifest: Record<string, unknown>;
  beforeAll(async () => {
    const dir = await buildForStore('firefox');
    manifest = readBuiltManifest(dir);
    report = await lintFirefoxBuild(dir);
    console.log(summarizeLint(report));
    for (const line of describeLintMessages(report.notices)) console.log(`  ${line}`);
  }, BUILD_AND_LINT_TIMEOUT_MS);

  it('passes web-ext lint with no errors', () => {
    expect(describeLintMessages(report.errors)).toEqual([]);
  });

  it('passes web-ext lint with no warnings', () => {
    expect(describeLintMessages(report.warnings)).toEqual([]);
  });

  it('asks for the least privilege STORE.md justifies, and nothing it does not name', () => {
    expectLeastPrivilege(manifest);
    expect(unjustifiedInStoreMd(manifest)).toEqual([]);
  });

  it('declares that it collects no data, for Firefox versions that honour the declaration', () => {
    expect(manifest.browser_specific_settings).toEqual({
      gecko: { id: 'claimlint@claimlint.dev', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
    });
  });
});
