/**
 * `claimlint check <file | folder | ->`: opens each input, checks a claim file claim by claim as its reader yields
 * them, hands every claim to the report (table or JSON) as soon as it is checked, and ends with one summary and,
 * in the table, the sources once. Nothing here holds a batch's claims: the summary keeps counts only.
 */
import type { ClaimRead } from '../utils/claim-files/claim-read';
import type { Finding } from '../rules/schema';
import { keepBatchMemoryLow } from './batch-memory';
import { checkClaims, type ClaimChecked } from './check-claims';
import { isPagePath, type ClaimFormat } from './load-claim-file';
import { InputError } from './load-html';
import { filterMessages, messageFilter } from './redact';
import { filesUnder, isFolder, openStandardInput, readStandardInput } from './read-input';
import { checkOne, chosenChecklists, openInput, type CheckOptions, type CheckResult, type OpenedInput } from './run-check';
import { RunSummary } from './run-summary';
import { JsonReport, TableReport, type Report } from './check-report';

export interface CheckCommandOptions extends CheckOptions {
  checklistIds: readonly string[];
  json: boolean;
  /** Print only the claims (pages, documents) with a failing rule; the summary still counts every one. */
  onlyGaps: boolean;
  /** Check at most this many claims of each claim file. */
  maxClaims?: number;
  /** Withhold identifiers (claim ids, NPIs, member ids, claim numbers) from the output. */
  redact: boolean;
}

export interface CheckIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Terminal width for the table. */
  width: number;
  stdin?: AsyncIterable<Uint8Array | string> & { isTTY?: boolean };
}

export const EXIT_OK = 0;
export const EXIT_GAPS = 1;
export const EXIT_BAD_INPUT = 2;

/**
 * Runs the check and returns the exit status: 2 when an input could not be read (a folder's other files are
 * still checked and reported), else 1 when a rule failed, else 0. A single unreadable input throws InputError
 * before anything is printed.
 */
export async function runCheckCommand(input: string, options: CheckCommandOptions, io: CheckIo): Promise<number> {
  const chosen = chosenChecklists(options.checklistIds, options);
  const summary = new RunSummary();
  const folder = input !== '-' && (await isFolder(input));
  const report: Report = options.json ? new JsonReport(io.stdout, folder, options) : new TableReport(io.stdout, io.width, folder, options);
  // Before a claim file is read (a FHIR file is parsed whole as it opens): see cli/batch-memory.ts.
  if (input === '-' || folder || !isPagePath(input)) keepBatchMemoryLow();
  if (!folder) {
    const opened = input === '-'
      ? await openStandardInput(await readStandardInput(io.stdin ?? process.stdin), chosen, options)
      : await openInput(input, chosen, options);
    // A claim file's first claims are read before anything is printed, so a file that is not one fails cleanly.
    const first = opened.kind === 'claims' ? await startClaims(input, opened, chosen, options) : null;
    summary.fileRead();
    await report.begin(input);
    await checkOpened(input, opened, first, summary, report, options);
  } else {
    await report.begin(input);
    for (const path of await filesUnder(input)) {
      try {
        const opened = await openInput(path, chosen, options);
        const first = opened.kind === 'claims' ? await startClaims(path, opened, chosen, options) : null;
        summary.fileRead();
        await checkOpened(path, opened, first, summary, report, options);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        const reason = error.message.startsWith(`${path}: `) ? error.message.slice(path.length + 2) : error.message;
        summary.notRead(path, reason);
        report.notRead(path, reason);
      }
    }
  }
  report.end(summary);
  if (summary.hasUnreadable) return EXIT_BAD_INPUT;
  return summary.hasGaps ? EXIT_GAPS : EXIT_OK;
}

interface StartedClaims {
  format: ClaimFormat;
  notices: string[];
  claims: AsyncGenerator<ClaimChecked>;
  firstClaim: IteratorResult<ClaimChecked>;
  stop: ReturnType<typeof checkClaims>['stop'];
}

/** Starts reading a claim file: up to the look ahead, and checks the first claim, so a reading error comes first. */
async function startClaims(source: string, opened: Extract<OpenedInput, { kind: 'claims' }>, chosen: string[] | null, options: CheckCommandOptions): Promise<StartedClaims> {
  const check = (read: ClaimRead): Promise<CheckResult> => checkOne(source, read.snapshot, chosen, options);
  const loop = checkClaims(opened.file.claims, check, options.maxClaims);
  const firstClaim = await loop.claims.next();
  return { format: opened.file.format, notices: opened.file.notices, claims: loop.claims, firstClaim, stop: loop.stop };
}

async function checkOpened(
  source: string, opened: OpenedInput, started: StartedClaims | null, summary: RunSummary, report: Report, options: CheckCommandOptions,
): Promise<void> {
  if (opened.kind === 'result') {
    const result = withFilteredMessages(opened.result, [], options.redact);
    summary.document(result.findings);
    report.result(result);
    return;
  }
  const claims = started!;
  const fileSummary = new RunSummary();
  report.beginClaimFile(source, claims.format);
  let next = claims.firstClaim;
  try {
    while (!next.done) {
      const checked = next.value;
      const shown = checked.result ? { ...checked, result: withFilteredMessages(checked.result, [checked.read.claimId, checked.read.controlNumber], options.redact) } : checked;
      for (const tally of [summary, fileSummary]) {
        if (shown.result && shown.read.snapshot.source.kind === 'document') tally.document(shown.result.findings);
        else tally.claim(shown.result?.findings ?? null, shown.read.notChecked);
      }
      report.claim(shown);
      next = await claims.claims.next();
    }
  } catch (error) {
    // The file turned out unreadable part-way: what was checked stands, and the run says where it stopped.
    if (!(error instanceof InputError)) throw error;
    summary.notRead(source, error.message);
    fileSummary.notRead(source, error.message);
  }
  const stop = claims.stop();
  if (stop) for (const tally of [summary, fileSummary]) tally.stoppedEarly({ source, ...stop });
  report.endClaimFile(claims.notices, fileSummary);
}

/** The result with every message shown through the filter (names always, identifiers with --redact). */
function withFilteredMessages(result: CheckResult, claimIds: Array<string | null | undefined>, redact: boolean): CheckResult {
  const filter = messageFilter(result.snapshot, { redact, claimIds });
  const findings: Finding[] = filterMessages(result.findings, filter);
  return { ...result, findings };
}
