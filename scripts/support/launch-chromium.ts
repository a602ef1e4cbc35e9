import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { findBrowser, type Machine } from './find-browser';

/**
 * A browser that still accepts --load-extension (Chromium, Chrome for Testing, Edge, Brave: not branded Chrome
 * 137+); CHROMIUM_PATH overrides. Throws one line saying what to install when there is none.
 */
export function findChromium(machine: Machine = thisMachine()): string {
  const lookup = findBrowser(machine);
  if (lookup.kind === 'found') return lookup.browser.path;
  throw new Error(`${lookup.why}: ${lookup.fix}.`);
}

/** The machine this process runs on, as findBrowser sees it. */
export function thisMachine(): Machine {
  return {
    platform: process.platform,
    env: process.env,
    exists: existsSync,
    listDir: (path) => {
      try {
        return readdirSync(path);
      } catch {
        return [];
      }
    },
    isRoot: process.getuid?.() === 0,
    hasAptGet: process.platform === 'linux' && (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, 'apt-get'))),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Starts Chromium with the built extension loaded, in a fresh profile. The flags keep it off the network: this
 * machine has none, and ClaimLint's tests must see only the traffic the pages themselves make.
 */
export async function launchWithExtension(
  extensionDir: string,
  options: { headless: boolean; executablePath?: string },
): Promise<ExtensionBrowser> {
  const extensionPath = resolve(extensionDir);
  const executablePath = options.executablePath ?? findChromium();
  const userDataDir = await mkdtemp(join(tmpdir(), 'claimlint-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
      `--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  // A build with host permissions (the test build) registers its content script for them as it starts; a page
  // opened before that would not be checked, so wait for the registration.
  await worker.evaluate(async () => {
    if (!chrome.runtime.getManifest().host_permissions?.length) return;
    for (let attempt = 0; attempt < 100; attempt++) {
      if ((await chrome.scripting.getRegisteredContentScripts()).length > 0) return;
      await new Promise((done) => setTimeout(done, 100));
    }
    throw new Error('ClaimLint registered no content script within 10 s');
  });
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
