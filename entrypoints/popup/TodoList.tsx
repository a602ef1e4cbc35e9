import { useRef, useState } from 'preact/hooks';
import type { Finding } from '../../rules/schema';
import { FindingItem } from '../../components/FindingItem';
import { documentsNamed, type CantTellGap, type TodoList as Todo } from './todo-list';

interface TodoListProps {
  todo: Todo;
  checklistTitles: ReadonlyMap<string, string>;
  /** Absent for a claim file: its findings have no field on the page to go to. */
  onGoToField?: (finding: Finding) => void;
  /** Where a field that was not found was looked for (on this page, in this claim). */
  notFoundWhere: string;
  /** What the page was checked as ("plan of care"), for what to do about a field a document does not show. */
  kindTitle: string | null;
}

const TEACH = 'right-click it and choose “ClaimLint: this field is…”';

/** What the user can do about one can't-tell, said once for its field. */
function adviceFor(gap: CantTellGap, kindTitle: string | null, onClaimFile: boolean): string | undefined {
  // The field is there: its message says what else ClaimLint needed, and "Go to field" is the way to it.
  if (gap.finding.fieldKey !== null) return undefined;
  if (onClaimFile) return 'Add it to the claim, or check it on the document that holds it.';
  if (gap.document === null) return `If it is here, ${TEACH}.`;
  if (kindTitle === null) return `If it is here, ${TEACH}; or choose the kind of page (change, above).`;
  return `Add it, or if it is here, ${TEACH}. Not a ${kindTitle.toLowerCase()}? Choose the kind (change, above).`;
}

/** The items arrow keys move between: every gap of the list, in order. */
function gapItems(list: HTMLElement): HTMLElement[] {
  return [...list.querySelectorAll<HTMLElement>('li[data-gap]')];
}

/**
 * The first screen's list: "N to fix" worst first, then what ClaimLint could not tell. Arrow keys move through
 * the gaps (one is in the tab order at a time), Enter goes to the field, Home and End go to the first and last.
 */
export function TodoList({ todo, checklistTitles, onGoToField, notFoundWhere, kindTitle }: TodoListProps) {
  const [current, setCurrent] = useState(0);
  const [showElsewhere, setShowElsewhere] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const fieldLinks = onGoToField ? { onGoToField } : {};
  const onClaimFile = onGoToField === undefined;
  let position = 0;
  // Roving focus: the item at `current` (kept in range as the list changes) is the one Tab reaches.
  const gapCount = todo.toFix.length + todo.cantTell.length + (showElsewhere ? todo.elsewhere.length : 0);
  const focusable = Math.min(current, Math.max(0, gapCount - 1));
  const next = () => (position++ === focusable ? 0 : -1);

  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, (at: number, last: number) => number> = {
      ArrowDown: (at, last) => Math.min(at + 1, last),
      ArrowUp: (at) => Math.max(at - 1, 0),
      Home: () => 0,
      End: (_at, last) => last,
    };
    const move = moves[event.key];
    if (!move || !root.current) return;
    const items = gapItems(root.current);
    const at = items.findIndex((item) => item.contains(document.activeElement));
    if (at < 0 || items.length === 0) return;
    event.preventDefault();
    const to = move(at, items.length - 1);
    setCurrent(to);
    items[to]!.focus();
  };

  const cantTellTotal = todo.cantTell.length + todo.elsewhere.length;
  const renderGap = (gap: CantTellGap) => {
    const advice = adviceFor(gap, kindTitle, onClaimFile);
    return (
      <FindingItem
        key={gap.id}
        finding={gap.finding}
        checklistTitle={checklistTitles.get(gap.finding.checklistId)}
        {...(advice !== undefined && { cantTellAdvice: advice })}
        alsoNeededBy={gap.findings.slice(1)}
        notFoundWhere={notFoundWhere}
        tabIndex={next()}
        {...fieldLinks}
      />
    );
  };
  return (
    <div
      class="todo"
      ref={root}
      onKeyDown={onKeyDown}
      onFocusIn={(event) => {
        // Tab or a click into another item makes it the current one, so Tab comes back to it.
        const at = root.current ? gapItems(root.current).findIndex((item) => item.contains(event.target as Node)) : -1;
        if (at >= 0 && at !== current) setCurrent(at);
      }}
    >
      <section class="group group-fail" data-group="fail" aria-labelledby="group-fail-heading">
        <h2 id="group-fail-heading" class="group-heading">
          {todo.toFix.length} to fix
        </h2>
        {todo.toFix.length === 0 ? (
          <p class="group-empty">{cantTellTotal > 0 ? "Nothing missing. Some checks can't tell: see below." : 'Nothing missing.'}</p>
        ) : (
          <ul class="findings" aria-labelledby="group-fail-heading">
            {todo.toFix.map((finding, index) => (
              <FindingItem
                key={`${finding.checklistId}/${finding.ruleId}/${finding.fieldKey ?? ''}/${index}`}
                finding={finding}
                checklistTitle={checklistTitles.get(finding.checklistId)}
                notFoundWhere={notFoundWhere}
                tabIndex={next()}
                {...fieldLinks}
              />
            ))}
          </ul>
        )}
      </section>
      {cantTellTotal > 0 && (
        <section class="group group-cantTell" data-group="cantTell" aria-labelledby="group-cantTell-heading">
          <h2 id="group-cantTell-heading" class="group-heading">
            Can't tell ({cantTellTotal})
          </h2>
          {todo.cantTell.length > 0 && (
            <ul class="findings" aria-labelledby="group-cantTell-heading">
              {todo.cantTell.map(renderGap)}
            </ul>
          )}
          {todo.elsewhere.length > 0 && (
            <div class="elsewhere" data-group="elsewhere">
              <p class="elsewhere-line">
                {todo.elsewhere.length} documentation {todo.elsewhere.length === 1 ? 'item is' : 'items are'} checked on{' '}
                {documentsNamed(todo.elsewhere)}, not the claim.{' '}
                <button
                  type="button"
                  class="link-button"
                  aria-expanded={showElsewhere}
                  aria-controls="elsewhere-list"
                  onClick={() => setShowElsewhere((was) => !was)}
                >
                  {showElsewhere ? 'Hide them' : 'Show them'}
                </button>
              </p>
              <ul id="elsewhere-list" class="findings" hidden={!showElsewhere} aria-label="Checked on the documentation">
                {showElsewhere &&
                  todo.elsewhere.map((gap) => (
                    <FindingItem
                      key={gap.id}
                      finding={gap.finding}
                      checklistTitle={checklistTitles.get(gap.finding.checklistId)}
                      cantTellAdvice={`Open the ${gap.document} to check it.`}
                      alsoNeededBy={gap.findings.slice(1)}
                      notFoundWhere={notFoundWhere}
                      tabIndex={next()}
                    />
                  ))}
              </ul>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
