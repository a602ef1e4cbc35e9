/**
 * What the end of a run says about every claim (and page or letter) it checked: how many were read, how many have
 * gaps, which were not checked and why, and the rules that failed most often. It keeps counts only, never a
 * claim's fields or findings, so a batch of 100,000 claims costs no more memory here than a batch of five.
 */
import type { CompiledChecklist } from '../rules/compile-checklist';
import { formatCitation } from '../rules/engine';
import type { Finding } from '../rules/schema';

/** How many rules the summary names, most frequent first. */
export const COMMON_GAPS_SHOWN = 10;

export interface CommonGap {
  checklistId: string;
  ruleId: string;
  title: string;
  /** Claims (or pages, letters) on which the rule failed at least once. */
  claims: number;
}

/** A file --max-claims stopped reading: the first `checked` claims were checked, and the file holds at least `atLeast`. */
export interface EarlyStop {
  source: string;
  checked: number;
  /** Exact when the whole file was already read ahead, else a lower bound. */
  atLeast: number;
  exact: boolean;
}

export class RunSummary {
  private claimsRead = 0;
  private claimsChecked = 0;
  private claimsWithGaps = 0;
  private documentsChecked = 0;
  private documentsWithGaps = 0;
  private filesRead = 0;
  private readonly notChecked = new Map<string, number>();
  private readonly failing = new Map<string, CommonGap>();
  private readonly stops: EarlyStop[] = [];
  private readonly unreadable: Array<{ source: string; reason: string }> = [];

  /** A file (or standard input) whose content was read, in whole or part. */
  fileRead(): void {
    this.filesRead += 1;
  }

  /** A claim of a claim file: checked (its findings) or not (the reason). */
  claim(findings: readonly Finding[] | null, notChecked?: string): void {
    this.claimsRead += 1;
    if (findings === null) {
      const reason = notChecked ?? 'not checked';
      this.notChecked.set(reason, (this.notChecked.get(reason) ?? 0) + 1);
      return;
    }
    this.claimsChecked += 1;
    if (this.countFails(findings)) this.claimsWithGaps += 1;
  }

  /** A saved page or a letter, plan or note: one result. */
  document(findings: readonly Finding[]): void {
    this.documentsChecked += 1;
    if (this.countFails(findings)) this.documentsWithGaps += 1;
  }

  stoppedEarly(stop: EarlyStop): void {
    this.stops.push(stop);
  }

  /** A file of a folder that could not be read: said once, and the run goes on. */
  notRead(source: string, reason: string): void {
    this.unreadable.push({ source, reason });
  }

  get hasUnreadable(): boolean {
    return this.unreadable.length > 0;
  }

  get hasGaps(): boolean {
    return this.claimsWithGaps + this.documentsWithGaps > 0;
  }

  /** The summary as data (the --json `summary`). */
  toJson() {
    return {
      claimsRead: this.claimsRead,
      claimsChecked: this.claimsChecked,
      claimsWithGaps: this.claimsWithGaps,
      claimsNotChecked: [...this.notChecked].map(([reason, claims]) => ({ reason, claims })).sort((a, b) => b.claims - a.claims),
      commonGaps: [...this.failing.values()].sort((a, b) => b.claims - a.claims || a.ruleId.localeCompare(b.ruleId)).slice(0, COMMON_GAPS_SHOWN),
      ...(this.documentsChecked > 0 && { pagesAndDocumentsChecked: this.documentsChecked, pagesAndDocumentsWithGaps: this.documentsWithGaps }),
      ...(this.stops.length > 0 && { stoppedEarly: this.stops.map((stop) => ({ ...stop, message: stopMessage(stop) })) }),
      ...((this.filesRead > 1 || this.unreadable.length > 0) && { filesRead: this.filesRead, filesNotRead: this.unreadable }),
    };
  }

  /** Counts each failing rule once for this claim; true when any rule failed. */
  private countFails(findings: readonly Finding[]): boolean {
    const rules = new Map<string, Finding>();
    for (const finding of findings) if (finding.status === 'fail') rules.set(`${finding.checklistId}/${finding.ruleId}`, finding);
    for (const [key, finding] of rules) {
      const known = this.failing.get(key);
      if (known) known.claims += 1;
      else this.failing.set(key, { checklistId: finding.checklistId, ruleId: finding.ruleId, title: finding.title, claims: 1 });
    }
    return rules.size > 0;
  }
}

export type SummaryJson = ReturnType<RunSummary['toJson']>;

/** "checked the first 100 of at least 101 claims (--max-claims 100)". */
export function stopMessage(stop: EarlyStop): string {
  const of = stop.exact ? `${count(stop.atLeast)}` : `at least ${count(stop.atLeast)}`;
  return `checked the first ${count(stop.checked)} of ${of} claims (--max-claims ${stop.checked})`;
}

function count(value: number): string {
  return value.toLocaleString('en-US');
}

/** The checklists (and rule-level sources) a run used, each cited once at its end, in the order first used. */
export class SourcesSeen {
  private readonly checklists = new Map<string, CompiledChecklist>();
  private readonly ruleSources = new Set<string>();

  add(checklists: readonly CompiledChecklist[], findings: readonly Finding[]): void {
    for (const checklist of checklists) if (!this.checklists.has(checklist.id)) this.checklists.set(checklist.id, checklist);
    for (const finding of findings) this.ruleSources.add(finding.source);
  }

  get isEmpty(): boolean {
    return this.checklists.size === 0;
  }

  /** The "Sources:" block of the table. */
  lines(): string[] {
    const lines = ['Sources:'];
    const cited = new Set<string>();
    for (const checklist of this.checklists.values()) {
      lines.push(`  ${checklist.id} (reviewed ${checklist.vintage}): ${formatCitation(checklist.source)}`);
      if (checklist.source.note) lines.push(`    note: ${checklist.source.note}`);
      cited.add(formatCitation(checklist.source));
    }
    for (const source of this.ruleSources) if (!cited.has(source)) lines.push(`  rule source: ${source}`);
    return lines;
  }
}
