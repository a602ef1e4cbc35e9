/**
 * How checks show a detection: quoted evidence for a message, and the field the evidence came from.
 */
import type { Field } from '../schema';

const MAX_QUOTE = 120;

/** Evidence as curly-quoted text for a message, shortened, with a count of any left out. */
export function showEvidence(evidence: string[], max = 2): string {
  const shown = evidence.slice(0, max).map((words) => {
    const text = words.replace(/\s+/g, ' ').trim();
    return `“${text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 3)}...` : text}”`;
  });
  const more = evidence.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

/** The field whose value holds the first piece of evidence, else the first field given. */
export function fieldWithEvidence(fields: Field[], evidence: string[]): Field | undefined {
  const first = evidence[0];
  return (first === undefined ? undefined : fields.find((field) => field.value.includes(first))) ?? fields[0];
}
