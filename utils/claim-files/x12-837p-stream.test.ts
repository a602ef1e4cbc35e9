/**
 * The 837P read claim by claim from chunks (x12ClaimsFromChunks) and from a whole text (x12Claims): the same claims
 * as the whole-file reader wherever the chunks are cut, each handed on before the rest of the file is read, named
 * by CLM01 and ST02. Memory and speed are measured by `npm run bench`, not asserted here.
 */
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../rules/schema';
import { claimFile, LINE_ONE } from '../../test/support/x12-837p-builder';
import { x12Claims, x12ClaimsFromChunks, type ClaimRead } from './claim-read';
import { countX12Claims } from './x12-837p-stream';
import { readX12_837P } from './x12-837p';

const TAKEN_AT = '2026-11-23T12:00:00.000Z';
const SECOND_CLAIM = ['CLM*ACCT43*90***11:B:1*Y*A*Y*Y', 'HI*ABK:M5451', 'LX*1', 'SV1*HC:97530*90*UN*2***1', 'DTP*472*D8*20260111'];

/** Two transaction sets: ST 0001 with claims ACCT42 and ACCT43, ST 0002 with ACCT44 under another subscriber. */
function twoTransactions(): string {
  const first = claimFile({ lines: [LINE_ONE, SECOND_CLAIM] });
  const second = claimFile({ clm: 'CLM*ACCT44*60***11:B:1*Y*A*Y*Y' }).replace('ST*837*0001', 'ST*837*0002');
  const body = (text: string) => text.slice(text.indexOf('ST*'), text.indexOf('GE*'));
  return first.replace(body(first), body(first) + body(second));
}

async function* chunksOf(text: string, size: number): AsyncGenerator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

async function readAll(claims: AsyncIterable<ClaimRead>): Promise<ClaimRead[]> {
  const read: ClaimRead[] = [];
  for await (const claim of claims) read.push(claim);
  return read;
}

const fieldsOf = (snapshot: Snapshot) => snapshot.fields.map((field) => [field.concept, field.index, field.value]);

describe('x12ClaimsFromChunks', () => {
  it.each([1, 2, 7, 64, 105, 106, 4096])('gives the whole-file reader\'s claims when cut into chunks of %i characters', async (size) => {
    const text = twoTransactions();
    const whole = readX12_837P(text, 'file:///batch.837', TAKEN_AT);
    const notices: string[] = [];
    const streamed = await readAll(x12ClaimsFromChunks(chunksOf(text, size), 'file:///batch.837', notices, TAKEN_AT));
    expect(streamed.map((claim) => fieldsOf(claim.snapshot))).toEqual(whole.map(fieldsOf));
    expect(streamed.map(({ claimId, controlNumber, position }) => ({ claimId, controlNumber, position }))).toEqual([
      { claimId: 'ACCT42', controlNumber: '0001', position: 1 },
      { claimId: 'ACCT43', controlNumber: '0001', position: 2 },
      { claimId: 'ACCT44', controlNumber: '0002', position: 3 },
    ]);
    // A stream does not know how many claims follow, so titles give the place alone.
    expect(streamed.map((claim) => claim.snapshot.title)).toEqual([
      'X12 837P claim ACCT42 (claim 1)', 'X12 837P claim ACCT43 (claim 2)', 'X12 837P claim ACCT44 (claim 3)',
    ]);
    expect(notices).toEqual([]);
  });

  it('hands each claim on as soon as the next CLM, HL or SE ends it, before the rest of the file is read', async () => {
    const text = twoTransactions();
    const segments = text.split('~').map((segment) => `${segment}~`);
    let pulled = 0;
    async function* oneSegmentAtATime(): AsyncGenerator<string> {
      for (const segment of segments) {
        pulled += 1;
        yield segment;
      }
    }
    const pulledWhenRead: number[] = [];
    for await (const claim of x12ClaimsFromChunks(oneSegmentAtATime(), 'file:///batch.837', [], TAKEN_AT)) {
      void claim;
      pulledWhenRead.push(pulled);
    }
    const segmentAt = (prefix: string, from = 0) => segments.findIndex((segment, i) => i >= from && segment.startsWith(prefix)) + 1;
    // Claim 1 ends at the second CLM, claim 2 at SE, claim 3 at its own SE.
    expect(pulledWhenRead[0]).toBe(segmentAt('CLM*ACCT43'));
    expect(pulledWhenRead[1]).toBe(segmentAt('SE*'));
    expect(pulledWhenRead[2]).toBe(segmentAt('SE*', segmentAt('CLM*ACCT44')));
    expect(pulledWhenRead[2]).toBeLessThan(segments.length);
  });

  it('says what the file as a whole needs said once, however it is cut', async () => {
    const text = claimFile({ version: '004010X098A1' }).replace(/:~/, '>~');
    const notices: string[] = [];
    const claims = await readAll(x12ClaimsFromChunks(chunksOf(text, 3), 'file:///old.837', notices, TAKEN_AT));
    expect(claims).toHaveLength(1);
    expect(notices).toEqual([
      'ClaimLint reads 5010 (005010X222A1); this file is 004010X098A1 — read with that caveat',
      "This file's ISA16 declares '>' as the component separator, but its segments use ':'; ClaimLint read the components with ':'",
    ]);
  });

  it.each([
    ['a file that is not X12', 'hello, this is not a claim', /not an X12 file/i],
    ['an 835', claimFile().replace('ST*837*', 'ST*835*'), /835 transaction set, not an 837/],
    ['an 837 with no CLM', claimFile().replace(/CLM\*[^~]*~/, ''), /no claims \(no CLM segment\)/],
    ['an ISA cut short', 'ISA*00*          *00*', /cut short/],
  ])('refuses %s with one line', async (_, text, message) => {
    await expect(readAll(x12ClaimsFromChunks(chunksOf(text, 5), 'file:///bad', [], TAKEN_AT))).rejects.toThrow(message);
  });

  it('a claim with no CLM01 is titled by its place and has no claim id', async () => {
    const [claim] = await readAll(x12ClaimsFromChunks(chunksOf(claimFile({ clm: 'CLM**150***11:B:1' }), 50), 'file:///x.837', [], TAKEN_AT));
    expect(claim!.claimId).toBeNull();
    expect(claim!.snapshot.title).toBe('X12 837P claim 1');
  });
});

describe('x12Claims on a whole text', () => {
  it('titles each claim by its CLM01 and its place of all the claims', async () => {
    const claims = await readAll(x12Claims(twoTransactions(), 'file:///batch.837', [], TAKEN_AT));
    expect(claims.map((claim) => claim.snapshot.title)).toEqual([
      'X12 837P claim ACCT42 (1 of 3)', 'X12 837P claim ACCT43 (2 of 3)', 'X12 837P claim ACCT44 (3 of 3)',
    ]);
    expect(claims.map((claim) => claim.controlNumber)).toEqual(['0001', '0001', '0002']);
  });

  it('counts CLM segments whatever the layout, and not a "CLM" inside another segment', () => {
    const sep = { element: '|', component: '>', terminator: "'", after: '\r\n' };
    expect(countX12Claims(claimFile({ lines: [LINE_ONE, SECOND_CLAIM] }, sep))).toBe(2);
    expect(countX12Claims(claimFile({ claim: ['NTE*ADD*CLM*NOT A CLAIM', 'HI*ABK:M5450'] }))).toBe(1);
  });
});
