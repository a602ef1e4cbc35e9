import { useEffect, useState } from 'preact/hooks';
import { fieldLabel } from '../../components/FindingItem';
import { SourceLink } from '../../components/SourceLink';
import { problemWord } from '../../rules/outcome/problem-words';
import type { ReviewReport } from '../../utils/redact-report';
import { truncationNotice } from '../../utils/truncation-notice';
import { groupFindings } from '../popup/group-findings';
import { loadReviewReport, type ReportView } from './load-report';

type ReportFinding = ReviewReport['findings'][number];

interface ReportProps {
  /** location.search: "?tabId=N&patient=0|1". */
  search: string;
}

const STATUS_LABEL: Record<ReportFinding['status'], string> = {
  fail: 'Missing',
  cantTell: "Can't tell",
  pass: 'Passed',
  notApplicable: 'Not applicable',
};

/** A printed report needs the full date, whenever it is read. */
function formatCheckedTime(checkedAt: string): string {
  const date = new Date(checkedAt);
  return Number.isNaN(date.getTime()) ? checkedAt : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** The printable review of one tab. Every string may be page text, so all of it is rendered as text. */
export function Report({ search }: ReportProps) {
  const [view, setView] = useState<ReportView>({ kind: 'loading' });
  useEffect(() => {
    loadReviewReport(search).then(setView, (error: unknown) =>
      setView({ kind: 'error', error: error instanceof Error ? error.message : String(error) }),
    );
  }, [search]);

  return (
    <div class="report">
      <header class="report-bar">
        <h1>ClaimLint review</h1>
        {view.kind === 'report' && (
          <button type="button" class="print" onClick={() => window.print()}>
            Print
          </button>
        )}
      </header>
      <main>
        {view.kind === 'loading' && <p>Loading…</p>}
        {view.kind === 'error' && <p role="alert">{view.error}</p>}
        {view.kind === 'report' && <ReportBody report={view.report} />}
      </main>
    </div>
  );
}

function ReportBody({ report }: { report: ReviewReport }) {
  const grouped = groupFindings(report.findings);
  const checklistTitles = new Map(report.checklists.map((checklist) => [checklist.id, checklist.title]));
  return (
    <>
      <section class="report-page" aria-label="Page checked">
        {report.page.title !== null && <p class="report-page-title">{report.page.title}</p>}
        <p class="report-url">{report.page.url}</p>
        <p class="report-meta">
          Checked <time dateTime={report.checkedAt}>{formatCheckedTime(report.checkedAt)}</time> ·{' '}
          {report.fieldCount} {report.fieldCount === 1 ? 'field' : 'fields'}
          {report.includesPatientDetails ? ' · includes patient details' : ' · patient details withheld'}
        </p>
        {report.truncated && (
          <p class="report-truncated">{truncationNotice(report.truncated)}</p>
        )}
      </section>
      <section class="report-section" aria-labelledby="report-checklists">
        <h2 id="report-checklists">{report.checklists.length === 1 ? 'Checklist' : 'Checklists'}</h2>
        <ul class="report-list">
          {report.checklists.map((checklist) => (
            <li key={checklist.id} class="report-item" data-checklist-id={checklist.id}>
              <h3>{checklist.title}</h3>
              <p>
                {checklist.payer} · {checklist.service} · reviewed {checklist.vintage}
              </p>
              <p>
                Source: <SourceLink source={checklist.source} />
              </p>
            </li>
          ))}
        </ul>
      </section>
      <FindingSection group="fail" heading="Missing or invalid" findings={grouped.fail} titles={checklistTitles} />
      <FindingSection group="cantTell" heading="Can't tell" findings={grouped.cantTell} titles={checklistTitles} />
      <FindingSection group="pass" heading="Passed" findings={grouped.pass} titles={checklistTitles} />
    </>
  );
}

interface FindingSectionProps {
  group: 'fail' | 'cantTell' | 'pass';
  heading: string;
  findings: readonly ReportFinding[];
  titles: ReadonlyMap<string, string>;
}

function FindingSection({ group, heading, findings, titles }: FindingSectionProps) {
  const headingId = `report-${group}`;
  return (
    <section class="report-section" data-group={group} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {heading} ({findings.length})
      </h2>
      {findings.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul class="report-list">
          {findings.map((finding, position) => (
            <li
              key={`${finding.checklistId}/${finding.ruleId}/${position}`}
              class="report-item"
              data-rule-id={finding.ruleId}
              data-status={finding.status}
            >
              <h3>
                {finding.title} <span class="report-status">{finding.status === 'fail' ? problemWord(finding) : STATUS_LABEL[finding.status]}</span>
                {(finding.status === 'fail' || finding.status === 'cantTell') && (
                  <span class="report-severity"> · {finding.severity}</span>
                )}
              </h3>
              <p class="report-what">{finding.message}</p>
              {finding.step !== undefined && <p class="report-step">On the {finding.step} step of the form.</p>}
              {finding.status === 'cantTell' && <p>Field not found on the page: {fieldLabel(finding)}.</p>}
              {(finding.status === 'fail' || finding.status === 'cantTell') && (
                <dl>
                  <dt>Why</dt>
                  <dd>{finding.why}</dd>
                  <dt>Fix</dt>
                  <dd>{finding.fix}</dd>
                </dl>
              )}
              <p class="report-source">
                {titles.size > 1 && `${titles.get(finding.checklistId) ?? finding.checklistId} · `}
                Source: <SourceLink source={finding.citation} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
