/**
 * AMO runs addons-linter on every upload; a warning there is a question from the reviewer. This builds the Firefox
 * store build afresh and lints it as `web-ext lint` does: no error, no warning (notices are listed only).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildFirefox, describeLintMessages, lintFirefoxBuild, summarizeLint, type LintReport,
} from '../../scripts/support/firefox-lint';

// A production build plus the linter takes ~10 s alone and much longer beside the rest of the unit suite on 2 cores.
const BUILD_AND_LINT_TIMEOUT_MS = 300_000;

describe('Firefox store build', () => {
  let report: LintReport;
  beforeAll(async () => {
    await buildFirefox();
    report = await lintFirefoxBuild();
    console.log(summarizeLint(report));
    for (const line of describeLintMessages(report.notices)) console.log(`  ${line}`);
  }, BUILD_AND_LINT_TIMEOUT_MS);

  it('passes web-ext lint with no errors', () => {
    expect(describeLintMessages(report.errors)).toEqual([]);
  });

  it('passes web-ext lint with no warnings', () => {
    expect(describeLintMessages(report.warnings)).toEqual([]);
  });
});
