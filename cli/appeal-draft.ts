/**
 * `claimlint letter --type appeal`: the denial file (or standard input) read first, so that a claim file holding
 * several claims can give the one the denial names; then the one denial to appeal chosen, and the appeal drafted
 * from it and the checked files (rules/letters/draft-appeal). Every way this can go wrong with the input (no
 * denial read, several claims and no way to tell which, a paid claim) is an InputError: exit 2.
 */
import { readFile } from 'node:fs/promises';
import { allDenialReasons, type Denial } from '../rules/denials/denial';
import { isCostShare } from '../rules/denials/denial-codes';
import type { CodeDescriptions } from '../rules/letters/appeal-answers';
import { diagnosisLookupIn, type DiagnosisLookup } from '../rules/letters/diagnosis-lookup';
import { draftAppeal } from '../rules/letters/draft-appeal';
import type { LetterDraft } from '../rules/letters/draft';
import type { CheckedSource } from '../rules/letters/letter-sources';
import type { Snapshot } from '../rules/schema';
import { matchDenialPatient } from '../rules/letters/denial-patient';
import { assertSamePatient, SourcesDisagreeError } from '../rules/letters/same-patient';
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
  const denial = chosenDenial(denials, claimIds, name);
  const notice = tieToFiles(denial, sources, claimIds, name, command.files);
  if (notice) inputs.notice(notice);
  const descriptions = await inputs.descriptionsFor?.(diagnosisLookupIn(sources, denial));
  return draftAppeal({ denial, sources, ...(descriptions && { descriptions }), ...(command.planType && { planType: command.planType }) });
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
function sourceClaimIds(sources: readonly CheckedSource[]): string[] {
  const ids = sources.flatMap(({ snapshot }) => snapshot.fields.filter((field) => field.concept === 'patient.accountNumber').map((field) => field.value.trim()));
  return [...new Set(ids.filter(Boolean))];
}

/**
 * The denial whose claim id (or the payer's claim number) one of the files shows; else the only one in the file;
 * else an error listing the claims. A claim with nothing but cost sharing (deductible, coinsurance) was paid: there
 * is nothing to appeal, and a letter drafted for it would ask the payer to reverse a payment.
 */
function chosenDenial(denials: readonly Denial[], claimIds: readonly string[], name: string): Denial {
  const matching = denials.filter((denial) => namesClaim(denial, claimIds));
  let denial: Denial;
  if (matching.length === 1) denial = matching[0]!;
  else if (denials.length === 1) denial = denials[0]!;
  else {
    const listed = denials.map((each) => `${claimLabel(each)} (${outcomeWords(each)})`).join(', ');
    const why = claimIds.length === 0 ? 'and no file shows which claim to appeal' : `and none is the claim the files show (${claimIds.join(', ')})`;
    throw new InputError(`${name}: holds ${denials.length} claims, ${listed}, ${why}; give the claim file or page of the one to appeal, or save that claim's denial on its own`);
  }
  if (!hasSomethingToAppeal(denial)) {
    const shares = allDenialReasons(denial).map((reason) => `${reason.group ? `${reason.group}-` : ''}${reason.code}`);
    const claim = `${denial.claimId || !denial.payerClaimNumber ? 'claim ' : 'payer claim '}${claimLabel(denial)}`;
    // Marked denied, yet every adjustment is one that denies nothing: a letter would have no reason to answer.
    if (/^4\b/.test(denial.status ?? '')) {
      throw new InputError(`${name}: ${claim} is marked denied, but gives no reason to answer (only ${shares.join(', ') || 'no adjustment'}, which deny nothing); ask the payer why it was denied, then type the denial by hand with that reason`);
    }
    throw new InputError(`${name}: ${claim} was paid${shares.length > 0 ? ` (only cost sharing: ${shares.join(', ')})` : ''}; there is nothing to appeal`);
  }
  return denial;
}

/** The claim as the denial names it: the provider's claim id, else the payer's claim number. */
function claimLabel(denial: Denial): string {
  return denial.claimId ?? denial.payerClaimNumber ?? '(no claim id)';
}

/**
 * What the payer did with a claim, for a list to choose from: a reversal of an earlier payment (835 CLP02 22), denied
 * (CLP02 4, or nothing paid for a contestable reason), paid (nothing but cost sharing), or paid in part.
 */
function outcomeWords(denial: Denial): string {
  if (/^22\b/.test(denial.status ?? '')) return 'reversal';
  if (/^4\b/.test(denial.status ?? '')) return 'denied';
  if (!hasSomethingToAppeal(denial)) return 'paid';
  return (denial.paidAmount ?? 0) > 0 ? 'paid in part' : 'denied';
}

/** True when the denial's claim id or the payer's claim number is one the files show. */
function namesClaim(denial: Denial, claimIds: readonly string[]): boolean {
  const wanted = new Set(claimIds.map(normalId));
  return [denial.claimId, denial.payerClaimNumber].some((id) => id !== undefined && wanted.has(normalId(id)));
}

/**
 * A reason other than deductible, coinsurance, copay or contracted write-off (a code ClaimLint does not know
 * counts), or, for a denial typed by hand, a reason given only in words. A payer's free-text note on an 835 or EOB
 * ("processed per contract") is no reason by itself.
 */
function hasSomethingToAppeal(denial: Denial): boolean {
  if (allDenialReasons(denial).some((reason) => !isCostShare(reason))) return true;
  return denial.source.format === 'manual' && (denial.notes ?? []).length > 0;
}

/**
 * The denial and the files are about one claim of one patient, else the appeal would answer one person's denial
 * with another's records. Files that disagree among themselves, or a denial whose member ID, name or date of birth
 * is not the files' (rules/letters/denial-patient), are refused; so is a denial for another claim number that
 * nothing shows to be this patient's. What cannot be told either way is said on stderr (the returned notice), never
 * passed over. Messages name the files, never the values.
 */
function tieToFiles(denial: Denial, sources: readonly CheckedSource[], claimIds: readonly string[], name: string, files: readonly string[]): string | undefined {
  try {
    assertSamePatient(sources);
  } catch (error) {
    if (error instanceof SourcesDisagreeError) throw new InputError(error.message);
    throw error;
  }
  if (sources.length === 0) return undefined;
  const match = matchDenialPatient(denial, sources.map(({ snapshot }) => snapshot));
  if (match.verdict === 'different') {
    const what = { 'member IDs': "member ID is", names: "patient's name is", 'dates of birth': "patient's date of birth is" }[match.differs];
    const where = match.positions.map((position) => files[position] ?? `source ${position + 1}`).join(', ');
    throw new InputError(`${name}: the denial's ${what} not the one in ${where}; an appeal answers one patient's denial with that patient's records`);
  }
  if (namesClaim(denial, claimIds)) return undefined;
  const otherClaim = denial.claimId !== undefined && claimIds.length > 0;
  if (otherClaim && match.verdict === 'same') {
    return `the denial is for claim ${denial.claimId}; the files show claim ${claimIds.join(', ')}: check that they are about the same claim`;
  }
  if (otherClaim) {
    throw new InputError(`${name}: the denial is for claim ${denial.claimId} and the files show claim ${claimIds.join(', ')}, and no member ID, or name and date of birth, shows it is the same patient; give the denial of this claim`);
  }
  if (match.verdict === 'same') return undefined;
  return 'nothing in the denial (a claim number, member ID, or name and date of birth the files show) ties it to these files: check that it is this claim\'s denial before you send the appeal';
}

function normalId(id: string): string {
  return id.trim().toUpperCase();
}
