import { useState } from 'preact/hooks';
import { KNOWN_KINDS } from '../../rules/select/document-kind';
import { KNOWN_PAYERS, OTHER_PAYER } from '../../rules/select/page-context';
import { mustAskFirst, type PageContextView, type TabResult } from '../../utils/messages';
import { claimFileWord } from './claim-file-words';

type Option = { id: string; title: string };

const PAYER_OPTIONS: Option[] = [...KNOWN_PAYERS, { id: OTHER_PAYER.id, title: 'Another payer (general checklists only)' }];

/** True when the popup must ask what the page is before it shows any count (see utils/messages.ts). */
export const mustAsk = mustAskFirst;

/** Why the popup asks, in one line, for its status region. */
export function askReason(result: TabResult): string {
  const choice = result.context?.choice;
  const what = result.claimFile ? `this ${claimFileWord(result.claimFile)}` : 'this page';
  if (result.checklists.length === 0) {
    const where = result.claimFile ? `in ${what}` : `on ${what}`;
    return `ClaimLint found fields ${where}, but none of its checklists fits what it read. Say what ${what} is to check it.`;
  }
  const why = choice ? ` (${choice.evidence})` : '';
  return `ClaimLint is not sure what ${what} is${why}, so it does not count what is missing yet. Say what it is to check it.`;
}

/** The known options with the likely ones first, in the order given, and how many of them are likely. */
export function likelyFirst(known: readonly Option[], likely: ReadonlyArray<string | null | undefined>): { likely: Option[]; others: Option[] } {
  const ids = [...new Set(likely.filter((id): id is string => typeof id === 'string'))];
  const first = ids.map((id) => known.find((option) => option.id === id)).filter((option): option is Option => option !== undefined);
  return { likely: first, others: known.filter((option) => !first.includes(option)) };
}

interface ChoiceQuestionProps {
  context: PageContextView | undefined;
  /** The button's words: "Check", or "Check as …" on a page where no fields were found. */
  submitText: string;
  onAnswer(payer: string, kind: string): void;
}

/**
 * "Who is this claim for?" and "Check this page as …", the likely answers first (what the page suggested, the
 * answer kept for this site, the defaults). Answering checks the page as that and remembers it for the site.
 */
export function ChoiceQuestion({ context, submitText, onAnswer }: ChoiceQuestionProps) {
  const payers = likelyFirst(PAYER_OPTIONS, [context?.chosen.payer, context?.choice?.payer, context?.payer?.id, context?.site?.payer, context?.defaults?.payer]);
  const kinds = likelyFirst(KNOWN_KINDS, [context?.chosen.kind, context?.choice?.kind, context?.kind?.id, context?.site?.kind]);
  const [payer, setPayer] = useState(payers.likely[0]?.id ?? '');
  const [kind, setKind] = useState(kinds.likely[0]?.id ?? '');
  return (
    <form
      class="choice-question"
      onSubmit={(event) => {
        event.preventDefault();
        if (payer && kind) onAnswer(payer, kind);
      }}
    >
      <label>
        <span>Who is this claim for?</span>
        <select name="payer" value={payer} onChange={(event) => setPayer(event.currentTarget.value)}>
          <option value="">Choose a payer…</option>
          <Options likely={payers.likely} others={payers.others} />
        </select>
      </label>
      <label>
        <span>Check this page as …</span>
        <select name="kind" value={kind} onChange={(event) => setKind(event.currentTarget.value)}>
          <option value="">Choose a kind of document…</option>
          <Options likely={kinds.likely} others={kinds.others} />
        </select>
      </label>
      <button type="submit" class="choice-check" disabled={!payer || !kind}>
        {submitText}
      </button>
    </form>
  );
}

function Options({ likely, others }: { likely: Option[]; others: Option[] }) {
  const list = (options: Option[]) => options.map((option) => <option key={option.id} value={option.id}>{option.title}</option>);
  if (likely.length === 0) return <>{list(others)}</>;
  return (
    <>
      <optgroup label="Likely">{list(likely)}</optgroup>
      <optgroup label="Others">{list(others)}</optgroup>
    </>
  );
}
