import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { TabResult } from '../../utils/messages';
import { requestCheck, requestStoredResult, watchTabResult } from './background-client';
import { resolveTabTarget, type TabTarget } from './tab-target';

export type PopupView =
  | { kind: 'waiting' }
  | { kind: 'error'; error: string }
  /** The check finished and found no claim or documentation fields. */
  | { kind: 'empty' }
  /** The background dropped the tab's result: the page navigated or reloaded. */
  | { kind: 'gone' }
  | { kind: 'result'; result: TabResult };

export interface PopupState {
  target: TabTarget | null;
  view: PopupView;
  /** A check-tab request is in flight. */
  checking: boolean;
  checkAgain: () => void;
}

function resultView(result: TabResult): PopupView {
  return result.fieldCount === 0 || result.checklists.length === 0 ? { kind: 'empty' } : { kind: 'result', result };
}

function checkedTime(result: TabResult): number {
  const time = Date.parse(result.checkedAt);
  return Number.isNaN(time) ? 0 : time;
}

/**
 * The popup's state for one tab: shows the stored result at once, asks for a fresh check, and follows
 * storage.session so the popup updates while the user edits the page.
 */
export function useTabResult(search: string): PopupState {
  const [target, setTarget] = useState<TabTarget | null>(null);
  const [view, setView] = useState<PopupView>({ kind: 'waiting' });
  const [checking, setChecking] = useState(true);
  // Only the newest check may end the "checking" state or report its error.
  const checkSequence = useRef(0);
  // The checkedAt of what is on screen: a late reply must not replace a newer result from storage.
  const shownAt = useRef(-1);

  const show = useCallback((result: TabResult, onlyIfNewer: boolean) => {
    if (onlyIfNewer && checkedTime(result) < shownAt.current) return;
    shownAt.current = checkedTime(result);
    setView(resultView(result));
  }, []);

  const runCheck = useCallback(
    async (tabId: number) => {
      const sequence = ++checkSequence.current;
      setChecking(true);
      const reply = await requestCheck(tabId);
      if (sequence !== checkSequence.current) return;
      setChecking(false);
      if (!reply.ok) {
        shownAt.current = -1;
        setView({ kind: 'error', error: reply.error });
      } else if (reply.data) {
        show(reply.data, true);
      } else if (shownAt.current < 0) {
        setView({ kind: 'empty' });
      }
    },
    [show],
  );

  useEffect(() => {
    let disposed = false;
    let unwatch = () => {};
    resolveTabTarget(search).then(
      (resolved) => {
        if (disposed) return;
        setTarget(resolved);
        unwatch = watchTabResult(resolved.tabId, (result) => {
          if (result) return show(result, false);
          shownAt.current = -1;
          setView({ kind: 'gone' });
        });
        void requestStoredResult(resolved.tabId).then((reply) => {
          // A stored result is only a head start; errors are left to the check itself.
          if (!disposed && reply.ok && reply.data) show(reply.data, true);
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
      unwatch();
    };
  }, [search, show, runCheck]);

  const checkAgain = useCallback(() => {
    if (target) void runCheck(target.tabId);
  }, [target, runCheck]);

  return { target, view, checking, checkAgain };
}
