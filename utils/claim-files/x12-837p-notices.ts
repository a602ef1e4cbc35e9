/**
 * What an 837P says about itself that changes how it is read, said once per file: which implementation guide it
 * follows (GS08 / ST03), and which component separator its segments really use when that is not the one its ISA16
 * declares. Without the second, every composite (CLM05, HI, SV101) splits wrongly and one mistake in the header
 * turns into a failure on every code of every claim.
 */

/**
 * GS08 / ST03 name the implementation guide: X222 professional, X223 institutional, X224 dental. An 837I or 837D
 * is refused (a one-line Error). A professional claim of another version than 5010 — 004010X098A1 in practice —
 * is read with a caveat: its loops (2000A/B/C, 2010, 2300, 2310, 2400) and the segments ClaimLint reads from them
 * are the same, but code sets and situational rules changed (4010 has ICD-9 only, no ICD indicator), so the
 * reading is said to be a 5010 reading. Returns that caveat, or null for a 5010 file.
 */
export function versionNotice(version: string): string | null {
  if (version.includes('X223')) {
    throw new Error('This X12 file is an institutional 837I, ClaimLint reads professional 837P claims');
  }
  if (version.includes('X224')) {
    throw new Error('This X12 file is a dental 837D, ClaimLint reads professional 837P claims');
  }
  if (version === '' || version.startsWith('00501')) return null;
  // The version is quoted only when it is shaped like one, so a notice never repeats arbitrary file text.
  const named = /^\d{6}(X\d{3}(A\d)?)?$/.test(version) ? version : 'another version';
  return `ClaimLint reads 5010 (005010X222A1); this file is ${named} — read with that caveat`;
}

/** A composite's qualifier followed by the separator the file really uses between components. */
const COMPOSITE_STARTS: Record<string, RegExp> = {
  // SV101: HC (CPT/HCPCS), WK, ER, IV, N4 product/service qualifiers.
  SV1: /^(?:HC|WK|ER|IV|N4)([^A-Za-z0-9\s])\S/,
  // HI: ABK/ABF (ICD-10), BK/BF (ICD-9), and the other HI qualifiers (anesthesia, condition codes).
  HI: /^(?:ABK|ABF|ABJ|ABN|BK|BF|BJ|BN|BP|BG|BE|BH|BR|BO|TC|DR)([^A-Za-z0-9\s])\S/,
  // CLM05: place of service, B (or A), frequency: "11:B:1".
  CLM: /^\d{1,2}([^A-Za-z0-9\s])[AB]\1\d/,
};
const COMPOSITE_ELEMENT: Record<string, number> = { SV1: 1, HI: 1, CLM: 5 };

/**
 * The component separator a CLM05, HI01 or SV101 shows in use, or null when the segment does not show one (an
 * empty element, an unknown qualifier, or the imsweb style "HI*BK*8901" with no composite at all).
 */
export function componentInUse(segment: readonly string[]): string | null {
  const pattern = COMPOSITE_STARTS[segment[0] ?? ''];
  if (!pattern) return null;
  const value = (segment[COMPOSITE_ELEMENT[segment[0]!]!] ?? '').trim();
  return pattern.exec(value)?.[1] ?? null;
}

/** The one line that says ISA16 and the segments disagree, and which one was believed. */
export function separatorNotice(declared: string, used: string): string {
  return `This file's ISA16 declares '${declared}' as the component separator, but its segments use '${used}'; `
    + `ClaimLint read the components with '${used}'`;
}
