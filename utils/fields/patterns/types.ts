import type { ConceptKey } from '../../../rules/concepts';
import type { FieldKind } from '../../../rules/schema';

/** Which signals a matcher reads: label-like text (labels, headers, placeholders, nearby text) or name/id tokens. */
export type MatchTarget = 'label' | 'name';

/** Every kind of signal the detector reads about a field; see SIGNAL_WEIGHTS in label-text.ts. */
export const SIGNAL_KINDS = [
  'autocomplete', 'label', 'aria-labelledby', 'aria-label', 'name', 'id', 'placeholder', 'title', 'legend',
  'column-header', 'row-header', 'dt', 'heading', 'preceding-text', 'following-text',
] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

/**
 * One way a concept shows up on a page, compiled from the pattern data (see schema.ts). Regexes run on
 * lower-cased, whitespace-collapsed text (see normalizeText / nameTokens).
 */
export interface Matcher {
  re: RegExp;
  /** 1 = a label that means this concept on its own; lower for generic words that need company. */
  weight: number;
  /** Default: both. */
  on?: MatchTarget;
  /** Only these signal kinds (e.g. only a column header); default: all of the `on` target. */
  signals?: readonly SignalKind[];
  /**
   * The matcher only counts when the field's section (fieldset legend, nearest heading, table caption) matches:
   * "NPI" under "Referring provider" is box 17b, "A." under "Diagnosis" is box 21 A.
   */
  context?: RegExp;
  /** The matcher does not count when the section matches. */
  notContext?: RegExp;
  /** The matcher only counts when the page (title and h1, normalized) matches: a daily note, a plan of care. */
  page?: RegExp;
  /** The matcher does not count when the page matches. */
  notPage?: RegExp;
  /**
   * 'row': only for a field in a data row of a table with column headers (a service-line grid);
   * 'single': only outside such a row. "Date of Service" is 24A in a grid and the visit date elsewhere.
   */
  where?: 'row' | 'single';
  /** Only for these field kinds ("Diagnosis" on a textarea is narrative, not a code). */
  kinds?: readonly FieldKind[];
  /**
   * true: only a field that picks from a list (a select, a combobox input); false: only one typed freely. A choice
   * picked from a list is a coded entry, never prose.
   */
  picks?: boolean;
}

export interface ConceptPatterns {
  concept: ConceptKey;
  matchers: Matcher[];
  /** A signal text matching any of these never counts for the concept ("Referring NPI" is not provider.npi). */
  negative?: RegExp[];
}
