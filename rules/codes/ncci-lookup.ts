/** NCCI edits as the checks see them, whatever loaded them (the packaged file, the CLI's read, a test's table). */

/** 0: never paid together; 1: paid together only with 59/XE/XS/XP/XU; 9: not applicable (the edit was withdrawn). */
export type ModifierIndicator = 0 | 1 | 9;

export interface PtpEdit {
  column1: string;
  column2: string;
  modifierIndicator: ModifierIndicator;
  /** YYYY-MM-DD, or null while the edit is active in this version. */
  deleted: string | null;
}

/** What the table says about two codes billed on one date of service. */
export type PairRuling =
  /** An edit in force on that date. */
  | { kind: 'edit'; edit: PtpEdit }
  /** No edit in force on that date; `history` holds the pair's edits that were deleted or not yet in force. */
  | { kind: 'none'; history: PtpEdit[] };

export interface MueLimit {
  code: string;
  units: number;
  /** MUE adjudication indicator: 1 per line, 2 per day (policy, not appealable), 3 per day (clinical). */
  mai: 1 | 2 | 3;
}

export interface AddOnEdit {
  code: string;
  /** 1: only these primaries; 2: the contractor decides (none listed); 3: these and others the contractor accepts. */
  type: 1 | 2 | 3;
  primaries: ReadonlySet<string>;
}

export interface NcciLookup {
  /** "v302r0 (2024-07-01)": every finding built on this table names it. */
  versionLabel: string;
  /** Whether the table holds every edit for this code (it keeps only the therapy, psychotherapy, chiropractic and E/M ranges). */
  covers(code: string): boolean;
  /** The PTP edit between two codes (either order) in force on a date of service. */
  pairOn(codeA: string, codeB: string, dateOfService: string | null): PairRuling;
  mue(code: string): MueLimit | undefined;
  addOn(code: string): AddOnEdit | undefined;
}
