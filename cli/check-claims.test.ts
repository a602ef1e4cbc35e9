import { describe, expect, it } from 'vitest';
import type { ClaimRead } from '../utils/claim-files/claim-read';
import { checkClaims, LOOK_AHEAD } from './check-claims';
import type { CheckResult } from './run-check';

function claimRead(position: number, notChecked?: string): ClaimRead {
  const snapshot = { source: { kind: 'claim-file' as const, format: 'x12-837p' as const }, url: 'file:///x.837', title: `claim ${position}`, takenAt: '2026-11-20T12:00:00.000Z', fields: [] };
  return { snapshot, claimId: `PCN-${position}`, position, ...(notChecked && { notChecked }) };
}

/** A reader of `count` claims that logs each read, and whether it was told to stop. */
function reader(count: number, log: string[], notCheckedAt = new Set<number>()) {
  const state = { returned: false };
  async function* claims(): AsyncGenerator<ClaimRead> {
    try {
      for (let position = 1; position <= count; position++) {
        log.push(`read ${position}`);
        yield claimRead(position, notCheckedAt.has(position) ? 'ClaimLint checks professional claims' : undefined);
      }
    } finally {
      state.returned = true;
    }
  }
  return { claims: claims(), state };
}

const check = (log: string[]) => async (read: ClaimRead) => {
  log.push(`check ${read.position}`);
  return { findings: [] } as unknown as CheckResult;
};

async function drain<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe('checkClaims', () => {
  it('gives a short file its total, and skips the check of a claim the reader does not check', async () => {
    const log: string[] = [];
    const { claims } = reader(3, log, new Set([2]));
    const loop = checkClaims(claims, check(log));
    const checked = await drain(loop.claims);
    expect(checked.map((claim) => [claim.read.position, claim.total, claim.result === null])).toEqual([[1, 3, false], [2, 3, true], [3, 3, false]]);
    expect(log.filter((entry) => entry.startsWith('check'))).toEqual(['check 1', 'check 3']);
    expect(loop.stop()).toBeNull();
  });

  it('checks a long batch claim by claim as it is read, never reading more than the look ahead beyond the claim it checks', async () => {
    const log: string[] = [];
    const { claims } = reader(LOOK_AHEAD * 3, log);
    const checked = await drain(checkClaims(claims, check(log)).claims);
    expect(checked).toHaveLength(LOOK_AHEAD * 3);
    expect(checked[0]!.total).toBeNull();
    for (let position = 1; position <= LOOK_AHEAD * 3; position++) {
      const readAt = log.indexOf(`read ${position + LOOK_AHEAD + 1}`);
      if (readAt !== -1) expect(log.indexOf(`check ${position}`)).toBeLessThan(readAt);
    }
  });

  it('stops after --max-claims, reads one claim more to say the file has more, and closes the reader', async () => {
    const log: string[] = [];
    const { claims, state } = reader(LOOK_AHEAD * 2, log);
    const loop = checkClaims(claims, check(log), 2);
    expect((await drain(loop.claims)).map((claim) => claim.read.position)).toEqual([1, 2]);
    expect(log.filter((entry) => entry.startsWith('read'))).toEqual(['read 1', 'read 2', 'read 3']);
    expect(loop.stop()).toEqual({ checked: 2, atLeast: 3, exact: false });
    expect(state.returned).toBe(true);
  });
});
