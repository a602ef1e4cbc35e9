/**
 * A large 837P batch made from a one-claim file: the claim (CLM through the last segment before SE) repeated.
 * For the CLI's claim-limit test and the bench; the claims are the synthetic fixture's, so no real data.
 */
export function repeatClaim(oneClaimFile: string, claims: number): string {
  const start = oneClaimFile.indexOf('CLM*');
  const end = oneClaimFile.indexOf('SE*');
  if (start === -1 || end < start) throw new Error('not a one-claim 837P file: no CLM before SE');
  return oneClaimFile.slice(0, start) + oneClaimFile.slice(start, end).repeat(claims) + oneClaimFile.slice(end);
}
