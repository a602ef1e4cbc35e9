/**
 * What a free-text detector reports. Evidence is quoted verbatim from the text so the popup can show the user
 * the words that satisfied (or half-satisfied) a check; `missing` names what a partial match lacks.
 */
export interface TextDetection {
  found: boolean;
  /** Exact substrings of the input, in text order. May be non-empty when found is false (a partial match). */
  evidence: string[];
  /** What a partial match lacks, e.g. ['timeframe'] or ['duration', 'outcome']. */
  missing?: string[];
}

/** A pure function from free text to a detection. */
export type TextDetector = (text: string) => TextDetection;
