/**
 * The demo's browser: the one findBrowser finds, or Debian's chromium installed on the spot when the user is
 * root with apt-get. Otherwise one line saying what to install, and the demo falls back to the command line.
 */
import { findBrowser, type Machine } from './find-browser';
import { installDebianChromium } from './install-chromium';

const FALLBACK = 'Showing the command-line findings instead.';

/** The browser's path, or null once one line has said why there is none and what to install. */
export function browserForDemo(
  machine: Machine,
  say: (text: string) => void,
  install: () => string | null = installDebianChromium,
): string | null {
  const lookup = findBrowser(machine);
  if (lookup.kind === 'found') return lookup.browser.path;
  if (!lookup.canInstall) {
    say(`${lookup.why}: ${lookup.fix}. ${FALLBACK}\n`);
    return null;
  }
  // One line: the notice now (apt takes a minute or two), its outcome appended when apt is done.
  say(`${lookup.why}: installing Debian's chromium (apt-get install -y chromium)…`);
  const started = Date.now();
  const failure = install();
  if (failure) {
    say(` ${failure}. ${FALLBACK}\n`);
    return null;
  }
  const after = findBrowser(machine);
  if (after.kind !== 'found') {
    say(` installed, but still not found: ${after.why}. ${FALLBACK}\n`);
    return null;
  }
  say(` done in ${Math.round((Date.now() - started) / 1000)} s.\n`);
  return after.browser.path;
}

/** The machine as findBrowser would see it with no browser installed: for trying the fallbacks on any machine. */
export function withoutBrowsers(machine: Machine): Machine {
  return { ...machine, exists: () => false, listDir: () => [] };
}
