/**
 * Which browser the demo, the end-to-end tests and the bench can load ClaimLint into, and when there is none,
 * what to say and whether Debian's chromium can be installed on the spot. Pure: the machine is passed in.
 */
import { browserCandidates, type BrowserCandidate, type CandidateMachine } from './browser-candidates';

export interface Machine extends CandidateMachine {
  exists(path: string): boolean;
  isRoot: boolean;
  hasAptGet: boolean;
}

export type BrowserLookup =
  | { kind: 'found'; browser: BrowserCandidate | { name: 'CHROMIUM_PATH'; path: string } }
  | {
      kind: 'missing';
      /** What was (not) found, e.g. that branded Chrome was the only one. */
      why: string;
      /** What the user can do about it, as a command where there is one. */
      fix: string;
      /** Root on a machine with apt-get: the caller may install Debian's chromium itself (as .ci/run does). */
      canInstall: boolean;
    };

const NONE_FOUND = 'No Chromium, Chrome for Testing, Edge or Brave found';

/** CHROMIUM_PATH when set, else the first usable browser in the usual places; branded Chrome never counts. */
export function findBrowser(machine: Machine): BrowserLookup {
  const override = machine.env.CHROMIUM_PATH;
  if (override) {
    if (machine.exists(override)) return { kind: 'found', browser: { name: 'CHROMIUM_PATH', path: override } };
    // The user chose a browser; quietly using another one (or installing one) would hide their typo.
    return { kind: 'missing', why: `CHROMIUM_PATH is ${override}, which does not exist`, fix: 'point it at a Chromium, Chrome for Testing, Edge or Brave binary, or unset it', canInstall: false };
  }
  const present = browserCandidates(machine).filter((candidate) => machine.exists(candidate.path));
  const usable = present.find((candidate) => candidate.name !== 'Google Chrome');
  if (usable) return { kind: 'found', browser: usable };
  const chrome = present[0];
  return {
    kind: 'missing',
    why: chrome ? `Only Google Chrome was found (${chrome.path}), and Chrome 137+ ignores --load-extension` : NONE_FOUND,
    fix: howToInstall(machine),
    canInstall: machine.platform === 'linux' && machine.isRoot && machine.hasAptGet,
  };
}

function howToInstall(machine: Machine): string {
  const chromeForTesting = '`npx playwright-core install chromium` (Chrome for Testing)';
  if (machine.platform === 'linux' && machine.hasAptGet) {
    return `run \`${machine.isRoot ? '' : 'sudo '}apt-get install -y chromium\`, or set CHROMIUM_PATH to a Chromium binary`;
  }
  if (machine.platform === 'darwin') return `run \`brew install --cask chromium\` or ${chromeForTesting}, or set CHROMIUM_PATH`;
  if (machine.platform === 'win32') return `install Chromium, Edge or Brave, or run ${chromeForTesting}, or set CHROMIUM_PATH`;
  return `install your system's chromium package or run ${chromeForTesting}, or set CHROMIUM_PATH`;
}
