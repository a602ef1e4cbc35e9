import { describe, expect, it } from 'vitest';
import { findBrowser, type Machine } from './find-browser';

/** A machine where exactly these files exist and these folders hold these entries. */
function machine(overrides: Partial<Machine> & { files?: string[]; folders?: Record<string, string[]> }): Machine {
  const files = new Set(overrides.files ?? []);
  const folders = overrides.folders ?? {};
  return {
    platform: 'linux',
    env: { HOME: '/home/ana' },
    isRoot: false,
    hasAptGet: true,
    exists: (path) => files.has(path),
    listDir: (path) => folders[path] ?? [],
    ...overrides,
  };
}

const found = (lookup: ReturnType<typeof findBrowser>) => (lookup.kind === 'found' ? lookup.browser : null);

describe('findBrowser', () => {
  it("finds Debian's chromium, preferring the real binary to the /usr/bin wrapper", () => {
    const lookup = findBrowser(machine({ files: ['/usr/bin/chromium', '/usr/lib/chromium/chromium'] }));
    expect(found(lookup)).toEqual({ name: 'Chromium', path: '/usr/lib/chromium/chromium' });
  });

  it('finds the newest Chrome for Testing in Playwright\'s cache on Linux', () => {
    const cache = '/home/ana/.cache/ms-playwright';
    const lookup = findBrowser(machine({
      folders: { [cache]: ['chromium-999', 'chromium-1255', 'chromium_headless_shell-1255', 'firefox-1572'] },
      files: [`${cache}/chromium-999/chrome-linux64/chrome`, `${cache}/chromium-1255/chrome-linux64/chrome`],
    }));
    expect(found(lookup)).toEqual({ name: 'Chrome for Testing', path: `${cache}/chromium-1255/chrome-linux64/chrome` });
  });

  it("finds Chrome for Testing in Puppeteer's cache on macOS, and Chromium.app before it", () => {
    const testing = '/Users/ana/.cache/puppeteer/chrome/mac_arm-137.0.7151.55/chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing';
    const mac = (files: string[]) => machine({
      platform: 'darwin', env: { HOME: '/Users/ana' }, hasAptGet: false, files,
      folders: { '/Users/ana/.cache/puppeteer/chrome': ['mac_arm-137.0.7151.55'] },
    });
    expect(found(findBrowser(mac([testing])))).toEqual({ name: 'Chrome for Testing', path: testing });
    const chromiumApp = '/Applications/Chromium.app/Contents/MacOS/Chromium';
    expect(found(findBrowser(mac([testing, chromiumApp])))).toEqual({ name: 'Chromium', path: chromiumApp });
  });

  it('finds Edge and Brave on Windows, whatever the case of the environment names', () => {
    const env = { ProgramFiles: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' };
    const windows = (files: string[]) => machine({ platform: 'win32', env, hasAptGet: false, files });
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    const brave = 'C:\\Users\\ana\\AppData\\Local\\BraveSoftware\\Brave-Browser\\Application\\brave.exe';
    expect(found(findBrowser(windows([edge])))).toEqual({ name: 'Microsoft Edge', path: edge });
    expect(found(findBrowser(windows([edge, brave])))).toEqual({ name: 'Brave', path: brave });
  });

  it('takes CHROMIUM_PATH over everything, and names it when it points nowhere instead of using another browser', () => {
    const env = { HOME: '/home/ana', CHROMIUM_PATH: '/opt/my/chrome' };
    expect(found(findBrowser(machine({ env, files: ['/opt/my/chrome', '/usr/lib/chromium/chromium'] }))))
      .toEqual({ name: 'CHROMIUM_PATH', path: '/opt/my/chrome' });
    const broken = findBrowser(machine({ env, isRoot: true, files: ['/usr/lib/chromium/chromium'] }));
    expect(broken).toMatchObject({ kind: 'missing', canInstall: false });
    expect(broken.kind === 'missing' && broken.why).toContain('CHROMIUM_PATH is /opt/my/chrome, which does not exist');
  });

  it('never uses branded Google Chrome, and says why when it is the only browser', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const lookup = findBrowser(machine({ platform: 'darwin', env: { HOME: '/Users/ana' }, hasAptGet: false, files: [chrome] }));
    expect(lookup.kind).toBe('missing');
    if (lookup.kind !== 'missing') return;
    expect(lookup.why).toBe(`Only Google Chrome was found (${chrome}), and Chrome 137+ ignores --load-extension`);
    expect(lookup.fix).toContain('brew install --cask chromium');
  });

  it("lets root with apt-get install Debian's chromium", () => {
    const lookup = findBrowser(machine({ isRoot: true, files: ['/usr/bin/google-chrome'] }));
    expect(lookup).toMatchObject({ kind: 'missing', canInstall: true });
    expect(lookup.kind === 'missing' && lookup.why).toContain('Only Google Chrome was found');
  });

  it('tells anyone else, in one line, what to install', () => {
    const debianUser = findBrowser(machine({ isRoot: false }));
    expect(debianUser).toEqual({
      kind: 'missing',
      why: 'No Chromium, Chrome for Testing, Edge or Brave found',
      fix: 'run `sudo apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium binary',
      canInstall: false,
    });
    const rootWithoutApt = findBrowser(machine({ isRoot: true, hasAptGet: false }));
    expect(rootWithoutApt).toMatchObject({ kind: 'missing', canInstall: false });
    expect(rootWithoutApt.kind === 'missing' && rootWithoutApt.fix).toContain('npx playwright-core install chromium');
    for (const lookup of [debianUser, rootWithoutApt]) {
      expect(lookup.kind === 'missing' && `${lookup.why}: ${lookup.fix}.`).not.toContain('\n');
    }
  });
});
