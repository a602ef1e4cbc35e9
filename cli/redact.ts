/**
 * What a message may show of the values it was worded from. Checks quote the values they judge (a code, a date,
 * an NPI, box 23's number) so a biller sees what is wrong; the command line's output is often pasted into tickets
 * and logs, so it filters every message on the way out: the patient's name is never shown (a quote from a
 * letter's prose can hold it), and with --redact the identifiers are withheld too. The values come from the
 * snapshot's own fields, so what is withheld is exactly what was read, whatever the message's wording.
 */
import type { ConceptKey } from '../rules/concepts';
import type { Finding, Snapshot } from '../rules/schema';

/** Name fields: their words are replaced in every message. */
const NAME_CONCEPTS: readonly ConceptKey[] = ['patient.name', 'patient.firstName', 'patient.lastName'];

/** Identifier fields withheld by --redact, with the words that stand in for them. */
const IDENTIFIER_CONCEPTS: Partial<Record<ConceptKey, string>> = {
  'patient.memberId': 'member ID',
  'patient.accountNumber': 'account number',
  'patient.dob': 'date of birth',
  'insured.groupNumber': 'group number',
  'provider.npi': 'NPI',
  'referring.npi': 'NPI',
  'line.renderingNpi': 'NPI',
  'provider.taxId': 'tax ID',
  'provider.license': 'license number',
  'claim.priorAuthNumber': 'authorization number',
  'claim.otherClaimNumber': 'claim number',
};

/** Shorter values are left alone: "1" or "A" would blank unrelated words. */
const MIN_IDENTIFIER_LENGTH = 3;
const MIN_NAME_WORD_LENGTH = 2;

export interface Withheld {
  /** The claim's own ids (CLM01, ST02, Claim.identifier), withheld with --redact. */
  claimIds?: ReadonlyArray<string | null | undefined>;
  redact: boolean;
}

/** A function that rewrites a message so it shows none of the withheld values. */
export function messageFilter(snapshot: Pick<Snapshot, 'fields'>, withheld: Withheld): (message: string) => string {
  const replacements: Array<{ pattern: RegExp; by: string }> = [];
  const names = new Set<string>();
  for (const field of snapshot.fields) {
    if (NAME_CONCEPTS.includes(field.concept as ConceptKey)) {
      for (const word of field.value.split(/[\s,]+/)) if (word.replace(/\W/g, '').length >= MIN_NAME_WORD_LENGTH) names.add(word);
    }
  }
  // Longest first, so "Mary Ann" is replaced before "Mary".
  for (const name of [...names].sort((a, b) => b.length - a.length)) replacements.push({ pattern: wordPattern(name, 'gi'), by: '[patient name]' });
  if (withheld.redact) {
    const identifiers = new Map<string, string>();
    for (const field of snapshot.fields) {
      const what = IDENTIFIER_CONCEPTS[field.concept as ConceptKey];
      if (what && field.value.trim().length >= MIN_IDENTIFIER_LENGTH) identifiers.set(field.value.trim(), what);
    }
    for (const id of withheld.claimIds ?? []) if (id && id.trim().length >= MIN_IDENTIFIER_LENGTH) identifiers.set(id.trim(), 'claim id');
    for (const [value, what] of [...identifiers].sort((a, b) => b[0].length - a[0].length)) {
      replacements.push({ pattern: wordPattern(value, 'g'), by: `[${what} withheld]` });
    }
  }
  if (replacements.length === 0) return (message) => message;
  return (message) => replacements.reduce((text, { pattern, by }) => text.replace(pattern, by), message);
}

/** The findings with their messages filtered. */
export function filterMessages(findings: readonly Finding[], filter: (message: string) => string): Finding[] {
  return findings.map((finding) => {
    const message = filter(finding.message);
    return message === finding.message ? finding : { ...finding, message };
  });
}

/** The value as a whole word: not inside a longer code or number. */
function wordPattern(value: string, flags: string): RegExp {
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, `${flags}u`);
}
