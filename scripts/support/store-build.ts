import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type StoreBrowser = 'chrome' | 'firefox';

/** Where `wxt build -b <browser> --mv3` writes the store build: production mode, no local-page matches. */
export const storeBuildDir = (browser: StoreBrowser): string => resolve(`.output/${browser}-mv3`);

/** Builds the MV3 store build for a browser and returns its folder; rejects with wxt's output on failure. */
export async function buildForStore(browser: StoreBrowser): Promise<string> {
  await runBin('wxt', ['build', '-b', browser, '--mv3']);
  return storeBuildDir(browser);
}

/** The manifest.json a build folder holds, as the store will read it. */
export function readBuiltManifest(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

/**
 * Runs a binary from node_modules/.bin and resolves with its stdout. Asynchronous on purpose: a vitest worker
 * blocked for a minute by a synchronous build misses its own heartbeats.
 */
export function runBin(bin: string, args: string[], { okStatuses = [0] } = {}): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(resolve('node_modules/.bin', bin), args, {
      // Nothing here may phone home (web-ext checks npm for a newer version unless told not to).
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      if (okStatuses.includes(status ?? -1)) resolvePromise(stdout);
      else reject(new Error(`${bin} ${args.join(' ')} exited ${status}\n${stdout}\n${stderr}`));
    });
  });
}
