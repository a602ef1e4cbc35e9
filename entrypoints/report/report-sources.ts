import type { Source } from '../../rules/schema';
import type { ReviewReport } from '../../utils/redact-report';

/** Each citation's number in the report's source list, found by the citation object a finding holds. */
export type SourceNumbers = ReadonlyMap<Source, number>;

/** One policy as the source list prints it: the policy once, every section the report cites from it. */
export interface ReportSource {
  source: Source;
  sections: string[];
}

/**
 * The report's policies, each once and numbered in reading order (checklists, then findings as shown), so a
 * printed page carries a policy's name, date, note and address once instead of under every finding. Citations
 * of one policy (same name, date, address and note) share a number and list their sections together.
 */
export function reportSources(report: Pick<ReviewReport, 'checklists'>, shownFindings: readonly { citation: Source }[]): { list: ReportSource[]; numbers: SourceNumbers } {
  const list: ReportSource[] = [];
  const byPolicy = new Map<string, number>();
  const numbers = new Map<Source, number>();
  for (const source of [...report.checklists.map((checklist) => checklist.source), ...shownFindings.map((finding) => finding.citation)]) {
    const policy = JSON.stringify([source.policy, source.date, source.url, source.note]);
    let number = byPolicy.get(policy);
    if (number === undefined) {
      list.push({ source, sections: [] });
      number = list.length;
      byPolicy.set(policy, number);
    }
    const sections = list[number - 1]!.sections;
    if (source.section && !sections.includes(source.section)) sections.push(source.section);
    numbers.set(source, number);
  }
  return { list, numbers };
}
