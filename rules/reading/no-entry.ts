/**
 * Words that fill a box or a document section while saying nothing was recorded: "N/A", "None", "Unknown", and
 * the "No information" a C-CDA section must show when it has no entries. A required item that says only this is
 * as missing as an empty one; it is not read as the item. A bare "NA" is left alone: it is also a credential
 * (nursing assistant).
 */

const NO_ENTRY = new RegExp(
  '^(?:n\\/a|none|nil|unknown|tbd|pending|not applicable|not available|' +
    'no (?:information|data|entries|records?)(?: (?:available|recorded|documented|on file))?|' +
    'not (?:documented|recorded|specified|provided|on file)|none (?:recorded|documented|reported|on file))$',
  'i',
);

/** True when `value`, trimmed and without closing punctuation, is one of the words that record nothing. */
export function saysNoEntry(value: string): boolean {
  return NO_ENTRY.test(value.trim().replace(/[.!\s]+$/, '').replace(/\s+/g, ' '));
}
