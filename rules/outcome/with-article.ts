/**
 * "a" or "an" before a word a message builds from data (a payer, a kind of document, a code set, a field's
 * name), chosen by how the word is said, not how it is spelled: "an Auto accident box", "an ExplanationOfBenefit",
 * "an NPI", "an 837 transaction", "a HCPCS code", "a one-time", "a unit".
 */
export function withArticle(name: string): string {
  return `${startsWithVowelSound(name.trim()) ? 'an' : 'a'} ${name}`;
}

// Initialisms said as one word start with that word's sound, not the letter's: "a HCPCS" ("hick-picks").
const SAID_AS_WORDS = /^(?:HCPCS|HIPAA|FHIR|NUCC|NCCI|CARC|RARC|HEDIS|COBRA|CHAMPUS|TRICARE|MEDICAID|MEDICARE)\b/;

function startsWithVowelSound(word: string): boolean {
  // Numbers as said aloud: "an 8", "an 80", "an 837" ("eight hundred …"), "an 11", "an 1100" ("eleven hundred"),
  // "an 18,000"; but "a 110" ("a hundred ten") and "a 1500".
  const digits = /^\d+/.exec(word.replace(/(?<=\d),(?=\d{3})/g, ''))?.[0];
  if (digits) return digits.startsWith('8') || (/^1[18]/.test(digits) && [2, 4, 5].includes(digits.length));
  if (SAID_AS_WORDS.test(word)) return false;
  // Letters said one by one ("an NPI", "an RN", "an X12"): the first letter's name decides.
  if (/^[A-Z]{2,}\b|^[A-Z]\d/.test(word)) return 'AEFHILMNORSX'.includes(word[0]!);
  if (/^(?:uni|use|usu|uti|ure|one\b|once\b|eu|ewe)/i.test(word)) return false;
  if (/^(?:hour|honest|honou?r|heir)/i.test(word)) return true;
  return /^[aeiou]/i.test(word);
}
