import type { ConceptKey } from '../../../rules/concepts';

/** Which signals a matcher reads: label-like text (labels, headers, placeholders, nearby text) or name/id tokens. */
export type MatchTarget = 'label' | 'name';

/**
 * One way a concept shows up on a page. Regexes run on lower-cased, whitespace-collapsed text
 * (see normalizeText / nameTokens).
 */
export interface Matcher {
  re: RegExp;
  /** 1 = a label that means this concept on its own; lower for generic words that need company. */
  weight: number;
  /** Default: both. */
  on?: MatchTarget;
  /**
   * The matcher only counts when the field's section (fieldset legend, nearest heading, table caption) matches:
   * "NPI" under "Referring provider" is box 17b, "A." under "Diagnosis" is box 21 A.
   */
  context?: RegExp;
  /** The matcher does not count when the section matches. */
  notContext?: RegExp;
  /**
   * 'row': only for a field in a data row of a table with column headers (a service-line grid);
   * 'single': only outside such a row. "Date of Service" is 24A in a grid and the visit date elsewhere.
   */
  where?: 'row' | 'single';
  /** Only for these field kinds ("Diagnosis" on a textarea is narrative, not a code). */
  kinds?: readonly string[];
}

export interface ConceptPatterns {
  concept: ConceptKey;
  matchers: Matcher[];
  /** A signal text matching any of these never counts for the concept ("Referring NPI" is not provider.npi). */
  negative?: RegExp[];
}

/** Shorthand that keeps the pattern tables readable. */
export function match(re: RegExp, weight = 1, extra: Omit<Matcher, 're' | 'weight'> = {}): Matcher {
  return { re, weight, ...extra };
}

export const TEXT_KINDS = ['textarea', 'contenteditable'] as const;
