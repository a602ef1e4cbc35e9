import type { Finding, Severity } from '../../rules/schema';

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, serious: 1, moderate: 2, minor: 3 };

export type GroupId = 'fail' | 'cantTell' | 'pass';

export interface GroupedFindings {
  /** Found and empty or wrong, worst first. */
  fail: Finding[];
  /** The field was not found or could not be read, worst first. */
  cantTell: Finding[];
  /** Passed, then not applicable, in engine order. */
  pass: Finding[];
  counts: { fail: number; cantTell: number; pass: number; notApplicable: number };
}

/** Splits findings into the popup's groups; sorting is stable, so rules keep checklist order within a severity. */
export function groupFindings(findings: readonly Finding[]): GroupedFindings {
  const bySeverity = (a: Finding, b: Finding) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
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
