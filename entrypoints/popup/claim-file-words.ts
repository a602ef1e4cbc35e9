import type { ClaimEntry, ClaimFileView } from '../../utils/messages';

/** How many claims the file holds, as far as the popup knows: "2,000+" when it lists only the first ones. */
function totalWord(view: Pick<ClaimFileView, 'claims' | 'more'>): string {
  return `${view.claims.length.toLocaleString('en-US')}${view.more ? '+' : ''}`;
}

/** What one claim's check came to, in a few words; never "nothing missing" for a claim not checked or a guess. */
export function claimOutcome(claim: ClaimEntry): string {
  if (claim.notChecked !== undefined) return 'not checked';
  if (claim.unsure) return 'payer or kind unclear';
  if (claim.fail > 0) return `${claim.fail} missing`;
  return claim.cantTell > 0 ? `none missing, ${claim.cantTell} can't tell` : 'none missing';
}

/** "PCN-4471 (2 of 5) — 3 missing": the claim as the biller knows it, its place in the file, its outcome. */
export function claimLabel(claim: ClaimEntry, view: Pick<ClaimFileView, 'claims' | 'more'>): string {
  // A FHIR file of documentation alone is read as one whole, named by what it holds ("FHIR CarePlan, Goal").
  if (claim.documentation) return `${claim.title} — ${claimOutcome(claim)}`;
  return `${claim.claimId ?? 'Claim'} (${claim.position} of ${totalWord(view)}) — ${claimOutcome(claim)}`;
}

/** "X12 837P file · 5 claims · 2 with gaps · 1 not checked". */
export function claimFileSummary(view: ClaimFileView): string {
  const format = view.format === 'x12-837p' ? 'X12 837P file' : 'FHIR file';
  if (view.claims.length > 0 && view.claims.every((claim) => claim.documentation)) return `${format} · documentation, no claim`;
  const count = view.claims.length;
  const parts = [format, `${totalWord(view)} ${count === 1 && !view.more ? 'claim' : 'claims'}`];
  const withGaps = view.claims.filter((claim) => claim.notChecked === undefined && !claim.unsure && claim.fail > 0).length;
  const unclear = view.claims.filter((claim) => claim.notChecked === undefined && claim.unsure).length;
  const notChecked = view.claims.filter((claim) => claim.notChecked !== undefined).length;
  parts.push(`${withGaps} with gaps`);
  if (unclear > 0) parts.push(`${unclear} unclear`);
  if (notChecked > 0) parts.push(`${notChecked} not checked`);
  return parts.join(' · ');
}

/** What the popup asks about in a tab that shows a claim file: the selected claim, or a file of documentation. */
export function claimFileWord(view: ClaimFileView): 'claim' | 'file' {
  return selectedClaim(view)?.documentation ? 'file' : 'claim';
}

/** The claim whose findings the popup shows, or null when the file was not read. */
export function selectedClaim(view: ClaimFileView): ClaimEntry | null {
  return view.claims.find((claim) => claim.position === view.selected) ?? null;
}
