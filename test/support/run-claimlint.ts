/**
 * `claimlint <args>` as the CLI tests run it: main() in this process with its output captured, which is what a
 * user would see on stdout and stderr and the exit status, without starting a process per case.
 * (cli/bin.test.ts is the one test that starts the real command.)
 */
import { expect } from 'vitest';
import { main } from '../../cli/main';

export interface ClaimlintRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one command line; the table is as wide as when stdout is a pipe. */
export async function runClaimlint(...args: string[]): Promise<ClaimlintRun> {
  return runClaimlintWithInput(null, ...args);
}

/** Runs one command line with `input` piped into its standard input (null: none given). */
export async function runClaimlintWithInput(input: string | null, ...args: string[]): Promise<ClaimlintRun> {
  let stdout = '';
  let stderr = '';
  const stdin = (async function* piped() {
    if (input !== null) yield Buffer.from(input);
  })();
  const code = await main(args, { stdout: (text) => { stdout += text; }, stderr: (text) => { stderr += text; }, stdin });
  return { code, stdout, stderr };
}

/**
 * What a user sees for bad input: exit status 2, nothing on stdout, and one "claimlint: …" line on stderr that
 * says what is wrong (matched by `message`).
 */
export function expectOneLineError(run: ClaimlintRun, message: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(message);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr.startsWith('claimlint: ')).toBe(true);
}
