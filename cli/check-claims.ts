/**
 * A claim file checked claim by claim, as its reader yields them: each claim is checked and handed on before the
 * next is read, so no list of every claim's snapshot or result is ever held. A short look ahead (at most
 * LOOK_AHEAD claims) tells the total of an ordinary file, so its claims read "2 of 5"; a bigger batch says its
 * total in the summary.
 */
import type { ClaimRead } from '../utils/claim-files/claim-read';
import type { EarlyStop } from './run-summary';
import type { CheckResult } from './run-check';

/** Claims read before the first is checked, to know the total of an ordinary file (some 20 kB of memory each). */
export const LOOK_AHEAD = 200;

export interface ClaimChecked {
  read: ClaimRead;
  /** How many claims the file holds, when known before this claim was checked. */
  total: number | null;
  /** The check's result; null when the reader says the claim is not one ClaimLint checks (`read.notChecked`). */
  result: CheckResult | null;
}

export interface ClaimLoop {
  /** The claims, checked one at a time; reading errors are thrown from here. */
  claims: AsyncGenerator<ClaimChecked>;
  /** Set once `claims` is done, when --max-claims stopped it before the end of the file. */
  stop(): Omit<EarlyStop, 'source'> | null;
}

/**
 * Checks each claim `claims` yields with `check`, stopping after `maxClaims` claims (then reading one more, or
 * what the look ahead already holds, to say how many the file has at least).
 */
export function checkClaims(claims: AsyncIterable<ClaimRead>, check: (read: ClaimRead) => Promise<CheckResult>, maxClaims?: number): ClaimLoop {
  let stop: Omit<EarlyStop, 'source'> | null = null;
  async function* run(): AsyncGenerator<ClaimChecked> {
    const limit = maxClaims ?? Number.POSITIVE_INFINITY;
    const iterator = claims[Symbol.asyncIterator]();
    try {
      const ahead: ClaimRead[] = [];
      let ended = false;
      while (ahead.length < Math.min(LOOK_AHEAD, limit + 1)) {
        const next = await iterator.next();
        if (next.done) {
          ended = true;
          break;
        }
        ahead.push(next.value);
      }
      const total = ended ? ahead.length : null;
      let seen = 0;
      for (;;) {
        const read = ahead.shift() ?? (ended ? undefined : await nextOf(iterator, () => { ended = true; }));
        if (!read) return;
        seen += 1;
        if (seen > limit) {
          stop = { checked: limit, atLeast: total ?? seen, exact: total !== null };
          return;
        }
        yield { read, total, result: read.notChecked ? null : await check(read) };
      }
    } finally {
      // Stopping early (or an error) leaves the reader mid-file; let it release what it holds.
      await iterator.return?.();
    }
  }
  return { claims: run(), stop: () => stop };
}

async function nextOf(iterator: AsyncIterator<ClaimRead>, onEnd: () => void): Promise<ClaimRead | undefined> {
  const next = await iterator.next();
  if (next.done) onEnd();
  return next.done ? undefined : next.value;
}
