/**
 * An 837P read claim by claim from chunks of text (a file stream, standard input, a fetch body): segments are cut
 * as the terminator is found, the walk keeps only the billing provider, subscriber and patient loops it is in,
 * and each claim is handed on as soon as the next CLM, HL or SE ends it. Memory follows one claim and one chunk,
 * not the file: a 100,000-claim batch reads in the same space as a small one.
 */
import { claimSnapshot, type X12ClaimSnapshot } from './x12-837p';
import { emptyFileError, X12Walk, type X12Claim } from './x12-837p-walk';
import { readSeparators, X12SegmentSplitter, type X12Segment } from './x12-segments';

/**
 * The claims of an 837P, one at a time, from its text in chunks. `total`, when the caller knows it, goes into each
 * title ("2 of 5"); a stream does not know it, so titles say "claim 2". Notices are pushed once each, as soon as
 * they are found (a 4010 version at GS, a separator mismatch at the first composite). Throws a one-line Error
 * for a file that is not an 837P, after yielding the claims read before the reason was found.
 */
export async function* readX12Chunks(
  chunks: AsyncIterable<string> | Iterable<string>, url: string, notices: string[], takenAt?: string, total: number | null = null,
): AsyncGenerator<X12ClaimSnapshot> {
  const splitter = new X12SegmentSplitter();
  const ready: X12Claim[] = [];
  const sink = { claim: (claim: X12Claim) => ready.push(claim), notice: (message: string) => notices.push(message) };
  let walk: X12Walk | undefined;
  let position = 0;
  // A claim is ready only once the segment after it arrived, so at most one waits here.
  const take = function* (): Generator<X12ClaimSnapshot> {
    for (let claim = ready.shift(); claim; claim = ready.shift()) {
      position += 1;
      yield claimSnapshot(claim, position, total, url, takenAt);
    }
  };
  const feed = function* (segments: Iterable<X12Segment>): Generator<X12ClaimSnapshot> {
    for (const segment of segments) {
      walk ??= new X12Walk(splitter.separators!, sink);
      walk.read(segment);
      yield* take();
    }
  };
  for await (const chunk of chunks) yield* feed(splitter.push(chunk));
  yield* feed(splitter.finish());
  // finish() throws unless the text began with an ISA, and the ISA is itself a segment: the walk has begun.
  walk!.finish();
  yield* take();
  const empty = emptyFileError(walk!);
  if (empty) throw empty;
}

/** How many CLM segments a whole 837P text holds, counted without reading them (for "n of N" titles). */
export function countX12Claims(text: string): number {
  const { start, separators } = readSeparators(text);
  const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A CLM begins a segment: right after a terminator, past any line breaks and indentation.
  const clm = new RegExp(`${escape(separators.terminator)}\\s*CLM${escape(separators.element)}`, 'g');
  let count = 0;
  clm.lastIndex = start;
  while (clm.exec(text) !== null) count += 1;
  return count;
}

/** A whole text as chunks of about a megabyte, so the splitter never holds a second copy of it. */
export function* textChunks(text: string, size = 1 << 20): Generator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}
