/**
 * Where `claimlint check` writes what it checked, as it checks it: the table (a claim at a time, the summary and
 * the sources once at the end) or the JSON document (streamed, the same object for one claim or many).
 * A single saved page or document prints as it always has: its own table, or its own JSON object.
 */
import type { ClaimChecked } from './check-claims';
import type { ClaimFormat } from './load-claim-file';
import { JsonStream } from './json-stream';
import { claimFileHeading, claimHeading, notCheckedLine, summaryLines } from './render-claims';
import { checkJson, claimJson } from './render-json';
import { renderTable, resultLines } from './render-table';
import type { CheckResult } from './run-check';
import { RunSummary, SourcesSeen } from './run-summary';

export interface ReportOptions {
  onlyGaps: boolean;
  redact: boolean;
}

export interface Report {
  begin(input: string): Promise<void> | void;
  /** A saved page or a letter, plan or note, checked. */
  result(result: CheckResult): void;
  beginClaimFile(source: string, format: ClaimFormat): void;
  claim(checked: ClaimChecked): void;
  endClaimFile(notices: readonly string[], fileSummary: RunSummary): void;
  /** A file of a folder that could not be read. */
  notRead(source: string, reason: string): void;
  end(summary: RunSummary): void;
}

const hasFail = (result: CheckResult | null) => result?.findings.some((finding) => finding.status === 'fail') ?? false;

export class TableReport implements Report {
  private readonly sources = new SourcesSeen();
  private claimFiles = 0;

  constructor(
    private readonly write: (text: string) => void,
    private readonly width: number,
    private readonly folder: boolean,
    private readonly options: ReportOptions,
  ) {}

  begin(input: string): void {
    if (this.folder) this.write(`ClaimLint: ${input} (every file in the folder, in name order)\n`);
  }

  result(result: CheckResult): void {
    if (!this.folder) {
      this.write(renderTable(result, this.width));
      return;
    }
    if (this.options.onlyGaps && !hasFail(result)) return;
    this.sources.add(result.checklists, result.findings);
    const what = { page: 'Page', 'claim-file': 'Claim', document: 'Document' }[result.snapshot.source.kind];
    this.lines(['', `ClaimLint: ${result.source}`, `${what}: ${result.snapshot.title || '(untitled)'}`, ...resultLines(result, this.width)]);
  }

  beginClaimFile(source: string, format: ClaimFormat): void {
    this.claimFiles += 1;
    this.lines([...(this.folder ? [''] : []), ...claimFileHeading(source, format)]);
  }

  claim({ read, total, result }: ClaimChecked): void {
    if (!result) {
      if (!this.options.onlyGaps) this.lines(['', notCheckedLine(read, total, this.options.redact)]);
      return;
    }
    if (this.options.onlyGaps && !hasFail(result)) return;
    this.sources.add(result.checklists, result.findings);
    this.lines(['', `── ${claimHeading(read, total, this.options.redact)} ──`, ...resultLines(result, this.width)]);
  }

  endClaimFile(notices: readonly string[]): void {
    if (notices.length > 0) this.lines(['', 'About this file:', ...notices.map((notice) => `  ${notice}`)]);
  }

  notRead(source: string, reason: string): void {
    this.lines(['', `ClaimLint: ${source}`, `Not read: ${reason}`]);
  }

  end(summary: RunSummary): void {
    // A single page or document has printed its whole report, sources included.
    if (!this.folder && this.claimFiles === 0) return;
    this.lines(['', ...summaryLines(summary.toJson())]);
    if (!this.sources.isEmpty) this.lines(['', ...this.sources.lines()]);
  }

  private lines(lines: string[]): void {
    this.write(`${lines.join('\n')}\n`);
  }
}

/**
 * The JSON document. A claim file: { source, format, claims, summary, notices }. A folder: { source, files, summary },
 * each file's entry the object it would print alone, or { source, error } for one that could not be read.
 */
export class JsonReport implements Report {
  private readonly json: JsonStream;

  constructor(write: (text: string) => void, private readonly folder: boolean, private readonly options: ReportOptions) {
    this.json = new JsonStream(write);
  }

  begin(input: string): void {
    if (!this.folder) return;
    this.json.begin('object');
    this.json.value(input, 'source');
    if (this.options.redact) this.json.value(true, 'redacted');
    this.json.begin('array', 'files');
  }

  result(result: CheckResult): void {
    if (!this.folder) {
      this.json.value(checkJson(result));
      return;
    }
    if (this.options.onlyGaps && !hasFail(result)) return;
    this.json.value(checkJson(result));
  }

  beginClaimFile(source: string, format: ClaimFormat): void {
    this.json.begin('object');
    this.json.value(source, 'source');
    this.json.value(format, 'format');
    if (this.options.redact) this.json.value(true, 'redacted');
    this.json.begin('array', 'claims');
  }

  claim(checked: ClaimChecked): void {
    if (this.options.onlyGaps && !hasFail(checked.result)) return;
    this.json.value(claimJson(checked, this.options.redact));
  }

  endClaimFile(notices: readonly string[], fileSummary: RunSummary): void {
    this.json.end();
    this.json.value(fileSummary.toJson(), 'summary');
    this.json.value(notices, 'notices');
    this.json.end();
  }

  notRead(source: string, reason: string): void {
    this.json.value({ source, error: reason });
  }

  end(summary: RunSummary): void {
    if (!this.folder) return;
    this.json.end();
    this.json.value(summary.toJson(), 'summary');
    this.json.end();
  }
}

