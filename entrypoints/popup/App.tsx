import { useMemo, useState } from 'preact/hooks';
import type { Finding } from '../../rules/schema';
import { AutoRunSite } from './AutoRunSite';
import { ChecklistChoice } from './ChecklistChoice';
import { ClaimFilePicker } from './ClaimFilePicker';
import { selectedClaim } from './claim-file-words';
import { ChoiceQuestion, askReason, mustAsk } from './ChoiceQuestion';
import { ExportControls } from './ExportControls';
import { LetterControls } from './LetterControls';
import { CheckedAgainst } from './CheckedAgainst';
import { FindingGroup } from './FindingGroup';
import { PageSummary } from './PageSummary';
import { TodoList } from './TodoList';
import { ShowMarksSetting } from './ShowMarksSetting';
import { StatusSummary } from './StatusSummary';
import { focusFieldInTab, requestChoice } from './background-client';
import { todoList } from './todo-list';
import { ChecklistSources } from '../../components/ChecklistSources';
import { KNOWN_KINDS } from '../../rules/select/document-kind';
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

/** The one-line state above the list. "Checking…" is never one: it shows small in the bar, beside what is shown. */
function statusMessage(view: PopupView): string | null {
  if (view.kind === 'error') return cantCheckMessage(view.error);
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

/** Kinds of page that are a claim: what only documentation holds cannot be on them (kinds.json ids). */
const CLAIM_KINDS: ReadonlySet<string> = new Set(['professional-claim']);

/** The page (or the claim file's selected claim) was checked as a claim, not as a document. */
function checkedAsClaim(result: TabResult): boolean {
  if (result.claimFile) return !selectedClaim(result.claimFile)?.documentation;
  const kind = result.context?.chosen.kind ?? result.context?.choice?.kind ?? result.context?.kind?.id ?? null;
  return kind !== null && CLAIM_KINDS.has(kind);
}

/** What the page was checked as, for advice about a field a document does not show: null for a claim or unknown. */
function documentKindTitle(result: TabResult): string | null {
  if (checkedAsClaim(result)) return null;
  const kind = result.context?.chosen.kind ?? result.context?.choice?.kind ?? result.context?.kind?.id ?? null;
  return KNOWN_KINDS.find((known) => known.id === kind)?.title ?? null;
}

function passHeading({ pass, notApplicable }: { pass: number; notApplicable: number }): string {
  return notApplicable > 0 ? `Passed (${pass}) · not applicable (${notApplicable})` : `Passed (${pass})`;
}

export function App({ search }: AppProps) {
  const { target, view, checking, checkError, checkAgain, selectClaim } = useTabResult(search);
  const [focusError, setFocusError] = useState<string | null>(null);
  const result = view.kind === 'result' ? view.result : null;
  // A claim file not read, or a claim in it that is not checked, has nothing to count: never "Nothing missing".
  const unchecked = result !== null ? claimFileMessage(result) : null;
  // A guess, or fields no checklist fits: ask what the page is before any count or "Nothing missing".
  const asking = result !== null && unchecked === null && mustAsk(result);
  const shown = asking || unchecked !== null ? null : result;
  const inFile = result?.claimFile !== undefined;
  const todo = useMemo(() => (shown ? todoList(shown.findings, checkedAsClaim(shown)) : null), [shown]);
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

  const checkErrorMessage = checkError ? `Couldn't check again: ${cantCheckMessage(checkError).replace(/^ClaimLint can't check this page: /, '')}` : null;
  const message = focusError ?? checkErrorMessage ?? (asking && result ? askReason(result) : unchecked || statusMessage(view));
  return (
    <div class="popup" aria-busy={checking}>
      <header class="bar">
        <h1 class="brand">ClaimLint</h1>
        {/* Small and in the bar: a check in progress never replaces (or moves) the result being read. */}
        <span class="checking" aria-hidden={!checking}>
          {checking ? 'checking…' : ''}
        </span>
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
        {shown && (
          <CheckedAgainst checklists={shown.checklists}>
            {shown.context && target && (
              <ChecklistChoice
                context={shown.context}
                onChoose={(payer, service, kind) => {
                  // The fresh result arrives through storage.session like any other update.
                  void requestChoice(target.tabId, payer, service, kind);
                }}
              />
            )}
            <ChecklistSources checklists={shown.checklists} />
          </CheckedAgainst>
        )}
        {asking && result && target && (
          <ChoiceQuestion key={result.url} context={result.context} submitText="Check" onAnswer={(payer, kind) => answer(result, payer, kind)} />
        )}
        <StatusSummary
          message={message}
          tone={view.kind === 'error' || focusError || checkError ? 'error' : 'neutral'}
          counts={todo?.counts ?? null}
        />
        {todo && shown && (
          <div class="groups">
            <TodoList
              todo={todo}
              checklistTitles={checklistTitles}
              notFoundWhere={inFile ? 'in this claim' : 'on this page'}
              kindTitle={documentKindTitle(shown)}
              {...(inFile ? {} : { onGoToField: goToField })}
            />
            {todo.pass.length > 0 && (
              <FindingGroup
                group="pass"
                heading={passHeading(todo.counts)}
                findings={todo.pass}
                collapsed
                checklistTitles={checklistTitles}
                {...fieldLinks}
              />
            )}
          </div>
        )}
        {emptyResult && target && (
          <ChoiceQuestion
            key={emptyResult.url}
            context={emptyResult.context}
            submitText="Check as …"
            onAnswer={(payer, kind) => answer(emptyResult, payer, kind)}
          />
        )}
        {shown && target && <ExportControls tabId={target.tabId} result={shown} />}
        {/* A claim file's text is not held by the background, so there is no page to draft from. */}
        {shown && target && <LetterControls tabId={target.tabId} />}
        {shown && !inFile && <ShowMarksSetting />}
        {result && <AutoRunSite pageUrl={result.url} />}
      </main>
    </div>
  );
}
