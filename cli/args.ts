/**
 * Command-line arguments -> a command. Hand-rolled rather than a parser package: four commands and three
 * options, and every mistake must become one line on stderr with exit status 2.
 */

export type Command =
  | { kind: 'help' }
  | { kind: 'list-checklists'; json: boolean }
  | { kind: 'check'; file: string; json: boolean; checklistIds: string[]; payer?: string; service?: string; asOf?: string }
  | { kind: 'fields'; file: string; json: boolean };

/** A mistake in how the command was called (exit status 2). */
export class UsageError extends Error {}

export const USAGE = `Usage:
  claimlint check <file> [--json] [--checklist <id>]... [--payer <id>] [--service <id>] [--as-of <date>]
  claimlint fields <file> [--json]          what the field detector read (concepts, never values)
  claimlint --list-checklists [--json]      (also: claimlint list-checklists)
  claimlint --help

Checks a saved claim or documentation page (.html, .htm), an X12 837P claim file (any extension: .837, .txt,
.edi…) or FHIR JSON (a Claim, a Bundle such as a Da Vinci PAS request, Goal/CarePlan/ServiceRequest) for gaps
before submit. A file with several claims is checked claim by claim; --json then prints an array.
  --json              machine-readable output (field values are never printed)
  --checklist <id>    use this checklist instead of the ones chosen from the page; repeatable
  --payer <id>        the payer, instead of the one read from the page (medicare, aetna, premera, …)
  --service <id>      the service, instead of the one read from the codes (massage, therapy, psychotherapy, …)
  --as-of <date>      check as of this date (YYYY-MM-DD) instead of today: letter and plan ages, code validity
Exit status: 0 nothing failed, 1 a rule failed, 2 bad input.`;

/** Parses argv (without node and the script path). Throws UsageError on anything it does not understand. */
export function parseArgs(argv: readonly string[]): Command {
  const positional: string[] = [];
  const checklistIds: string[] = [];
  let json = false;
  let help = false;
  let list = false;
  const valued: Record<'payer' | 'service' | 'asOf', string | undefined> = { payer: undefined, service: undefined, asOf: undefined };
  const VALUED: Record<string, keyof typeof valued> = { '--payer': 'payer', '--service': 'service', '--as-of': 'asOf' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') help = true;
    else if (arg === '--json') json = true;
    else if (arg === '--list-checklists') list = true;
    else if (arg === '--checklist' || arg === '-c') {
      const id = argv[++i];
      if (id === undefined || id.startsWith('-')) throw new UsageError(`${arg} needs a checklist id`);
      checklistIds.push(id);
    } else if (arg.startsWith('--checklist=')) checklistIds.push(arg.slice('--checklist='.length));
    else if (arg in VALUED) {
      const value = argv[++i];
      if (value === undefined || value.startsWith('-')) throw new UsageError(`${arg} needs a value`);
      valued[VALUED[arg]!] = value;
    }
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else positional.push(arg);
  }
  if (help) return { kind: 'help' };
  const [command, ...rest] = positional;
  if (list || command === 'list-checklists') {
    const extra = list ? positional : rest;
    if (extra.length > 0) throw new UsageError(`unexpected argument ${extra[0]}`);
    return { kind: 'list-checklists', json };
  }
  if (command === undefined) throw new UsageError('missing command; try claimlint --help');
  if (command !== 'check' && command !== 'fields') throw new UsageError(`unknown command ${command}; try claimlint --help`);
  if (rest.length === 0) throw new UsageError(`${command} needs a file: claimlint ${command} <file.html>`);
  if (rest.length > 1) throw new UsageError(`${command} takes one file, got ${rest.length}`);
  if (command === 'fields') {
    if (checklistIds.length > 0 || Object.values(valued).some((value) => value !== undefined)) {
      throw new UsageError('fields takes no --checklist, --payer, --service or --as-of');
    }
    return { kind: 'fields', file: rest[0]!, json };
  }
  if (valued.asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(valued.asOf)) throw new UsageError('--as-of takes a date like 2026-11-22');
  return {
    kind: 'check', file: rest[0]!, json, checklistIds,
    ...(valued.payer !== undefined && { payer: valued.payer }),
    ...(valued.service !== undefined && { service: valued.service }),
    ...(valued.asOf !== undefined && { asOf: valued.asOf }),
  };
}
