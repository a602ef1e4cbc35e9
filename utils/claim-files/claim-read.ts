/**
 * One claim read from a claim file, as the biller knows it: its own id (X12 CLM01 patient control number, FHIR
 * Claim.identifier or Claim.id), its place in the file, and why it is not checked when it is not (an institutional
 * or dental claim, a payer's response). The command line, the bench and the browser all read claim files through
 * these two functions, so a claim is named and skipped the same way everywhere.
 */
import type { Snapshot } from '../../rules/schema';
import { fhirReadings } from './fhir-claim';
import { countX12Claims, readX12Chunks, textChunks } from './x12-837p-stream';

export interface ClaimRead {
  /** The claim's fields (none when `notChecked`). */
  snapshot: Snapshot;
  /** The id the biller searches for: CLM01 for X12, Claim.identifier (else Claim.id) for FHIR; null when absent. */
  claimId: string | null;
  /** X12: the ST02 transaction set control number the claim sits in. */
  controlNumber?: string;
  /** 1-based place of the claim in the file. */
  position: number;
  /** Why this claim is not checked, in words a biller reads; absent when it is checked. */
  notChecked?: string;
}

/**
 * The claims of an X12 837P file, one at a time. `notices` receives what the file as a whole needs said (a version
 * read with a caveat, a separator mismatch), once. The text is whole, so titles give each claim's place of all.
 */
export async function* x12Claims(text: string, url: string, notices: string[], takenAt?: string): AsyncGenerator<ClaimRead> {
  yield* x12ClaimsRead(textChunks(text), url, notices, takenAt, countX12Claims(text));
}

/**
 * The claims of an X12 837P stream (a file read in chunks, standard input), one at a time without holding the
 * others: memory follows one claim, not the file. Titles say "claim n", since the count is known only at the end.
 */
export async function* x12ClaimsFromChunks(
  chunks: AsyncIterable<string>, url: string, notices: string[], takenAt?: string,
): AsyncGenerator<ClaimRead> {
  yield* x12ClaimsRead(chunks, url, notices, takenAt, null);
}

async function* x12ClaimsRead(
  chunks: AsyncIterable<string> | Iterable<string>, url: string, notices: string[], takenAt: string | undefined, total: number | null,
): AsyncGenerator<ClaimRead> {
  for await (const { snapshot, claimId, controlNumber, position } of readX12Chunks(chunks, url, notices, takenAt, total)) {
    yield { snapshot, claimId, ...(controlNumber && { controlNumber }), position };
  }
}

/**
 * The claims of a FHIR JSON file (a Claim, a Bundle of them, a PAS request, or documentation read as one), each
 * with its Claim.identifier / Claim.id; an institutional, oral, vision or pharmacy claim, a STU3 claim or one the
 * payer has already answered comes back `notChecked` with the reason. Throws an Error with a one-line reason for
 * a file that gives nothing to read (a payer's response, an empty Bundle, not FHIR).
 */
export function fhirClaims(json: unknown, url: string, notices: string[], takenAt?: string): ClaimRead[] {
  return [...fhirClaimsOneAtATime(json, url, notices, takenAt)];
}

/**
 * fhirClaims one claim at a time, each snapshot made when asked for (what a batch of thousands needs: memory
 * follows the parsed file and one claim, not every claim's snapshot). Errors come from the first `next()`.
 */
export function* fhirClaimsOneAtATime(json: unknown, url: string, notices: string[], takenAt?: string): Generator<ClaimRead> {
  void notices;
  let position = 0;
  for (const reading of fhirReadings(json, url, takenAt)) {
    position += 1;
    yield {
      snapshot: reading.snapshot,
      claimId: reading.claimId,
      position,
      ...(reading.notChecked !== undefined && { notChecked: reading.notChecked }),
    };
  }
}
