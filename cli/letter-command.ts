/**
 * `claimlint letter --type lmn <file>...`: the files `check` reads (pages, letters, plans, notes, claim files) are
 * read and checked, together they are the sources of one letter of medical necessity (rules/letters), and the
 * draft is printed or written as text, Markdown or JSON. Exit 1 while placeholders remain, 0 when complete.
 * `--type appeal --denial <file>`: the same sources answer a denial (cli/appeal-draft.ts).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { BUNDLED_CHECKLISTS } from '../rules/checklists/index';
import { checkForLetter } from '../rules/letters/check-for-letter';
import type { LetterDraft } from '../rules/letters/draft';
import type { DiagnosisDescriptions } from '../rules/letters/diagnosis-parts';
import { diagnosisLookupIn, type DiagnosisLookup } from '../rules/letters/diagnosis-lookup';
import { draftLmn } from '../rules/letters/draft-lmn';
import { renderDraftExplain, renderDraftMarkdown, renderDraftText } from '../rules/letters/render-draft';
import type { CheckedSource } from '../rules/letters/letter-sources';
import { readTemplateText } from '../rules/letters/practice-template-text';
import { SourcesDisagreeError } from '../rules/letters/same-patient';
import type { LetterTemplate } from '../rules/letters/template-schema';
import { BUNDLED_TEMPLATES } from '../rules/letters/templates/index';
import { claimTheDenialNames, draftAppealFor, readAppealDenials, type ReadDenials } from './appeal-draft';
import type { LetterCommand } from './args';
import { EXIT_GAPS, EXIT_OK } from './check-command';
import { InputError } from './load-html';
import { loadIcd10Cm } from './load-icd10cm';
import { loadDescriptionsFor } from './load-icd10cm-descriptions';
import { loadNcci } from './load-ncci';
import { chosenChecklists, checkFile, type CheckOptions } from './run-check';

export interface LetterOutput {
  stdout(text: string): void;
  stderr(text: string): void;
  /** What `--denial -` reads (none: standard input cannot be read). */
  stdin?: AsyncIterable<Uint8Array | string> & { isTTY?: boolean };
}

export async function runLetterCommand(command: LetterCommand, output: LetterOutput): Promise<number> {
  const options: CheckOptions = {
    ...(command.payer !== undefined && { payer: command.payer }),
    ...(command.service !== undefined && { service: command.service }),
    ...(command.asOf !== undefined && { asOf: command.asOf }),
    ...(command.as !== undefined && { as: command.as }),
  };
  chosenChecklists([], options);
  const stdin = { ...(output.stdin && { stdin: output.stdin }) };
  const notice = (text: string) => output.stderr(`claimlint: ${text}\n`);
  const descriptionsFor = (lookup: DiagnosisLookup) => officialDescriptions(lookup, notice);
  // The denial is read before the files: it names the claim to take from a claim file that holds several.
  const denials = command.type === 'appeal' ? await readAppealDenials(command, stdin) : undefined;
  const { sources, claimIds } = await checkedSources(command.files, options, denials);
  const draft = denials
    ? await draftAppealFor(command, { sources, claimIds }, denials, { ...stdin, notice, descriptionsFor })
    : draftWithSources({
      sources,
      templates: [...await practiceTemplates(command.templates ?? []), ...BUNDLED_TEMPLATES],
      ...await descriptionsOf(diagnosisLookupIn(sources), descriptionsFor),
      ...(command.payer !== undefined && { payer: command.payer }),
      ...(command.service !== undefined && { service: command.service }),
    });
  // The Word writer is loaded only for a Word file: the other commands do not parse it.
  const rendered = command.format === 'docx' ? await (await import('../utils/letters/render-docx')).renderDraftDocx(draft) : render(draft, command.format);
  if (command.output !== undefined) {
    await writeOutput(command.output, rendered);
    output.stderr(`claimlint: wrote ${command.output} (${draft.gaps.length === 0 ? 'complete' : `${draft.gaps.length} placeholder${draft.gaps.length === 1 ? '' : 's'} to fill`})\n`);
    if (command.explain) output.stdout(renderDraftExplain(draft, command.files));
  } else {
    if (typeof rendered !== 'string') throw new InputError('--format docx writes a Word file: give it with -o <file>.docx');
    output.stdout(command.explain ? `${rendered}\n--- Where each part comes from ---\n${renderDraftExplain(draft, command.files)}` : rendered);
  }
  return draft.gaps.length === 0 ? EXIT_OK : EXIT_GAPS;
}

/**
 * Each file read and checked, with the claim ids the files show (837 CLM01, a FHIR Claim's identifier). One letter
 * is about one claim: a claim file with several claims gives the one the denial names (an appeal), else it is
 * refused.
 */
async function checkedSources(files: readonly string[], options: CheckOptions, denials?: ReadDenials): Promise<{ sources: CheckedSource[]; claimIds: string[] }> {
  const references = { icd10cm: await loadIcd10Cm(), ncci: await loadNcci() };
  const sources: CheckedSource[] = [];
  const claimIds: string[] = [];
  for (const file of files) {
    const { results, claimIds: ids } = await checkFile(file, [], options);
    if (results.length === 0) throw new InputError(`${file}: no claim or document was read from it, so there is nothing to draft from`);
    if (results.length > 1 && !denials) throw new InputError(`${file}: holds ${results.length} claims; a letter is drafted for one claim (save that claim on its own)`);
    const claims = results.map((result, position) => ({ snapshot: result.snapshot, claimId: ids[position] ?? null }));
    const { snapshot, claimId } = claims.length > 1 ? claimTheDenialNames(file, claims, denials!) : claims[0]!;
    if (claimId) claimIds.push(claimId);
    sources.push({
      snapshot,
      result: checkForLetter(snapshot, {
        checklists: BUNDLED_CHECKLISTS,
        choice: { ...(options.payer && { payer: options.payer }), ...(options.service && { service: options.service }) },
        references,
      }),
    });
  }
  return { sources, claimIds };
}

/**
 * The official descriptions of the codes, in the fiscal year of the date of service; none when there is no code
 * to describe, or when the packaged descriptions cannot be read (said on standard error: the letter then quotes
 * each diagnosis as its source wrote it).
 */
async function officialDescriptions(lookup: DiagnosisLookup, notice: (text: string) => void): Promise<DiagnosisDescriptions | undefined> {
  if (lookup.codes.length === 0) return undefined;
  try {
    return (await loadDescriptionsFor(lookup.codes)).onDate(lookup.dateOfService);
  } catch (error) {
    notice(`the official ICD-10-CM descriptions could not be read (${error instanceof Error ? error.message : String(error)}); diagnoses are written as the sources wrote them`);
    return undefined;
  }
}

async function descriptionsOf(lookup: DiagnosisLookup, descriptionsFor: (lookup: DiagnosisLookup) => Promise<DiagnosisDescriptions | undefined>): Promise<{ descriptions?: DiagnosisDescriptions }> {
  const descriptions = await descriptionsFor(lookup);
  return descriptions ? { descriptions } : {};
}

/** The practice's template files, each read and validated; one that does not pass is bad input (exit 2). */
async function practiceTemplates(files: readonly string[]): Promise<LetterTemplate[]> {
  const templates: LetterTemplate[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new InputError(`${file}: could not read the letter template (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    const parsed = readTemplateText(text, file);
    if (!parsed.ok) throw new InputError(parsed.error);
    templates.push(parsed.template);
  }
  return templates;
}

/** The draft; sources about different patients are bad input (exit 2), not an internal error. */
function draftWithSources(input: Parameters<typeof draftLmn>[0]): LetterDraft {
  try {
    return draftLmn(input);
  } catch (error) {
    if (error instanceof SourcesDisagreeError) throw new InputError(error.message);
    throw error;
  }
}

function render(draft: LetterDraft, format: Exclude<LetterCommand['format'], 'docx'>): string {
  if (format === 'json') return `${JSON.stringify(draft, null, 2)}\n`;
  return format === 'markdown' ? renderDraftMarkdown(draft) : renderDraftText(draft);
}

async function writeOutput(path: string, content: string | Uint8Array): Promise<void> {
  try {
    await (typeof content === 'string' ? writeFile(path, content, 'utf8') : writeFile(path, content));
  } catch (error) {
    throw new InputError(`${path}: could not write the letter (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
