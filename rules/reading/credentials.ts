/**
 * The licences and degrees clinicians sign with ("Dana Wu, LCSW", "Sam Lee PT, DPT", "Dr. Ana Ruiz, ND"). Data,
 * not a pattern of letters: "Wu" or "Lee" must never read as a credential, so only these count. Shared by the
 * page reader (a name field holding credentials) and the document reader (signature lines, letterheads).
 */

/** Lower case, periods dropped ("Ph.D." is phd); "OTR/L" is one credential, and so is each of its parts. */
const CREDENTIALS = new Set([
  // Physicians, doctoral degrees and naturopaths.
  'md', 'do', 'mbbs', 'nd', 'nmd', 'phd', 'psyd', 'edd', 'dnp', 'dpm', 'od', 'dds', 'dmd', 'dc', 'dacm', 'daom', 'omd',
  // Physical and occupational therapy, speech, athletic training.
  'dpt', 'pt', 'pta', 'mpt', 'mspt', 'ot', 'otr', 'otr/l', 'otd', 'cota', 'cota/l', 'ms', 'slp', 'ccc-slp', 'ccc', 'slpa',
  'atc', 'lat', 'cscs', 'ocs', 'scs', 'ncs', 'gcs', 'pcs', 'wcs', 'cht', 'faaompt', 'mdt',
  // Counselling, social work, psychology, addiction.
  'lcsw', 'lcsw-c', 'lcsw-r', 'licsw', 'lmsw', 'lsw', 'msw', 'acsw', 'lpc', 'lpc-s', 'lpcc', 'lcpc', 'lmhc', 'lcmhc', 'lmft',
  'mft', 'ncc', 'lpa', 'lcadc', 'cadc', 'ladc', 'lcdc', 'bcba', 'bcba-d',
  // Nursing and physician assistants.
  'rn', 'bsn', 'msn', 'np', 'np-c', 'fnp', 'fnp-c', 'fnp-bc', 'aprn', 'arnp', 'crnp', 'cns', 'pmhnp', 'pmhnp-bc', 'cnm',
  'pa', 'pa-c',
  // Massage, bodywork, acupuncture, nutrition.
  'lmt', 'cmt', 'lmp', 'lmbt', 'rmt', 'ncbtmb', 'lac', 'rd', 'rdn',
  // Other degrees and fellowships written after a clinician's name.
  'ma', 'med', 'mph', 'mba', 'facp', 'faafp', 'facog', 'faap', 'facs', 'bcps',
]);

/**
 * Whether one word is a credential as clinicians write them ("DO", "PhD", "Ph.D.", "L.Ac."), not a surname
 * ("Do", "Pa"): two capitals or a period, and in the list. "OTR/L" counts, and so does "PT/DPT".
 */
export function isCredential(word: string): boolean {
  const bare = word.replace(/[.,;:]+$/, '');
  const written = (bare.match(/\p{Lu}/gu)?.length ?? 0) >= 2 || /\p{L}\.\p{L}/u.test(bare);
  if (!written) return false;
  const key = bare.replace(/\./g, '').toLowerCase();
  return CREDENTIALS.has(key) || (key.includes('/') && key.split('/').every((part) => CREDENTIALS.has(part)));
}
