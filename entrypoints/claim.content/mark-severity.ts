import type { Finding, Severity } from '../../rules/schema';

/**
 * How a mark shows its severity. Each colour is light enough to stand out at 3:1 or more on a near-black page and
 * dark enough to carry white badge text at 4.5:1 and stand out at 3:1 on a white page (relative luminance
 * 0.14–0.17). Colour is never the only cue: the badge shows a glyph per severity, the outline's line style
 * differs, and the badge's label and title name the severity.
 */
export interface SeverityLook {
  colour: string;
  /** Shown in the badge before the count: a cue that does not rely on colour. */
  glyph: string;
  /** CSS outline style around the field. */
  line: 'solid' | 'dashed' | 'dotted';
  /** Outline width in px: the worst problems draw the heaviest line. */
  width: number;
  /** The word the badge's label and title use. */
  word: string;
}

export const SEVERITY_LOOKS: Record<Severity, SeverityLook> = {
  critical: { colour: '#d93025', glyph: '!!', line: 'solid', width: 3, word: 'Critical' },
  serious: { colour: '#c2410c', glyph: '!', line: 'solid', width: 2, word: 'Serious' },
  moderate: { colour: '#8a6100', glyph: '~', line: 'dashed', width: 2, word: 'Moderate' },
  minor: { colour: '#1967d2', glyph: 'i', line: 'dotted', width: 2, word: 'Minor' },
};

/**
 * A severity's look. Findings are validated before they reach the page, but a mark must never throw while drawing
 * (the page would lose every mark after it): a severity this version does not know looks serious.
 */
export function lookOf(severity: string): SeverityLook {
  return Object.hasOwn(SEVERITY_LOOKS, severity) ? SEVERITY_LOOKS[severity as Severity] : SEVERITY_LOOKS.serious;
}

const ORDER: readonly Severity[] = ['critical', 'serious', 'moderate', 'minor'];

/** The highest severity among a field's findings: it colours the field's one mark. */
export function worstSeverity(findings: readonly Pick<Finding, 'severity'>[]): Severity {
  return ORDER.find((severity) => findings.some((finding) => finding.severity === severity)) ?? 'minor';
}

/** The findings worst first, so a badge's label and title start with what matters most. */
export function byWorstFirst<T extends Pick<Finding, 'severity'>>(findings: readonly T[]): T[] {
  return [...findings].sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity));
}
