import { useMemo, useState } from 'preact/hooks';
import type { Finding } from '../../rules/schema';
import { AutoRunSite } from './AutoRunSite';
import { ChecklistChoice } from './ChecklistChoice';
import { ClaimFilePicker } from './ClaimFilePicker';
import { selectedClaim } from './claim-file-words';
import { ChoiceQuestion, askReason, mustAsk } from './ChoiceQuestion';
import { ExportControls } from './ExportControls';
import { FindingGroup } from './FindingGroup';
import { PageSummary } from './PageSummary';
import { ShowMarksSetting } from './ShowMarksSetting';
import { StatusSummary } from './StatusSummary';
import { focusFieldInTab, requestChoice } from './background-client';
import { groupFindings } from './group-findings';
import { useTabResult, type PopupView } from './use-tab-result';
import { rememberSiteChoice } from '../../utils/site-choices';
import type { TabResult } from '../../utils/messages';

interface AppProps {
  /** location.search of the popup page: "?tabId=N" pins it to a tab. */
  search: string;
}

/** The background's errors may already say "ClaimLint can't read this page: …"; say it once. */
function cantCheckMessage(error: string): string {
  const reason = error.replace(/^ClaimLint can(?:'|’)t \w+ this page:\s*/i, '');
  return `ClaimLint can't check this page: ${reason}`;
}

const EMPTY_MESSAGE =
  'No claim or documentation fields found on this page. Right-click a field and choose “ClaimLint: this field is…” to teach ClaimLint what it is.';

function statusMessage(view: PopupView, checking: boolean): string | null {
  if (view.kind === 'error') return cantCheckMessage(view.error);
  if (checking) return 'Checking…';
  if (view.kind === 'empty') return EMPTY_MESSAGE;
  if (view.kind === 'gone') return 'The page changed. Check again to see what it is missing.';
  return null;
}

/** Why a claim file's result has no findings to show: the file was not read, or the selected claim not checked. */
function claimFileMessage(result: TabResult): string | null {
  const file = result.claimFile;
  if (!file) return null;
  if (file.unread) return `ClaimLint can't read this claim file: ${file.unread}`;
  const claim = selectedClaim(file);
  return claim?.notChecked !== undefined ? `Not checked: ${claim.notChecked}` : null;
}

function passHeading({ pass, notApplicable }: { pass: number; notApplicable: number }): string {
  return notApplicable > 0 ? `Passed (${pass}) · not applicable (${notApplicable})` : `Passed (${pass})`;
}

export function App({ search }: AppProps) {
  const { target, view, checking, checkAgain, selectClaim } = useTabResult(search);
  const [focusError, setFocusError] = useState<string | null>(null);
  const result = view.kind === 'result' ? view.result : null;
  // A claim file not read, or a claim in it that is not checked, has nothing to count: never "Nothing missing".
  const unchecked = result !== null ? claimFileMessage(result) : null;
  // A guess, or fields no checklist fits: ask what the page is before any count or "Nothing missing".
  const asking = result !== null && unchecked === null && mustAsk(result);
  const shown = asking || unchecked !== null ? null : result;
  const inFile = result?.claimFile !== undefined;
  const grouped = useMemo(() => (shown ? groupFindings(shown.findings) : null), [shown]);
  const checklistTitles = useMemo(
    () => new Map(result && result.checklists.length > 1 ? result.checklists.map((c) => [c.id, c.title]) : []),
    [result],
  );

  const goToField = (finding: Finding) => {
    // A field on another wizard step is not in the page now; FindingItem offers no button for it.
    if (!target || finding.step !== undefined) return;
    setFocusError(null);
    focusFieldInTab(target.tabId, finding).then(
      // A real popup gets out of the way so the user lands on the field; a pinned page stays.
      () => !target.pinned && window.close(),
      (error: unknown) =>
        setFocusError(`Couldn't go to the field: ${error instanceof Error ? error.message : String(error)}`),
    );
  };

  const answer = (answered: TabResult, payer: string, kind: string) => {
    if (!target) return;
    const service = answered.context?.chosen.service ?? null;
    // The answer is kept for the site (ids only), then the tab is checked as that; the result arrives in storage.
    void rememberSiteChoice(answered.url, payer, kind)
      .catch(() => {})
      .then(() => requestChoice(target.tabId, payer, service, kind));
  };
  const emptyResult = view.kind === 'empty' ? view.result : undefined;
  // A claim file has no field on the page to go to: its findings name the claim's field instead.
  const fieldLinks = inFile ? { notFoundWhere: 'in this claim' } : { onGoToField: goToField };

  const message = focusError
    ?? (asking && !checking && result ? askReason(result) : (!checking && unchecked) || statusMessage(view, checking));
  return (
    <div class="popup" aria-busy={checking}>
      <header class="bar">
        <h1 class="brand">ClaimLint</h1>
        <button
          type="button"
          class="check-again"
          aria-disabled={checking || !target}
          onClick={() => !checking && checkAgain()}
        >
          Check again
        </button>
      </header>
      {/* Everything below the bar is the page's one main landmark, so screen readers can jump past the bar. */}
      <main>
        {result && (
          <PageSummary result={result}>
            {result.claimFile && <ClaimFilePicker view={result.claimFile} onSelect={selectClaim} />}
          </PageSummary>
        )}
        {asking && result && target && (
          <ChoiceQuestion key={result.url} context={result.context} submitText="Check" onAnswer={(payer, kind) => answer(result, payer, kind)} />
        )}
        {shown?.context && target && (
          <ChecklistChoice
            context={shown.context}
            onChoose={(payer, service) => {
              // The fresh result arrives through storage.session like any other update.
              void requestChoice(target.tabId, payer, service);
            }}
          />
        )}
        <StatusSummary
          message={message}
          tone={view.kind === 'error' || focusError ? 'error' : 'neutral'}
          counts={grouped?.counts ?? null}
        />
        {grouped && (
          <div class="groups">
            <FindingGroup
              group="fail"
              heading={`Missing or invalid (${grouped.counts.fail})`}
              findings={grouped.fail}
              emptyText="Nothing missing."
              checklistTitles={checklistTitles}
              {...fieldLinks}
            />
            {grouped.cantTell.length > 0 && (
              <FindingGroup
                group="cantTell"
                heading={`Can't tell (${grouped.counts.cantTell})`}
                findings={grouped.cantTell}
                checklistTitles={checklistTitles}
                {...fieldLinks}
              />
            )}
            {grouped.pass.length > 0 && (
              <FindingGroup
                group="pass"
                heading={passHeading(grouped.counts)}
                findings={grouped.pass}
                collapsed
                checklistTitles={checklistTitles}
                {...fieldLinks}
              />
            )}
          </div>
        )}
        {emptyResult && target && !checking && (
          <ChoiceQuestion
            key={emptyResult.url}
            context={emptyResult.context}
            submitText="Check as …"
            onAnswer={(payer, kind) => answer(emptyResult, payer, kind)}
          />
        )}
        {shown && target && <ExportControls tabId={target.tabId} result={shown} />}
        {shown && !inFile && <ShowMarksSetting />}
        {result && <AutoRunSite pageUrl={result.url} />}
      </main>
    </div>
  );
}
