import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Reply, TabResult } from '../../utils/messages';
import { readTabResult, requestCheck, requestClaim, watchTabResult } from './background-client';
import { resolveTabTarget, type TabTarget } from './tab-target';

/** How long "Checking…" waits for the page's fresh result before showing what is stored (or "no fields"). */
const FRESH_RESULT_TIMEOUT_MS = 5000;

export type PopupView =
  | { kind: 'waiting' }
  | { kind: 'error'; error: string }
  /** The check finished and found no claim or documentation fields. */
  /** No fields were found (result: the check that found none, so "Check as …" can be offered for its page). */
  | { kind: 'empty'; result?: TabResult }
  /** The background dropped the tab's result: the page navigated or reloaded. */
  | { kind: 'gone' }
  | { kind: 'result'; result: TabResult };

export interface PopupState {
  target: TabTarget | null;
  view: PopupView;
  /** A check was asked for and its result has not arrived yet: the view keeps what it shows meanwhile. */
  checking: boolean;
  /** The newest check failed while a result was on screen: the result stays, and this says why it is not newer. */
  checkError: string | null;
  checkAgain: () => void;
  /** Show another claim of the tab's claim file (1-based position). */
  selectClaim: (position: number) => void;
}

function resultView(result: TabResult): PopupView {
  // Fields without a checklist are a result too: the popup asks what the page is (ChoiceQuestion) rather than
  // calling it empty. A page without fields checked as a kind the user chose has checklists, so it is a result.
  // A claim file is always one: a claim not checked, or a file not read, says why rather than "no fields".
  if (result.claimFile) return { kind: 'result', result };
  return result.fieldCount === 0 && result.checklists.length === 0 ? { kind: 'empty', result } : { kind: 'result', result };
}

function checkedTime(result: TabResult): number {
  const time = Date.parse(result.checkedAt);
  return Number.isNaN(time) ? 0 : time;
}

/**
 * The popup's state for one tab. The result lives in storage.session only: the popup shows what is stored at
 * once, follows every change (a check, the user editing the page), and asks the background for a fresh check,
 * whose answer is only "started" or a one-line error.
 */
export function useTabResult(search: string): PopupState {
  const [target, setTarget] = useState<TabTarget | null>(null);
  const [view, setView] = useState<PopupView>({ kind: 'waiting' });
  const [checking, setChecking] = useState(true);
  const [checkError, setCheckError] = useState<string | null>(null);
  // Only the newest check may end the "checking" state or report its error.
  const checkSequence = useRef(0);
  const checkTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The checkedAt of what is on screen: an older stored value read late must not replace a newer one.
  const shownAt = useRef(-1);

  const finishChecking = useCallback(() => {
    clearTimeout(checkTimer.current);
    checkSequence.current++;
    setChecking(false);
  }, []);

  const show = useCallback((result: TabResult) => {
    if (checkedTime(result) < shownAt.current) return;
    shownAt.current = checkedTime(result);
    setCheckError(null);
    setView(resultView(result));
  }, []);

  const runCheck = useCallback(
    async (tabId: number, request: (tabId: number) => Promise<Reply<null>> = requestCheck) => {
      const sequence = ++checkSequence.current;
      clearTimeout(checkTimer.current);
      setChecking(true);
      setCheckError(null);
      const reply = await request(tabId);
      if (sequence !== checkSequence.current) return;
      if (!reply.ok) {
        finishChecking();
        // A result the user is reading stays on screen; the error says why it is not fresher. With none, the error is the view.
        if (shownAt.current >= 0) {
          setCheckError(reply.error);
          return;
        }
        setView({ kind: 'error', error: reply.error });
        return;
      }
      // The page answers through storage; if it never does (a frozen page), stop waiting and say what is known.
      checkTimer.current = setTimeout(() => {
        if (sequence !== checkSequence.current) return;
        finishChecking();
        if (shownAt.current < 0) setView({ kind: 'empty' });
      }, FRESH_RESULT_TIMEOUT_MS);
    },
    [finishChecking],
  );

  useEffect(() => {
    let disposed = false;
    let unwatch = () => {};
    resolveTabTarget(search).then(
      (resolved) => {
        if (disposed) return;
        setTarget(resolved);
        unwatch = watchTabResult(resolved.tabId, (result) => {
          if (!result) {
            shownAt.current = -1;
            setView({ kind: 'gone' });
            return;
          }
          show(result);
          finishChecking();
        });
        // What is stored is a head start while the fresh check runs.
        void readTabResult(resolved.tabId).then((stored) => {
          if (!disposed && stored) show(stored);
        });
        void runCheck(resolved.tabId);
      },
      (error: unknown) => {
        if (disposed) return;
        setChecking(false);
        setView({ kind: 'error', error: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      disposed = true;
      clearTimeout(checkTimer.current);
      unwatch();
    };
  }, [search, show, runCheck, finishChecking]);

  const checkAgain = useCallback(() => {
    if (target) void runCheck(target.tabId);
  }, [target, runCheck]);

  const selectClaim = useCallback((position: number) => {
    if (target) void runCheck(target.tabId, (tabId) => requestClaim(tabId, position));
  }, [target, runCheck]);

  return { target, view, checking, checkError, checkAgain, selectClaim };
}
