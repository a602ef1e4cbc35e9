import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimFile } from '../test/support/x12-837p-builder';
import { repeatClaim } from '../test/support/x12-batch';
import { readClaimFile } from './load-claim-file';

const scratch = mkdtempSync(join(tmpdir(), 'claimlint-load-'));

async function read(path: string, streamFromBytes?: number) {
  const file = await readClaimFile(path, streamFromBytes === undefined ? {} : { streamFromBytes });
  const claims = [];
  for await (const claim of file.claims) claims.push({ id: claim.claimId, position: claim.position, title: claim.snapshot.title, fields: claim.snapshot.fields.length });
  return claims;
}

describe('readClaimFile', () => {
  it('reads a large X12 file from disk in chunks, with the same claims as reading it whole', async () => {
    const path = join(scratch, 'batch.837');
    writeFileSync(path, `\uFEFF${repeatClaim(claimFile(), 3)}`);
    const whole = await read(path);
    const streamed = await read(path, 0);
    expect(streamed.map(({ id, position, fields }) => [id, position, fields])).toEqual(whole.map(({ id, position, fields }) => [id, position, fields]));
    // Read whole, a title can say how many claims the file holds; read in chunks, only which claim this is.
    expect(whole.map((claim) => claim.title)).toEqual(['X12 837P claim ACCT42 (1 of 3)', 'X12 837P claim ACCT42 (2 of 3)', 'X12 837P claim ACCT42 (3 of 3)']);
    expect(streamed.map((claim) => claim.title)).toEqual(['X12 837P claim ACCT42 (claim 1)', 'X12 837P claim ACCT42 (claim 2)', 'X12 837P claim ACCT42 (claim 3)']);
  });

  it('reads JSON whole whatever its size (a FHIR Bundle is one JSON document)', async () => {
    const path = join(scratch, 'claim.json');
    writeFileSync(path, JSON.stringify({ resourceType: 'Claim', id: 'c1', status: 'active', use: 'claim', type: { coding: [{ code: 'professional' }] }, item: [] }));
    const claims = await read(path, 0);
    expect(claims.map((claim) => claim.id)).toEqual(['c1']);
  });
});
