/**
 * Credentials written into a clinician's name ("Dana Wu, LCSW", "Sam Lee PT, DPT"): payers check them, and
 * many pages have no field of their own for them. The name field keeps its whole value as shown; the
 * credentials become a second, read-only field of their own concept, located at the same element.
 */

/**
 * Licences and degrees clinicians sign with. Data, not a pattern of letters: "Wu" or "Lee" must never read as a
 * credential, so only these count (periods ignored: "Ph.D." is PhD), written with at least two capitals or a period.
 */
const CREDENTIALS = new Set(
  [
    'md', 'do', 'phd', 'psyd', 'edd', 'dnp', 'dpt', 'pt', 'pta', 'mpt', 'mspt', 'ot', 'otr', 'otr/l', 'otd', 'cota', 'cota/l',
    'slp', 'ccc-slp', 'ccc', 'lcsw', 'licsw', 'lmsw', 'lsw', 'msw', 'lpc', 'lpcc', 'lcpc', 'lmhc', 'lmft', 'mft', 'lpa',
    'rn', 'bsn', 'msn', 'np', 'fnp', 'fnp-c', 'fnp-bc', 'np-c', 'aprn', 'crnp', 'pmhnp', 'pmhnp-bc', 'cnm', 'pa', 'pa-c',
    'dc', 'lmt', 'cmt', 'lmp', 'atc', 'lat', 'rd', 'rdn', 'bcba', 'bcba-d', 'lac', 'dacm', 'dpm', 'od', 'dds', 'dmd',
    'ocs', 'scs', 'ncs', 'cht', 'cscs', 'lcadc', 'cadc', 'lcdc',
  ],
);

export interface SplitName {
  name: string;
  /** The credentials as written, in order, joined by ", ": "PT, DPT". */
  credentials: string;
}

/** The name and the credentials after it, or null when the value ends with no credential. */
export function splitCredentials(value: string): SplitName | null {
  const words = value.trim().replace(/\s+/g, ' ').split(/(?<=,)\s*|\s+/).filter(Boolean);
  const credentials: string[] = [];
  while (words.length > 1) {
    const last = words[words.length - 1]!.replace(/,$/, '');
    if (!isCredential(last) && !last.split('/').every(isCredential)) break;
    credentials.unshift(last);
    words.pop();
  }
  const name = words.join(' ').replace(/,\s*$/, '').trim();
  // A name is left, with a letter in it, and it is more than one credential-looking word ("PT" alone is no name).
  if (!credentials.length || !/\p{L}{2}/u.test(name) || isCredential(name)) return null;
  return { name, credentials: credentials.join(', ') };
}

/** Written as credentials are ("DO", "PhD", "Ph.D."), not as a surname ("Do", "Pa"). */
function isCredential(word: string): boolean {
  const written = (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2 || word.includes('.');
  return written && CREDENTIALS.has(word.replace(/\./g, '').toLowerCase());
}
