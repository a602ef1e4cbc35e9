/**
 * Which denial an appeal answers, and whether it is about the sources' claim and patient: the claim the sources show
 * (a claim id, the patient account number) picks one claim of a denial file that holds several; a paid claim has
 * nothing to appeal; a denial whose member ID, name or date of birth is not the sources' is another patient's
 * (rules/letters/denial-patient). Shared by `claimlint letter --type appeal` and the extension's letter page.
 * Refusals are DenialRefusedError with a message naming the denial and the sources, never patient values.
 */
import { allDenialReasons, type Denial } from '../denials/denial';
import { reasonDeniesNothing } from '../denials/denial-codes';
import { matchDenialPatient } from './denial-patient';
import type { CheckedSource } from './letter-sources';
import { assertSamePatient } from './same-patient';

/** The denial or the sources do not make one appeal; the message says why and what to give instead. */
export class DenialRefusedError extends Error {
  override name = 'DenialRefusedError';
}

/** What messages call the denial ("remit.835", "The denial") and each source (file names, page titles). */
export interface AppealNames {
  denial: string;
  sources: readonly string[];
}

export function sourceClaimIds(sources: readonly CheckedSource[]): string[] {
  const ids = sources.flatMap(({ snapshot }) => snapshot.fields.filter((field) => field.concept === 'patient.accountNumber').map((field) => field.value.trim()));
  return [...new Set(ids.filter(Boolean))];
}

/**
 * The denial whose claim id (or the payer's claim number) one of the files shows; else the only one in the file;
 * else an error listing the claims. A claim with nothing but cost sharing (deductible, coinsurance) was paid: there
 * is nothing to appeal, and a letter drafted for it would ask the payer to reverse a payment.
 */
export function chosenDenial(denials: readonly Denial[], claimIds: readonly string[], name: string): Denial {
  const matching = denials.filter((denial) => namesClaim(denial, claimIds));
  let denial: Denial;
  if (matching.length === 1) denial = matching[0]!;
  else if (denials.length === 1) denial = denials[0]!;
  else {
    const listed = denials.map((each) => `${claimLabel(each)} (${outcomeWords(each)})`).join(', ');
    const why = claimIds.length === 0 ? 'and no file shows which claim to appeal' : `and none is the claim the files show (${claimIds.join(', ')})`;
    throw new DenialRefusedError(`${name}: holds ${denials.length} claims, ${listed}, ${why}; give the claim file or page of the one to appeal, or save that claim's denial on its own`);
  }
  if (!hasSomethingToAppeal(denial)) {
    const shares = allDenialReasons(denial).map((reason) => `${reason.group ? `${reason.group}-` : ''}${reason.code}`);
    const claim = `${denial.claimId || !denial.payerClaimNumber ? 'claim ' : 'payer claim '}${claimLabel(denial)}`;
    // Marked denied, yet every adjustment is one that denies nothing: a letter would have no reason to answer.
    if (/^4\b/.test(denial.status ?? '')) {
      throw new DenialRefusedError(`${name}: ${claim} is marked denied, but gives no reason to answer (only ${shares.join(', ') || 'no adjustment'}, which deny nothing); ask the payer why it was denied, then type the denial by hand with that reason`);
    }
    throw new DenialRefusedError(`${name}: ${claim} was paid${shares.length > 0 ? ` (only cost sharing: ${shares.join(', ')})` : ''}; there is nothing to appeal`);
  }
  return denial;
}

/** The claim as the denial names it: the provider's claim id, else the payer's claim number. */
export function claimLabel(denial: Denial): string {
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
export function namesClaim(denial: Denial, claimIds: readonly string[]): boolean {
  const wanted = new Set(claimIds.map(normalId));
  return [denial.claimId, denial.payerClaimNumber].some((id) => id !== undefined && wanted.has(normalId(id)));
}

/**
 * A reason other than deductible, coinsurance, copay or contracted write-off (a code ClaimLint does not know
 * counts), or, for a denial typed by hand, a reason given only in words. A payer's free-text note on an 835 or EOB
 * ("processed per contract") is no reason by itself.
 */
function hasSomethingToAppeal(denial: Denial): boolean {
  if (allDenialReasons(denial).some((reason) => !reasonDeniesNothing(reason))) return true;
  return denial.source.format === 'manual' && (denial.notes ?? []).length > 0;
}

/**
 * The denial and the files are about one claim of one patient, else the appeal would answer one person's denial
 * with another's records. Files that disagree among themselves, or a denial whose member ID, name or date of birth
 * is not the files' (rules/letters/denial-patient), are refused; so is a denial for another claim number that
 * nothing shows to be this patient's. What cannot be told either way is said on stderr (the returned notice), never
 * passed over. Messages name the files, never the values.
 */
export function tieToSources(denial: Denial, sources: readonly CheckedSource[], claimIds: readonly string[], { denial: name, sources: files }: AppealNames): string | undefined {
  assertSamePatient(sources);
  if (sources.length === 0) return undefined;
  const match = matchDenialPatient(denial, sources.map(({ snapshot }) => snapshot));
  if (match.verdict === 'different') {
    const what = { 'member IDs': "member ID is", names: "patient's name is", 'dates of birth': "patient's date of birth is" }[match.differs];
    const where = match.positions.map((position) => files[position] ?? `source ${position + 1}`).join(', ');
    throw new DenialRefusedError(`${name}: the denial's ${what} not the one in ${where}; an appeal answers one patient's denial with that patient's records`);
  }
  if (namesClaim(denial, claimIds)) return undefined;
  const otherClaim = denial.claimId !== undefined && claimIds.length > 0;
  if (otherClaim && match.verdict === 'same') {
    return `the denial is for claim ${denial.claimId}; the files show claim ${claimIds.join(', ')}: check that they are about the same claim`;
  }
  if (otherClaim) {
    throw new DenialRefusedError(`${name}: the denial is for claim ${denial.claimId} and the files show claim ${claimIds.join(', ')}, and no member ID, or name and date of birth, shows it is the same patient; give the denial of this claim`);
  }
  if (match.verdict === 'same') return undefined;
  return 'nothing in the denial (a claim number, member ID, or name and date of birth the files show) ties it to these files: check that it is this claim\'s denial before you send the appeal';
}

/** A claim id as compared: case and surrounding space aside. */
export function normalId(id: string): string {
  return id.trim().toUpperCase();
}
