import { useEffect, useState } from 'preact/hooks';
import { fieldLabel } from '../../components/FindingItem';
import { SourceLink } from '../../components/SourceLink';
import { problemWord } from '../../rules/outcome/problem-words';
import type { ReviewReport } from '../../utils/redact-report';
import { truncationNotice } from '../../utils/truncation-notice';
import { groupFindings } from '../popup/group-findings';
import { loadReviewReport, type ReportView } from './load-report';
import { reportSources, type SourceNumbers } from './report-sources';

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

/** "Account …0442 · claim 2 of 5 · Claim for [withheld]": what a printed page is matched to its claim by. */
function claimLine(report: ReviewReport): string {
  const { account, claimId, position } = report.claim;
  return [
    claimId && `Claim ${claimId}`,
    account && `Patient account ${account}`,
    position,
    report.page.title,
  ].filter(Boolean).join(' · ');
}

function ReportBody({ report }: { report: ReviewReport }) {
  const grouped = groupFindings(report.findings);
  const checklistTitles = new Map(report.checklists.map((checklist) => [checklist.id, checklist.title]));
  const sources = reportSources(report, [...grouped.fail, ...grouped.cantTell, ...grouped.pass]);
  return (
    <>
      <section class="report-claim" aria-label="Claim checked">
        <p class="report-claim-name">{claimLine(report) || report.page.url}</p>
        <p class="report-meta">
          Checked <time dateTime={report.checkedAt}>{formatCheckedTime(report.checkedAt)}</time> · {report.fieldCount}{' '}
          {report.fieldCount === 1 ? 'field' : 'fields'}
          {report.includesPatientDetails ? ' · includes patient details' : ' · patient identifiers withheld'}
        </p>
        <p class="report-url">{report.page.url}</p>
        {report.truncated && <p class="report-truncated">{truncationNotice(report.truncated)}</p>}
        <p class="report-checklists">
          {report.checklists.length === 1 ? 'Checklist: ' : 'Checklists: '}
          {report.checklists.map((checklist, at) => (
            <span key={checklist.id} data-checklist-id={checklist.id}>
              {at > 0 && '; '}
              {checklist.title} ({checklist.payer} · {checklist.service} · reviewed {checklist.vintage}){' '}
              <SourceRef number={sources.numbers.get(checklist.source)} />
            </span>
          ))}
        </p>
      </section>
      <FindingSection group="fail" heading="Missing or invalid" findings={grouped.fail} titles={checklistTitles} sources={sources.numbers} />
      <FindingSection group="cantTell" heading="Can't tell" findings={grouped.cantTell} titles={checklistTitles} sources={sources.numbers} />
      <PassedSection findings={grouped.pass} sources={sources.numbers} />
      <section class="report-section report-sources" aria-labelledby="report-sources">
        <h2 id="report-sources">Sources</h2>
        <ol class="report-source-list">
          {sources.list.map(({ source, sections }, at) => (
            <li key={at} id={`source-${at + 1}`}>
              <SourceLink source={{ ...source, section: sections.join('; ') }} />
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

function SourceRef({ number }: { number: number | undefined }) {
  if (number === undefined) return null;
  return (
    <a class="report-source-ref" href={`#source-${number}`} aria-label={`source ${number}`}>
      [{number}]
    </a>
  );
}

interface FindingSectionProps {
  group: 'fail' | 'cantTell';
  heading: string;
  findings: readonly ReportFinding[];
  titles: ReadonlyMap<string, string>;
  sources: SourceNumbers;
}

function FindingSection({ group, heading, findings, titles, sources }: FindingSectionProps) {
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
                {finding.title}{' '}
                <span class="report-status">{finding.status === 'fail' ? problemWord(finding) : STATUS_LABEL[finding.status]}</span>
                <span class="report-status"> · {finding.severity}</span>
              </h3>
              <p class="report-what">{finding.message}</p>
              {finding.step !== undefined && <p class="report-step">On the {finding.step} step of the form.</p>}
              {finding.status === 'cantTell' && <p>Field not found on the page: {fieldLabel(finding)}.</p>}
              <p class="report-fix">
                <strong>Fix:</strong> {finding.fix} <span class="report-why">{finding.why}</span>{' '}
                {titles.size > 1 && <span class="report-checklist-name">{titles.get(finding.checklistId) ?? finding.checklistId} </span>}
                <SourceRef number={sources.get(finding.citation)} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** What passed or did not apply, one line each: a reviewer scans it, the work is above. */
function PassedSection({ findings, sources }: { findings: readonly ReportFinding[]; sources: SourceNumbers }) {
  return (
    <section class="report-section" data-group="pass" aria-labelledby="report-pass">
      <h2 id="report-pass">Passed or not applicable ({findings.length})</h2>
      {findings.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul class="report-passed">
          {findings.map((finding, position) => (
            <li key={`${finding.checklistId}/${finding.ruleId}/${position}`} data-rule-id={finding.ruleId} data-status={finding.status}>
              {finding.status === 'notApplicable' && !/^not applicable/i.test(finding.message) && 'Not applicable: '}
              {finding.message} <SourceRef number={sources.get(finding.citation)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
