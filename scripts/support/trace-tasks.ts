/**
 * Chromium trace events (DevTools protocol Tracing) as the benches read them: which of the page's tasks ran
 * ClaimLint's content script.
 */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

/** The page's tasks (RunTask) in which a function of `contentScript` was called, in time order. */
export function tasksRunning(events: TraceEvent[], contentScript: string): TraceEvent[] {
  const calls = events.filter((event) => event.name === 'FunctionCall' && event.args?.data?.url?.includes(contentScript));
  const tasks = events.filter((event) => event.name === 'RunTask' && event.dur !== undefined);
  const ours = new Set<TraceEvent>();
  for (const call of calls) {
    const task = tasks.find((candidate) => candidate.pid === call.pid && candidate.tid === call.tid && candidate.ts <= call.ts && call.ts < candidate.ts + candidate.dur!);
    if (task) ours.add(task);
  }
  return [...ours].sort((a, b) => a.ts - b.ts);
}
