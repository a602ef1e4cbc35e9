/**
 * Installs Debian's chromium the way .ci/run does (root, apt-get, non-interactive), so `npm install && npm run
 * demo` works on a fresh Debian machine. apt's own output is kept out of the demo's: only a failure is reported,
 * as one line.
 */
import { spawnSync } from 'node:child_process';

/** Runs `apt-get update` then `apt-get install -y chromium`; null when both succeed, else one line saying why. */
export function installDebianChromium(): string | null {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Another apt run (unattended-upgrades, a colleague's install) holds the lock for a while; wait rather than fail.
  const waitForLock = ['-o', 'DPkg::Lock::Timeout=300'];
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium']]) {
    const run = spawnSync('apt-get', [...waitForLock, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (run.error) return `apt-get could not start (${run.error.message})`;
    if (run.status !== 0) return `apt-get ${args[0]} failed: ${lastLine(run.stderr) || `exit code ${run.status}`}`;
  }
  return null;
}

/** apt ends with the line that matters ("E: Unable to locate package chromium"); warnings come before it. */
function lastLine(text: string): string {
  return text.trim().split('\n').filter((line) => line.trim()).at(-1)?.trim() ?? '';
}
