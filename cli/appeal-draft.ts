/**
 * `claimlint letter --type appeal`: the denial file (or standard input) read first, so that a claim file holding
 * several claims can give the one the denial names; then the one denial to appeal chosen, and the appeal drafted
 * from it and the checked files (rules/letters/draft-appeal). Every way this can go wrong with the input (no
 * denial read, several claims and no way to tell which, a paid claim) is an InputError: exit 2.
 */
import { readFile } from 'node:fs/promises';
import type { Denial } from '../rules/denials/denial';
import type { CodeDescriptions } from '../rules/letters/appeal-answers';
import { diagnosisLookupIn, type DiagnosisLookup } from '../rules/letters/diagnosis-lookup';
import { draftAppeal } from '../rules/letters/draft-appeal';
import type { LetterDraft } from '../rules/letters/draft';
import type { CheckedSource } from '../rules/letters/letter-sources';
import type { Snapshot } from '../rules/schema';
import { chosenDenial, DenialRefusedError, normalId, sourceClaimIds, tieToSources } from '../rules/letters/denial-for-sources';
import { SourcesDisagreeError } from '../rules/letters/same-patient';
import { readDenials } from '../utils/denials/read-denial';
import type { LetterCommand } from './args';
import { InputError } from './load-html';
import { readStandardInput } from './read-input';

export interface AppealInputs {
  stdin?: AsyncIterable<Uint8Array | string> & { isTTY?: boolean };
  /** A line for the user that is not an error (a claim id that differs from the files'). */
  notice(text: string): void;
  /** The official descriptions of the diagnoses, on the denied claim's date of service (none: quoted as written). */
  descriptionsFor?: (lookup: DiagnosisLookup) => Promise<CodeDescriptions | undefined>;
}

/** What the denial file or standard input held: every claim's denial, and the name to give it in messages. */
export interface ReadDenials {
  name: string;
  denials: Denial[];
}

/** The command's denial file (or standard input), read. */
export async function readAppealDenials(command: LetterCommand, inputs: Pick<AppealInputs, 'stdin'>): Promise<ReadDenials> {
  const name = command.denial === '-' ? 'standard input' : command.denial!;
  return { name, denials: denialsIn(await denialText(command.denial!, inputs), name) };
}

/** One claim of a claim file, with its id as the reader names it (837 CLM01, a FHIR Claim's identifier). */
export interface FileClaim {
  snapshot: Snapshot;
  claimId: string | null;
}

/**
 * The claim of a claim file with several claims that the denial is about: the one whose claim id (837 CLM01, the
 * FHIR Claim's identifier: the patient control number an 835 sends back in CLP01) is the denial's claim id or the
 * payer's claim number. None or several is an error that lists what the file and the denial hold.
 */
export function claimTheDenialNames(file: string, claims: readonly FileClaim[], { name, denials }: ReadDenials): FileClaim {
  const wanted = new Set(denials.flatMap((denial) => [denial.claimId, denial.payerClaimNumber]).filter((id): id is string => !!id).map(normalId));
  const matching = claims.filter((claim) => idsOf(claim).some((id) => wanted.has(normalId(id))));
  if (matching.length === 1) return matching[0]!;
  const held = claims.map((claim) => idsOf(claim)[0] ?? '(no claim id)').join(', ');
  const named = [...new Set(denials.map((denial) => denial.claimId ?? denial.payerClaimNumber ?? '(no claim id)'))].join(', ');
  if (matching.length === 0) {
    throw new InputError(`${file}: holds ${claims.length} claims (${held}), and none is the claim ${name} is about (${named}); give the claim file of the denied claim, or save that claim on its own`);
  }
  throw new InputError(`${file}: holds ${matching.length} claims with the number ${name} names (${held}); save the one to appeal on its own`);
}

/** A claim's ids: the reader's claim id and the patient account number fields (box 26). */
function idsOf({ snapshot, claimId }: FileClaim): string[] {
  const fields = snapshot.fields.filter((field) => field.concept === 'patient.accountNumber').map((field) => field.value.trim()).filter(Boolean);
  return [...new Set([...(claimId ? [claimId] : []), ...fields])];
}

/** The checked files an appeal draws on, and the claim ids their readers gave (837 CLM01, FHIR Claim.identifier). */
export interface AppealFiles {
  sources: readonly CheckedSource[];
  claimIds: readonly string[];
}

/** The appeal draft for the denial read and the checked files. */
export async function draftAppealFor(command: LetterCommand, { sources, claimIds: readIds }: AppealFiles, { name, denials }: ReadDenials, inputs: AppealInputs): Promise<LetterDraft> {
  const claimIds = [...new Set([...readIds, ...sourceClaimIds(sources)])];
  const { denial, notice } = asInputErrors(() => {
    const chosen = chosenDenial(denials, claimIds, name);
    return { denial: chosen, notice: tieToSources(chosen, sources, claimIds, { denial: name, sources: command.files }) };
  });
  if (notice) inputs.notice(notice);
  const descriptions = await inputs.descriptionsFor?.(diagnosisLookupIn(sources, denial));
  return draftAppeal({ denial, sources, ...(descriptions && { descriptions }), ...(command.planType && { planType: command.planType }) });
}

/** A refusal of the denial or the files is bad input: exit 2, with its message. */
function asInputErrors<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof DenialRefusedError || error instanceof SourcesDisagreeError) throw new InputError(error.message);
    throw error;
  }
}

async function denialText(path: string, inputs: Pick<AppealInputs, 'stdin'>): Promise<string> {
  if (path === '-') {
    if (!inputs.stdin || inputs.stdin.isTTY) throw new InputError('--denial - reads the denial from standard input: pipe it in (claimlint letter --type appeal --denial - plan.txt < remit.835)');
    return new TextDecoder('utf-8').decode(await readStandardInput(inputs.stdin));
  }
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`${path}: could not read the denial (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

function denialsIn(text: string, name: string): Denial[] {
  if (text.trim() === '') throw new InputError(`${name}: the denial is empty`);
  let denials: Denial[];
  try {
    denials = readDenials(text, name);
  } catch (error) {
    throw new InputError(`${name}: ${(error as Error).message}`);
  }
  if (denials.length === 0) throw new InputError(`${name}: holds no claim, so there is no denial to appeal`);
  return denials;
}

/** The claim ids the checked files show (X12 CLM01 / box 26 patient account number), as written. */
