import { describe, expect, it } from 'vitest';
import { browserForDemo } from './browser-for-demo';
import type { Machine } from './find-browser';

const CHROMIUM = '/usr/lib/chromium/chromium';

/** A Debian machine with no browser until `install` puts Debian's chromium in place. */
function freshDebian(isRoot: boolean) {
  const files = new Set<string>();
  const machine: Machine = {
    platform: 'linux', env: { HOME: '/root' }, isRoot, hasAptGet: true,
    exists: (path) => files.has(path), listDir: () => [],
  };
  let said = '';
  const say = (text: string) => void (said += text);
  return { machine, say, said: () => said, putChromium: () => void files.add(CHROMIUM) };
}

describe('browserForDemo', () => {
  it("installs Debian's chromium as root, announcing it on one line", () => {
    const debian = freshDebian(true);
    const path = browserForDemo(debian.machine, debian.say, () => (debian.putChromium(), null));
    expect(path).toBe(CHROMIUM);
    expect(debian.said()).toMatch(/^No Chromium, Chrome for Testing, Edge or Brave found: installing Debian's chromium \(apt-get install -y chromium\)… done in \d+ s\.\n$/);
  });

  it("says in one line why apt-get failed and falls back to the command line", () => {
    const debian = freshDebian(true);
    expect(browserForDemo(debian.machine, debian.say, () => 'apt-get install failed: E: Unable to locate package chromium')).toBeNull();
    expect(debian.said()).toMatch(/… apt-get install failed: E: Unable to locate package chromium\. Showing the command-line findings instead\.\n$/);
    expect(debian.said().trimEnd()).not.toContain('\n');
  });

  it('tells a user who is not root what to install, without trying to install', () => {
    const debian = freshDebian(false);
    const install = () => {
      throw new Error('must not install without root');
    };
    expect(browserForDemo(debian.machine, debian.say, install)).toBeNull();
    expect(debian.said()).toBe('No Chromium, Chrome for Testing, Edge or Brave found: run `sudo apt-get install -y chromium`, '
      + 'or set CHROMIUM_PATH to a Chromium binary. Showing the command-line findings instead.\n');
  });
});
