/**
 * A drafted letter (a letter of medical necessity, or an appeal of a denial) as data: sections of paragraphs made of
 * parts, each part either ClaimLint's own template wording, a value taken from a source (a field of the checked
 * snapshot, the bundled code table, the denial) or a placeholder naming the checklist item the sources lack.
 * Renderers (text, markdown, docx, the letter page) only lay these parts out; `--explain` lists each part's source.
 * Nothing in a draft is invented: a part with patient data always carries the source it was copied from.
 */

/** Where a filled part's words come from. */
export type DraftSource =
  /** A field of a checked snapshot (a page, a claim, a document): its key, concept and label as read. */
  | { kind: 'field'; fieldKey: string; concept: string; label: string; frameId?: number; snapshot?: number }
  /** The official description of a code in a bundled code table (ICD-10-CM). */
  | { kind: 'code-table'; table: 'icd10cm'; code: string }
  /** The denial: an X12 835 remittance, a FHIR ExplanationOfBenefit / ClaimResponse, or one entered by hand. */
  | { kind: 'denial'; what: string }
  /** A payer's or the IRS's criteria, as a checklist or a template cites them (policy, section, date, URL). */
  | { kind: 'policy'; policy: string; section?: string; date: string; url: string };

/** What a placeholder stands for: the checklist item whose component the sources lack. */
export interface DraftGap {
  checklistId: string;
  ruleId: string;
  /** Plain words for what to write: "measurable goal with a target and a timeframe". */
  what: string;
  /**
   * What is wrong when the sources do give a value that fails the item (an NPI failing its check digit is
   * "invalid", two places that disagree "inconsistent"); absent, the component is missing.
   */
  problem?: 'invalid' | 'inconsistent';
}

export type DraftPart =
  | { text: string }
  | { text: string; source: DraftSource }
  | { text: string; placeholder: DraftGap };

export interface DraftParagraph {
  parts: DraftPart[];
}

export interface DraftSection {
  /** Stable id from the template ("patient", "diagnosis", "treatment", "alternatives", "criteria", "signature" …). */
  id: string;
  heading: string;
  paragraphs: DraftParagraph[];
}

export interface LetterDraft {
  type: 'lmn' | 'appeal';
  /** The template the draft was written from (rules/letters/templates/<id>.json). */
  templateId: string;
  title: string;
  sections: DraftSection[];
  /** Every placeholder in the draft, in order: the draft is complete when this is empty. */
  gaps: DraftGap[];
  /** Documents to enclose (appeals: the plan of care, the referral, the notes the answer rests on). */
  enclosures: string[];
  /**
   * Notes for whoever sends the letter, never part of the letter to the payer (an appeal's "Fix before you appeal",
   * deadline and external review). Renderers print them apart from the letter; optional, absent on an LMN.
   */
  notes?: DraftSection[];
}

/** The visible form of a placeholder in text renderings: `[MISSING: what — checklist/rule]` (or INVALID / INCONSISTENT). */
export function placeholderText(gap: DraftGap): string {
  return `[${(gap.problem ?? 'missing').toUpperCase()}: ${gap.what} — ${gap.checklistId}/${gap.ruleId}]`;
}
