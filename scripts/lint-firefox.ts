/**
 * npm run lint:firefox: builds the Firefox MV3 store build and runs `web-ext lint` on it, as AMO will on upload.
 * Prints every message and exits 1 on any error or warning (notices are listed, not failed), so CI can run it as is.
 */
import { describeLintMessages, lintFirefoxBuild, summarizeLint } from './support/firefox-lint';
import { buildForStore } from './support/store-build';

const report = await lintFirefoxBuild(await buildForStore('firefox'));
for (const line of describeLintMessages([...report.errors, ...report.warnings, ...report.notices])) console.log(line);
console.log(summarizeLint(report));
process.exitCode = report.errors.length + report.warnings.length > 0 ? 1 : 0;
