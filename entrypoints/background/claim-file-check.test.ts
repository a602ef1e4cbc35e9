import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { Finding, Snapshot } from '../../rules/schema';
import { repeatClaim } from '../../test/support/x12-batch';
import type { ClaimRead } from '../../utils/claim-files/claim-read';
import { MAX_CLAIMS_IN_BROWSER } from '../../utils/messages';
import { checkClaimFile } from './claim-file-check';
import type { TabCheck } from './tab-results';

/** Claims the readers do not check (a dental claim, a payer's response) come from claim-read; a test sets them. */
const reader = vi.hoisted(() => ({ fhir: null as ClaimRead[] | null }));
vi.mock('../../utils/claim-files/claim-read', async (original) => {
  const actual = await original<typeof import('../../utils/claim-files/claim-read')>();
  return { ...actual, fhirClaims: (...args: Parameters<typeof actual.fhirClaims>) => reader.fhir ?? actual.fhirClaims(...args) };
});

const X12 = readFileSync('test/fixtures/claims/837p-two-claims.txt', 'utf8');
const input = (text: string, format: 'x12' | 'fhir' = 'x12') => ({ format, text, characters: text.length, url: 'file:///claims.txt', takenAt: '2026-11-20T10:00:00.000Z' });

/** One failing finding per service line without a diagnosis pointer: enough to tell claims apart. */
function countingCheck(snapshot: Snapshot): TabCheck {
  const gaps = snapshot.fields.filter((field) => field.concept === 'line.diagnosisPointer' && field.value === '');
  return {
    checklists: [{ id: 'cms1500-basics', title: 'CMS-1500', payer: 'any', service: 'any', vintage: '2026', source: { policy: 'p', url: 'https://example.org', date: '2026-01-01' } }],
    findings: gaps.map((field) => ({ ruleId: 'diagnosis-pointers', status: 'fail', index: field.index }) as unknown as Finding),
    context: { payer: null, services: [], chosen: { payer: null, service: null }, choice: { payer: 'aetna', kind: 'professional-claim', certain: true, evidence: '' } },
  };
}

describe('checkClaimFile', () => {
  it('counts each claim and keeps the selected one\'s check', async () => {
    const { view, selected } = await checkClaimFile(input(X12), 2, countingCheck);
    expect(view.claims.map(({ claimId, fail, unsure }) => ({ claimId, fail, unsure }))).toEqual([
      { claimId: 'SYN-ACCT-2201', fail: 0, unsure: false },
      { claimId: 'SYN-ACCT-2202', fail: 1, unsure: false },
    ]);
    expect(view.selected).toBe(2);
    expect(selected?.check.findings).toHaveLength(1);
    expect(selected?.snapshot.title).toBe('X12 837P claim SYN-ACCT-2202 (2 of 2)');
  });

  it('falls back to the first claim when the selected position is not in the file', async () => {
    const { view, selected } = await checkClaimFile(input(X12), 7, countingCheck);
    expect(view.selected).toBe(1);
    expect(selected?.check.findings).toEqual([]);
  });

  it('lists a claim the reader does not check with its reason, never as passing, and keeps no check for it', async () => {
    const { snapshot } = (await checkClaimFile(input(X12), 1, countingCheck)).selected!;
    reader.fhir = [
      { snapshot, claimId: 'PCN-1', position: 1 },
      { snapshot: { ...snapshot, fields: [] }, claimId: 'INST-9', position: 2, notChecked: 'ClaimLint checks professional claims; this is an institutional claim' },
    ];
    try {
      const check = vi.fn(countingCheck);
      const { view, selected } = await checkClaimFile(input('{"resourceType":"Bundle"}', 'fhir'), 2, check);
      expect(check).toHaveBeenCalledTimes(1);
      expect(view.selected).toBe(2);
      expect(view.claims[1]).toMatchObject({ claimId: 'INST-9', notChecked: expect.stringMatching(/professional claims/), fail: 0 });
      expect(selected).toBeUndefined();
    } finally {
      reader.fhir = null;
    }
  });

  it('lists a FHIR file of documentation alone (no Claim) as documentation, not as a claim', async () => {
    const goal = JSON.stringify({ resourceType: 'Goal', lifecycleStatus: 'active', description: { text: 'Walk 500 ft without a cane in 6 weeks' } });
    const { view } = await checkClaimFile(input(goal, 'fhir'), 1, countingCheck);
    expect(view.claims).toEqual([expect.objectContaining({ position: 1, documentation: true, title: 'FHIR Goal' })]);
    const { view: claims } = await checkClaimFile(input(readFileSync('test/fixtures/claims/fhir-two-claims.json', 'utf8'), 'fhir'), 1, countingCheck);
    expect(claims.claims.some((claim) => claim.documentation)).toBe(false);
  });

  it('marks a claim whose payer or kind is a guess as unsure', async () => {
    const guessing = (snapshot: Snapshot): TabCheck => {
      const checked = countingCheck(snapshot);
      return { ...checked, context: { ...checked.context, choice: { ...checked.context.choice!, certain: false } } };
    };
    const { view } = await checkClaimFile(input(X12), 1, guessing);
    expect(view.claims.every((claim) => claim.unsure)).toBe(true);
  });

  it(`lists at most ${MAX_CLAIMS_IN_BROWSER.toLocaleString('en-US')} claims and says the file holds more`, async () => {
    const batch = repeatClaim(readFileSync('test/fixtures/claims/837p-massage-gaps.txt', 'utf8'), MAX_CLAIMS_IN_BROWSER + 1);
    const { view } = await checkClaimFile(input(batch), 1, countingCheck);
    expect(view.claims).toHaveLength(MAX_CLAIMS_IN_BROWSER);
    expect(view.more).toBe(true);
    expect(view.notices.join(' ')).toMatch(/first 2,000 claims .* holds more/);
  });
});
