/**
 * claimlint: check a saved claim or documentation page, a letter, or a claim file (or a folder of them, or standard
 * input) from the command line, with the same field detector and rules as the extension. Returns the exit status
 * instead of exiting, so output flushes.
 */
import { BUNDLED_CHECKLISTS } from '../rules/checklists/index';
import { formatCitation } from '../rules/engine';
import { parseArgs, USAGE, UsageError, type Command } from './args';
import { InputError } from './load-html';
import { renderFieldsTable } from './render-fields';
import { document, fieldsJson } from './render-json';
import { readFields, type FieldsResult } from './read-fields';
import { EXIT_BAD_INPUT, EXIT_OK, runCheckCommand } from './check-command';
import { runLetterCommand } from './letter-command';

export { EXIT_BAD_INPUT, EXIT_GAPS, EXIT_OK } from './check-command';
/** Width of the table when stdout is not a terminal (a log or a pipe). */
const DEFAULT_WIDTH = 120;

export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Terminal width for the table; undefined when not a terminal. */
  columns?: number;
  /** What `claimlint check -` reads (process.stdin when absent). */
  stdin?: AsyncIterable<Uint8Array | string> & { isTTY?: boolean };
}

const processOutput: Output = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  columns: process.stdout.columns,
  stdin: process.stdin,
};

/** Runs one command line (argv without node and script) and returns the exit status. */
export async function main(argv: readonly string[], output: Output = processOutput): Promise<number> {
  if (output === processOutput) stopQuietlyWhenStdoutCloses();
  try {
    return await run(parseArgs(argv), output);
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) {
      output.stderr(`claimlint: ${oneLine(error.message)}\n`);
      return EXIT_BAD_INPUT;
    }
    // An internal error is reported on one line too; its stack could quote page content, so it is not printed.
    output.stderr(`claimlint: internal error: ${oneLine(error instanceof Error ? error.message : String(error))}\n`);
    return EXIT_BAD_INPUT;
  }
}

async function run(command: Command, output: Output): Promise<number> {
  switch (command.kind) {
    case 'help':
      output.stdout(`${USAGE}\n`);
      return EXIT_OK;
    case 'list-checklists':
      output.stdout(command.json ? listJson() : listText());
      return EXIT_OK;
    case 'fields': {
      const { results, notices } = await readFields(command.file, command);
      // On stderr, so --json output stays one parseable document.
      for (const notice of notices) output.stderr(`claimlint: ${command.file}: ${notice}\n`);
      output.stdout(command.json ? fieldsDocument(results) : results.map((result) => renderFieldsTable(result, output.columns ?? DEFAULT_WIDTH)).join('\n'));
      return EXIT_OK;
    }
    case 'letter':
      return runLetterCommand(command, output);
    case 'check':
      return runCheckCommand(command.file, command, {
        stdout: output.stdout,
        stderr: output.stderr,
        width: output.columns ?? DEFAULT_WIDTH,
        ...(output.stdin && { stdin: output.stdin }),
      });
  }
}

/** `fields` prints one object for a page or a one-claim file, an array of them (each with its title) for a batch. */
function fieldsDocument(results: FieldsResult[]): string {
  if (results.length === 1) return document(fieldsJson(results[0]!));
  return document(results.map((result) => ({ ...fieldsJson(result), title: result.snapshot.title })));
}

function listText(): string {
  const lines = BUNDLED_CHECKLISTS.map((checklist) =>
    [
      `${checklist.id}  ${checklist.title}`,
      `    payer: ${checklist.payer}; service: ${checklist.service}; ${checklist.rules.length} rules; reviewed ${checklist.vintage}`,
      `    source: ${formatCitation(checklist.source)}`,
    ].join('\n'));
  return `${lines.join('\n')}\n`;
}

function listJson(): string {
  const list = BUNDLED_CHECKLISTS.map((checklist) => ({
    id: checklist.id,
    title: checklist.title,
    payer: checklist.payer,
    service: checklist.service,
    vintage: checklist.vintage,
    rules: checklist.rules.length,
    source: formatCitation(checklist.source),
  }));
  return document(list);
}

/**
 * A batch's report is written as it is checked, so a reader that stops early (`claimlint check big.837 | head`)
 * closes the pipe mid-run: that ends the run quietly, as it does for other command-line tools, not with a stack.
 */
function stopQuietlyWhenStdoutCloses(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
    throw error;
  });
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
