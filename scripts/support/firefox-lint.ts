import { runBin, storeBuildDir } from './store-build';

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

/** Runs `web-ext lint` (AMO's addons-linter with web-ext's settings) on a build folder. */
export async function lintFirefoxBuild(dir = storeBuildDir('firefox')): Promise<LintReport> {
  // --no-config-discovery: a developer's own web-ext config must not change what the store sees.
  const stdout = await runBin('web-ext', ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
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
