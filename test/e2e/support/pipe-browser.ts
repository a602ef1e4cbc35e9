import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { findChromium } from '../../../scripts/support/launch-chromium';

/**
 * Chromium with ClaimLint loaded through the DevTools protocol's Extensions domain, so a test can load the same
 * build again as an update does. (chrome.runtime.reload() and --load-extension runs can leave a headless browser
 * without the extension: its pages then fail with ERR_BLOCKED_BY_CLIENT.) Extensions.loadUnpacked is only
 * offered over --remote-debugging-pipe with --enable-unsafe-extension-debugging, which Playwright's own launch
 * does not expose; pages are driven by Playwright over the debugging port of the same browser.
 */
export interface PipeBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Loads the build again in place, as an update or a reload in chrome://extensions does. */
  reloadExtension(): Promise<void>;
  close(): Promise<void>;
}

export async function launchWithPipe(extensionDir: string): Promise<PipeBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'claimlint-pipe-'));
  const child = spawn(findChromium(), [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--window-size=1280,900',
    '--remote-debugging-pipe', '--remote-debugging-port=0', '--enable-unsafe-extension-debugging',
    `--user-data-dir=${userDataDir}`, 'about:blank',
  ], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
  const pipe = devtoolsPipe(child);
  let browser: Browser | undefined;
  try {
    const path = resolve(extensionDir);
    const { id } = await pipe.send<{ id: string }>('Extensions.loadUnpacked', { path });
    browser = await chromium.connectOverCDP(`http://127.0.0.1:${await debuggingPort(userDataDir)}`);
    const context = browser.contexts()[0]!;
    return {
      context,
      extensionId: id,
      reloadExtension: async () => {
        await pipe.send('Extensions.loadUnpacked', { path });
      },
      close: async () => {
        await browser?.close().catch(() => {});
        child.kill();
        await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
      },
    };
  } catch (error) {
    child.kill();
    throw error;
  }
}

/** The browser end of --remote-debugging-pipe: JSON messages separated by NUL, ours on fd 3, its on fd 4. */
function devtoolsPipe(child: ChildProcess) {
  const toBrowser = child.stdio[3] as NodeJS.WritableStream;
  const fromBrowser = child.stdio[4] as NodeJS.ReadableStream;
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let nextId = 1;
  let buffered = '';
  fromBrowser.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    for (let end = buffered.indexOf('\0'); end >= 0; end = buffered.indexOf('\0')) {
      const message = JSON.parse(buffered.slice(0, end)) as { id?: number; result?: unknown; error?: { message: string } };
      buffered = buffered.slice(end + 1);
      const waiting = message.id === undefined ? undefined : pending.get(message.id);
      if (!waiting) continue;
      pending.delete(message.id!);
      if (message.error) waiting.reject(new Error(message.error.message));
      else waiting.resolve(message.result);
    }
  });
  return {
    send<T = unknown>(method: string, params: object): Promise<T> {
      const id = nextId++;
      return new Promise<T>((resolvePromise, reject) => {
        pending.set(id, { resolve: resolvePromise as (value: unknown) => void, reject });
        toBrowser.write(`${JSON.stringify({ id, method, params })}\0`);
      });
    },
  };
}

async function debuggingPort(userDataDir: string): Promise<string> {
  const file = join(userDataDir, 'DevToolsActivePort');
  for (let attempt = 0; attempt < 100 && !existsSync(file); attempt++) await new Promise((done) => setTimeout(done, 100));
  return readFileSync(file, 'utf8').split('\n')[0]!;
}
