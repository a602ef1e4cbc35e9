import type { Finding, Severity } from '../../rules/schema';

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, serious: 1, moderate: 2, minor: 3 };

export type GroupId = 'fail' | 'cantTell' | 'pass';

export interface GroupedFindings<T = Finding> {
  /** Found and empty or wrong, worst first. */
  fail: T[];
  /** The field was not found or could not be read, worst first. */
  cantTell: T[];
  /** Passed, then not applicable, in engine order. */
  pass: T[];
  counts: { fail: number; cantTell: number; pass: number; notApplicable: number };
}

/** Splits findings into the popup's groups; sorting is stable, so rules keep checklist order within a severity. */
export function groupFindings<T extends Pick<Finding, 'status' | 'severity'>>(findings: readonly T[]): GroupedFindings<T> {
  const bySeverity = (a: T, b: T) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  const fail = findings.filter((finding) => finding.status === 'fail').sort(bySeverity);
  const cantTell = findings.filter((finding) => finding.status === 'cantTell').sort(bySeverity);
  const passed = findings.filter((finding) => finding.status === 'pass');
  const notApplicable = findings.filter((finding) => finding.status === 'notApplicable');
  return {
    fail,
    cantTell,
    pass: [...passed, ...notApplicable],
    counts: { fail: fail.length, cantTell: cantTell.length, pass: passed.length, notApplicable: notApplicable.length },
  };
}
