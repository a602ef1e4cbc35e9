import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

/** Debian's Chromium (unbranded builds still accept --load-extension); CHROMIUM_PATH overrides. */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) {
    throw new Error('Chromium not found: install Debian\'s package (apt-get install -y chromium) or set CHROMIUM_PATH.');
  }
  return found;
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
export async function launchWithExtension(extensionDir: string, options: { headless: boolean }): Promise<ExtensionBrowser> {
  const extensionPath = resolve(extensionDir);
  const userDataDir = await mkdtemp(join(tmpdir(), 'claimlint-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
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
