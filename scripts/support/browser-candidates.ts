/**
 * Where Chromium-family browsers usually live on Linux, macOS and Windows, as paths to try in order of
 * preference. Pure: the machine (platform, environment, directory listing) is passed in, so tests can describe
 * any of the three from any of them.
 */
import { posix, win32 } from 'node:path';

export type BrowserName = 'Chromium' | 'Chrome for Testing' | 'Brave' | 'Microsoft Edge' | 'Google Chrome';

export interface BrowserCandidate {
  name: BrowserName;
  path: string;
}

export interface CandidateMachine {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  /** Entry names in a folder, [] when it does not exist: Chrome for Testing sits in versioned cache folders. */
  listDir(path: string): string[];
}

/**
 * Every place worth trying, best first: Chromium, then Chrome for Testing (Playwright's and Puppeteer's
 * downloads), Brave, Edge, and branded Google Chrome last, which is only listed so the caller can say why it was
 * not used (Chrome 137+ ignores --load-extension; the unbranded builds and other brands still honour it).
 */
export function browserCandidates(machine: CandidateMachine): BrowserCandidate[] {
  if (machine.platform === 'win32') return windowsCandidates(machine);
  if (machine.platform === 'darwin') return macCandidates(machine);
  return linuxCandidates(machine);
}

function linuxCandidates(machine: CandidateMachine): BrowserCandidate[] {
  const cache = machine.env.XDG_CACHE_HOME || posix.join(machine.env.HOME ?? '/root', '.cache');
  return [
    ...named('Chromium', ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium']),
    ...chromeForTesting(machine, posix.join, cache, [['chrome-linux64', 'chrome'], ['chrome-linux-arm64', 'chrome'], ['chrome-linux', 'chrome']]),
    ...named('Brave', ['/usr/bin/brave-browser', '/opt/brave.com/brave/brave', '/snap/bin/brave']),
    ...named('Microsoft Edge', ['/usr/bin/microsoft-edge', '/opt/microsoft/msedge/msedge']),
    ...named('Google Chrome', ['/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome']),
  ];
}

function macCandidates(machine: CandidateMachine): BrowserCandidate[] {
  const home = machine.env.HOME ?? '/';
  const apps = (bundle: string, binary: string) =>
    ['/Applications', posix.join(home, 'Applications')].map((folder) => posix.join(folder, `${bundle}.app`, 'Contents', 'MacOS', binary));
  const testingApp = ['Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'];
  return [
    ...named('Chromium', apps('Chromium', 'Chromium')),
    ...named('Chrome for Testing', apps('Google Chrome for Testing', 'Google Chrome for Testing')),
    ...chromeForTesting(machine, posix.join, posix.join(home, 'Library', 'Caches'), [['chrome-mac-arm64', ...testingApp], ['chrome-mac-x64', ...testingApp]]),
    ...named('Brave', apps('Brave Browser', 'Brave Browser')),
    ...named('Microsoft Edge', apps('Microsoft Edge', 'Microsoft Edge')),
    ...named('Google Chrome', apps('Google Chrome', 'Google Chrome')),
  ];
}

function windowsCandidates(machine: CandidateMachine): BrowserCandidate[] {
  // Windows environment names are case-insensitive; a plain object (as in tests) is not.
  const env = (name: string) => Object.entries(machine.env).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
  const roots = [env('LOCALAPPDATA'), env('ProgramFiles'), env('ProgramFiles(x86)')].filter((root): root is string => !!root);
  const installed = (...parts: string[]) => roots.map((root) => win32.join(root, ...parts));
  return [
    ...named('Chromium', installed('Chromium', 'Application', 'chrome.exe')),
    ...chromeForTesting(machine, win32.join, env('LOCALAPPDATA'), [['chrome-win64', 'chrome.exe']]),
    ...named('Brave', installed('BraveSoftware', 'Brave-Browser', 'Application', 'brave.exe')),
    ...named('Microsoft Edge', installed('Microsoft', 'Edge', 'Application', 'msedge.exe')),
    ...named('Google Chrome', installed('Google', 'Chrome', 'Application', 'chrome.exe')),
  ];
}

/**
 * Chrome for Testing as Playwright (`npx playwright-core install chromium`, in `ms-playwright/chromium-<rev>`)
 * and Puppeteer (`~/.cache/puppeteer/chrome/<platform>-<version>`) download it, newest first.
 */
function chromeForTesting(
  machine: CandidateMachine,
  join: (...parts: string[]) => string,
  playwrightCache: string | undefined,
  executables: string[][],
): BrowserCandidate[] {
  const home = machine.env.HOME ?? machine.env.USERPROFILE;
  const playwrightRoot = machine.env.PLAYWRIGHT_BROWSERS_PATH || (playwrightCache && join(playwrightCache, 'ms-playwright'));
  const puppeteerRoot = machine.env.PUPPETEER_CACHE_DIR || (home && join(home, '.cache', 'puppeteer'));
  const versions = (root: string | undefined, prefix: RegExp) => {
    if (!root) return [];
    const entries = machine.listDir(root).filter((entry) => prefix.test(entry));
    return entries.sort((a, b) => b.localeCompare(a, 'en', { numeric: true })).map((entry) => join(root, entry));
  };
  const folders = [...versions(playwrightRoot, /^chromium-\d/), ...versions(puppeteerRoot && join(puppeteerRoot, 'chrome'), /^[a-z_\d]+-\d/)];
  return named('Chrome for Testing', folders.flatMap((folder) => executables.map((parts) => join(folder, ...parts))));
}

function named(name: BrowserName, paths: string[]): BrowserCandidate[] {
  return paths.map((path) => ({ name, path }));
}
