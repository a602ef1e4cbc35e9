/**
 * claimlint: check a saved claim or letter-of-medical-necessity page from the command line, with the same
 * field detector and rules as the extension. Returns the exit status instead of exiting, so output flushes.
 */
import { BUNDLED_CHECKLISTS } from '../rules/checklists/index';
import { countGaps, formatCitation } from '../rules/engine';
import { parseArgs, USAGE, UsageError, type Command } from './args';
import { InputError } from './load-html';
import { renderFieldsTable } from './render-fields';
import { checkJson, document, fieldsJson } from './render-json';
import { readFields } from './read-fields';
import { renderTable } from './render-table';
import { checkFile } from './run-check';

export const EXIT_OK = 0;
export const EXIT_GAPS = 1;
export const EXIT_BAD_INPUT = 2;
/** Width of the table when stdout is not a terminal (a log or a pipe). */
const DEFAULT_WIDTH = 120;

export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Terminal width for the table; undefined when not a terminal. */
  columns?: number;
}

const processOutput: Output = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  columns: process.stdout.columns,
};

/** Runs one command line (argv without node and script) and returns the exit status. */
export async function main(argv: readonly string[], output: Output = processOutput): Promise<number> {
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
      const { results, notice } = await readFields(command.file, command);
      if (notice) output.stderr(`claimlint: ${command.file}: ${notice}\n`);
      output.stdout(command.json ? jsonOf(results, fieldsJson) : results.map((result) => renderFieldsTable(result, output.columns ?? DEFAULT_WIDTH)).join('\n'));
      return EXIT_OK;
    }
    case 'check': {
      const { results, notice } = await checkFile(command.file, command.checklistIds, command);
      // On stderr, so --json output stays one parseable document.
      if (notice) output.stderr(`claimlint: ${command.file}: ${notice}\n`);
      output.stdout(command.json ? jsonOf(results, checkJson) : results.map((result) => renderTable(result, output.columns ?? DEFAULT_WIDTH)).join('\n'));
      return results.some((result) => countGaps(result.findings) > 0) ? EXIT_GAPS : EXIT_OK;
    }
  }
}

/**
 * One result prints as the documented object; a claim file holding several claims (an 837 batch, a Bundle)
 * prints an array of them, in file order, each object the same shape with its claim's title.
 */
function jsonOf<T extends { snapshot: { title: string } }>(results: T[], toJson: (result: T) => object): string {
  if (results.length === 1) return document(toJson(results[0]!));
  return document(results.map((result) => ({ ...toJson(result), title: result.snapshot.title })));
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

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
