/**
 * A rule's `when` / `unless` in one table cell for the README ("always", "when …, or …; not applicable: …; if that
 * cannot be read: can't tell"), from the cases' own words, so the README shows what the data says.
 */
import type { Rule } from '../../rules/schema';

const FALLBACK_WORDS = { cantTell: "can't tell", notApplicable: 'not applicable', run: 'checked anyway' } as const;

export function ruleConditionWords(rule: Pick<Rule, 'when' | 'unless' | 'whenUnknown'>): string {
  const parts: string[] = [];
  if (rule.when) parts.push(`when ${rule.when.map((condition) => condition.because).join(', or ')}`);
  if (rule.unless) parts.push(`not applicable: ${rule.unless.map((condition) => condition.because).join(', or ')}`);
  if (parts.length === 0) return 'always';
  if (rule.when && rule.when.some((condition) => condition.payers || condition.services || condition.kinds || condition.placesOfService || condition.datesFrom || condition.datesTo || condition.states || condition.onlyCodes)) {
    parts.push(`if that cannot be read: ${FALLBACK_WORDS[rule.whenUnknown ?? 'cantTell']}`);
  }
  return parts.join('; ').replaceAll('|', '\\\\|');
}
