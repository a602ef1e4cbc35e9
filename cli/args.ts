/**
 * Command-line arguments -> a command. node:util's parseArgs reads them (strict: an unknown option or a missing
 * value is an error); this file says which options exist, turns the result into one command, and words every
 * mistake as one line on stderr with exit status 2.
 */
import { parseArgs as readArgs, type ParseArgsConfig } from 'node:util';
import { APPEAL_PLAN_TYPES, type AppealPlanType } from '../rules/denials/appeal-deadline';

export type Command =
  | { kind: 'help' }
  | { kind: 'list-checklists'; json: boolean }
  | {
    kind: 'check'; file: string; json: boolean; render: boolean; checklistIds: string[]; payer?: string; service?: string;
    documentKind?: string; asOf?: string; as?: DocumentAs; onlyGaps: boolean; maxClaims?: number; redact: boolean;
  }
  | { kind: 'fields'; file: string; json: boolean; render: boolean; as?: DocumentAs }
  | LetterCommand;

/** `claimlint letter`: the files are the sources of one letter. */
export interface LetterCommand {
  kind: 'letter';
  files: string[];
  type: 'lmn' | 'appeal';
  /** Appeals: the denial file (835, FHIR EOB or ClaimResponse, or typed by hand), or - for standard input. */
  denial?: string;
  /** Appeals: the kind of plan, which sets the deadline; else read from the payer names as draftAppeal does. */
  planType?: AppealPlanType;
  /** LMN: the practice's own template files (JSON), chosen before the bundled ones. */
  templates?: string[];
  format: LetterFormat;
  explain: boolean;
  output?: string;
  payer?: string;
  service?: string;
  asOf?: string;
  as?: DocumentAs;
}

export const LETTER_FORMATS = ['text', 'markdown', 'json', 'docx'] as const;
export type LetterFormat = (typeof LETTER_FORMATS)[number];

/** What --as says a file is. */
export const DOCUMENT_AS = ['letter', 'note', 'plan'] as const;
export type DocumentAs = (typeof DOCUMENT_AS)[number];

/** A mistake in how the command was called (exit status 2). */
export class UsageError extends Error {}

export const USAGE = `Usage:
  claimlint check <file | folder | -> [--json] [--only-gaps] [--max-claims <n>] [--redact] [--render]
                  [--as letter|note|plan] [--checklist <id>]... [--payer <id>] [--service <id>] [--kind <id>] [--as-of <date>]
  claimlint fields <file> [--json] [--render] [--as letter|note|plan]   what was read: a form's fields (concepts,
                      never values), a letter's or note's components with the sentence each came from
  claimlint letter --type lmn <file>... [--payer <id>] [--service <id>] [--template <f>]... [--format text|markdown|json|docx] [--explain]
                   [-o <out>] [--as letter|note|plan] [--as-of <date>]   draft a letter of medical necessity
  claimlint letter --type appeal --denial <file|-> [<file>...] [--plan-type <type>] [--format text|markdown|json|docx]
                   [--explain] [-o <out>] [--as letter|note|plan] [--as-of <date>]   draft the appeal of a denial
  claimlint --list-checklists [--json]      (also: claimlint list-checklists)
  claimlint --help

Checks a saved claim or documentation page (.html, .htm), a letter, plan or note as plain text (.txt) or
Markdown (.md), an X12 837P claim file (any extension: .837, .txt, .edi…) or FHIR JSON (a Claim, a Bundle such
as a Da Vinci PAS request, Goal/CarePlan/ServiceRequest) for gaps before submit. A folder is checked file by
file in name order; - reads standard input and tells the format from its content. A claim file is checked
claim by claim, each named by its own id (X12 CLM01, FHIR Claim.identifier) and place ("2 of 5"); the report
ends with a summary (claims read, claims with gaps, claims not checked and why, the most common gaps) and the
sources the checklists cite. A letter or note is judged whole: what it does not say is a gap.
  --json              one JSON document: a claim file gives { source, format, claims: [...], summary, notices },
                      however many claims it holds; a page or document its own object (README: Command line)
  --only-gaps         print only the claims (and a folder's pages and documents) with a failing rule; the
                      summary still counts every one
  --max-claims <n>    check only the first n claims of each claim file; the summary says so
  --redact            withhold identifiers: claims are named only by place ("Claim 2 of 5"), and NPIs, member
                      IDs, account, group, tax ID, license, authorization and claim numbers and the date of birth
                      read from the claim are masked in messages
  --as <what>         the file is a letter, note or plan (any extension): read it as one, and check it as a
                      letter of medical necessity, plan of care or daily note when its content does not say
  --render            open the page in headless Chromium first and read it once its scripts have built it, as
                      the extension does (also a web address: claimlint check http://127.0.0.1:3000/claim --render)
  --checklist <id>    use this checklist instead of the ones chosen from the page; repeatable
  --payer <id>        the payer, instead of the one read from the page (medicare, aetna, premera, …)
  --service <id>      the service, instead of the one read from the codes (massage, therapy, psychotherapy, …)
  --kind <id>         the kind of document, instead of the one read from the page (plan-of-care, daily-note, …)
  --as-of <date>      check as of this date (YYYY-MM-DD) instead of today: letter and plan ages, code validity
What check prints: rule ids, the labels and places of fields (a page's labels, "2300 REF*G1"), and messages
that quote the values they judge (codes, dates, units, NPIs, authorization numbers, excerpts of free text such
as goals), with each claim headed by its own id. Other field values (names, member IDs, birth dates) are never
printed on their own, and the patient's name is masked wherever a message would quote it; --redact withholds
the identifiers too. (fields on a letter, plan or note prints the sentences it read, names included.)
Exit status: 0 nothing failed, 1 a rule failed, 2 bad input (in a folder: a file that could not be read).

letter drafts a letter of medical necessity from the files check reads (a claim page or file, a plan of care,
notes, an existing letter); several files are the sources of one letter. Each component the sources hold is
copied and its source kept; each one they lack is a placeholder, [MISSING: what — checklist/rule].
  --type lmn|appeal   the letter to draft: a letter of medical necessity (default) or the appeal of a denial
  --denial <f>        appeal: the denial, an X12 835, a FHIR ExplanationOfBenefit or ClaimResponse, or typed by
                      hand ("Claim number: …", "Reason codes: CO-50" lines); - reads it from standard input.
                      Of an 835 with several claims, the one whose claim id (CLM01) a file shows is appealed;
                      of a claim file with several claims, the one the denial names
  --plan-type <t>     appeal: ${APPEAL_PLAN_TYPES.join('|')} (sets the deadline);
                      else read from the 835's CLP06 and the payer's name, else every type's deadline is listed
  --template <f>      lmn: a practice's own letter template (JSON, the format of rules/letters/templates); used
                      before ClaimLint's for the services and payers it names; may be given more than once
  --format <f>        text (default), markdown, json (the draft with the source of every part) or docx
                      (a Word file, placeholders bold on yellow; needs -o)
  --explain           also list where each filled part comes from and which rule each placeholder stands for
  -o, --output <f>    write the letter to this file instead of standard output
An appeal's notes for you (what to fix before appealing, the deadline, external review) follow the letter under
"Before you send" (in JSON: the draft's notes), never inside it.
Exit status of letter: 0 complete, 1 placeholders remain, 2 bad input.`;

/** Every option, as parseArgs declares it; USAGE documents each. */
const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  json: { type: 'boolean' },
  render: { type: 'boolean' },
  'list-checklists': { type: 'boolean' },
  checklist: { type: 'string', short: 'c', multiple: true },
  payer: { type: 'string' },
  service: { type: 'string' },
  kind: { type: 'string' },
  'as-of': { type: 'string' },
  as: { type: 'string' },
  'only-gaps': { type: 'boolean' },
  'max-claims': { type: 'string' },
  redact: { type: 'boolean' },
  type: { type: 'string' },
  format: { type: 'string' },
  explain: { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  denial: { type: 'string' },
  'plan-type': { type: 'string' },
  template: { type: 'string', multiple: true },
} as const satisfies ParseArgsConfig['options'];

/** Parses argv (without node and the script path). Throws UsageError on anything it does not understand. */
export function parseArgs(argv: readonly string[]): Command {
  const { values, positionals } = readArgsOrThrowUsage(argv);
  if (values.help) return { kind: 'help' };
  const [command, ...rest] = positionals;
  if (values['list-checklists'] || command === 'list-checklists') {
    const extra = values['list-checklists'] ? positionals : rest;
    if (extra.length > 0) throw new UsageError(`unexpected argument ${extra[0]}`);
    return { kind: 'list-checklists', json: values.json === true };
  }
  if (command === undefined) throw new UsageError('missing command; try claimlint --help');
  if (command === 'letter') return letterCommand(values, rest);
  if (values.type !== undefined || values.format !== undefined || values.explain || values.output !== undefined || values.denial !== undefined || values['plan-type'] !== undefined || values.template !== undefined) {
    throw new UsageError('--type, --format, --explain, --output, --denial, --plan-type and --template are for letter');
  }
  if (command !== 'check' && command !== 'fields') throw new UsageError(`unknown command ${command}; try claimlint --help`);
  if (rest.length === 0) throw new UsageError(`${command} needs a file: claimlint ${command} <file.html>`);
  if (rest.length > 1) throw new UsageError(`${command} takes one file, got ${rest.length}`);
  if (/^https?:\/\//i.test(rest[0]!) && values.render !== true) {
    throw new UsageError(`a web address is read in a browser: add --render (claimlint ${command} ${rest[0]} --render)`);
  }
  const { checklist: checklistIds = [], payer, service, kind: documentKind, 'as-of': asOf } = values;
  const as = documentAs(values.as);
  if (as && values.render === true) throw new UsageError('--as reads a file as a letter or note; it does not go with --render');
  if (command === 'fields') {
    if (checklistIds.length > 0 || payer !== undefined || service !== undefined || documentKind !== undefined || asOf !== undefined) {
      throw new UsageError('fields takes no --checklist, --payer, --service, --kind or --as-of');
    }
    if (values['only-gaps'] || values['max-claims'] !== undefined || values.redact) {
      throw new UsageError('fields takes no --only-gaps, --max-claims or --redact (they are for check)');
    }
    if (rest[0] === '-') throw new UsageError('fields reads a file; standard input (-) is read by check');
    return { kind: 'fields', file: rest[0]!, json: values.json === true, render: values.render === true, ...(as && { as }) };
  }
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new UsageError('--as-of takes a date like 2026-11-22');
  const maxClaims = maxClaimsOf(values['max-claims']);
  if (rest[0] === '-' && values.render === true) throw new UsageError('--render reads a page or web address, not standard input');
  return {
    kind: 'check', file: rest[0]!, json: values.json === true, render: values.render === true, checklistIds,
    onlyGaps: values['only-gaps'] === true, redact: values.redact === true,
    ...(maxClaims !== undefined && { maxClaims }),
    ...(payer !== undefined && { payer }),
    ...(service !== undefined && { service }),
    ...(documentKind !== undefined && { documentKind }),
    ...(asOf !== undefined && { asOf }),
    ...(as && { as }),
  };
}

type ParsedValues = ReturnType<typeof readArgsOrThrowUsage>['values'];

function letterCommand(values: ParsedValues, files: string[]): LetterCommand {
  const type = values.type ?? 'lmn';
  if (type !== 'lmn' && type !== 'appeal') throw new UsageError(`--type takes lmn or appeal, not "${type}"`);
  const format = values.format ?? 'text';
  const known = LETTER_FORMATS.find((word) => word === format);
  if (!known) throw new UsageError(`--format takes ${LETTER_FORMATS.join(', ')}, not "${format}"`);
  // A Word file is binary: it goes to a file, never to a terminal or a pipe that expects text.
  if (known === 'docx' && values.output === undefined) throw new UsageError('--format docx writes a Word file: give it with -o <file>.docx');
  if (values.explain && known === 'json') throw new UsageError('--explain goes with text or markdown; the JSON draft already carries the source of every part');
  const appeal = appealOptions(type, values);
  if (files.length === 0 && type === 'lmn') throw new UsageError('letter needs at least one file: claimlint letter --type lmn <file>...');
  if (files.includes('-')) throw new UsageError('letter reads files; standard input (-) is read by check (for an appeal: --denial -)');
  if (values.checklist !== undefined || values.kind !== undefined || values['only-gaps'] || values['max-claims'] !== undefined || values.redact || values.render || values.json) {
    throw new UsageError('letter takes no --checklist, --kind, --only-gaps, --max-claims, --redact, --render or --json (use --format json)');
  }
  const { payer, service, 'as-of': asOf, output, template: templates } = values;
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new UsageError('--as-of takes a date like 2026-11-22');
  if (templates !== undefined && type === 'appeal') throw new UsageError('--template is for a letter of medical necessity (--type lmn); an appeal is written from the denial');
  const as = documentAs(values.as);
  return {
    kind: 'letter', files, type, format: known, explain: values.explain === true, ...appeal,
    ...(templates !== undefined && { templates }),
    ...(output !== undefined && { output }),
    ...(payer !== undefined && { payer }),
    ...(service !== undefined && { service }),
    ...(asOf !== undefined && { asOf }),
    ...(as && { as }),
  };
}

/** --denial and --plan-type: an appeal needs the denial; an LMN takes neither. */
function appealOptions(type: LetterCommand['type'], values: ParsedValues): Pick<LetterCommand, 'denial' | 'planType'> {
  const { denial, 'plan-type': planWord } = values;
  if (type === 'lmn') {
    if (denial !== undefined || planWord !== undefined) throw new UsageError('--denial and --plan-type are for letter --type appeal');
    return {};
  }
  if (denial === undefined) throw new UsageError('letter --type appeal needs the denial: --denial <835, EOB, ClaimResponse or typed file>');
  if (planWord === undefined) return { denial };
  const planType = APPEAL_PLAN_TYPES.find((word) => word === planWord.toLowerCase());
  if (!planType) throw new UsageError(`--plan-type takes ${APPEAL_PLAN_TYPES.join(', ')}, not "${planWord}"`);
  return { denial, planType };
}

function maxClaimsOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--max-claims takes a whole number of claims, 1 or more, not "${value}"`);
  return Number(value);
}

function documentAs(value: string | undefined): DocumentAs | undefined {
  if (value === undefined) return undefined;
  const as = DOCUMENT_AS.find((word) => word === value.toLowerCase());
  if (!as) throw new UsageError(`--as takes ${DOCUMENT_AS.join(', ')}, not "${value}"`);
  return as;
}

function readArgsOrThrowUsage(argv: readonly string[]) {
  try {
    return readArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: true });
  } catch (error) {
    throw usageErrorOf(error);
  }
}

/**
 * parseArgs' error in the CLI's words. Node's messages run over several lines and quote the option first
 * ('--verbose', '-c, --checklist <value>', '--payer'); that quote says which option it was.
 */
function usageErrorOf(error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && quoted) return new UsageError(`unknown option ${quoted}`);
  const option = quoted ? optionNamed(quoted) : undefined;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    const [name, { type }] = option;
    if (type === 'boolean') return new UsageError(`--${name} takes no value`);
    return new UsageError(`--${name} needs ${name === 'checklist' ? 'a checklist id' : name === 'max-claims' ? 'a number' : 'a value'}`);
  }
  // Any other parseArgs error is still the caller's mistake; other errors are ours.
  return code?.startsWith('ERR_PARSE_ARGS_') ? new UsageError(message.split('\n')[0]!) : (error as Error);
}

/** The declared option a quote such as '-c, --checklist <value>' or '-c' names. */
function optionNamed(quoted: string) {
  const words = quoted.split(/[\s,]+/);
  return Object.entries(OPTIONS).find(([name, option]) => words.includes(`--${name}`) || ('short' in option && words.includes(`-${option.short}`)));
}
