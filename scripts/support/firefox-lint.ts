import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/** Where `wxt build -b firefox --mv3` writes: the build AMO gets, production mode, no local-page matches. */
export const FIREFOX_BUILD_DIR = resolve('.output/firefox-mv3');

export interface LintMessage {
  _type: 'error' | 'warning' | 'notice';
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/** Builds the Firefox MV3 store build; rejects with wxt's output when the build fails. */
export async function buildFirefox(): Promise<void> {
  await run('wxt', ['build', '-b', 'firefox', '--mv3']);
}

/** Runs `web-ext lint` (AMO's addons-linter with web-ext's settings) on a build folder. */
export async function lintFirefoxBuild(dir = FIREFOX_BUILD_DIR): Promise<LintReport> {
  // --no-config-discovery: a developer's own web-ext config must not change what the store sees.
  const stdout = await run('web-ext', ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
    // web-ext exits 1 when it finds errors; the JSON on stdout still says what they are.
    okStatuses: [0, 1],
  });
  const report = JSON.parse(stdout) as Partial<LintReport>;
  return { errors: report.errors ?? [], warnings: report.warnings ?? [], notices: report.notices ?? [] };
}

/** The summary line the test and `npm run lint:firefox` print. */
export function summarizeLint(report: LintReport): string {
  const { errors, warnings, notices } = report;
  return `web-ext lint (firefox-mv3): errors ${errors.length}, warnings ${warnings.length}, notices ${notices.length}`;
}

/** One line per message, so a failure says what to fix and where. */
export function describeLintMessages(messages: LintMessage[]): string[] {
  return messages.map((m) => {
    const where = m.file ? ` ${m.file}${m.line ? `:${m.line}${m.column ? `:${m.column}` : ''}` : ''}` : '';
    return `${m._type} ${m.code}${where}: ${m.message}`;
  });
}

// Asynchronous on purpose: a vitest worker blocked for a minute by a synchronous build misses its own heartbeats.
function run(bin: string, args: string[], { okStatuses = [0] } = {}): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(resolve('node_modules/.bin', bin), args, {
      // The linter must not phone home (web-ext checks npm for a newer version unless told not to).
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
