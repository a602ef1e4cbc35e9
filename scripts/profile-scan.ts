/**
 * The page scan in real Chromium: its time against the floor at each page size (scripts/support/scan-bench.ts),
 * then a CPU profile of the scan at one size naming where its time goes (self and total time per function).
 * Usage: tsx scripts/profile-scan.ts [controls to profile, default 1000] [--no-measure] [--source=<checkout>]
 * (--source: measure and profile another checkout's scan, e.g. the code before a change). TOP=n lists n
 * functions; CALLEES=fn adds what fn calls, CALLERS=fn who calls fn.
 */
import { launchForScan, measureScan, openScanPage, scanBundle } from './support/scan-bench';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

const controls = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 1_000);
const source = process.argv.find((arg) => arg.startsWith('--source='))?.slice('--source='.length);
if (!process.argv.includes('--no-measure')) console.log(JSON.stringify(await measureScan(undefined, source), null, 2));

const bundle = await scanBundle(source);
const browser = await launchForScan();
try {
  const page = await openScanPage(browser, bundle, controls);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await page.evaluate((limit) => (globalThis as unknown as { claimlintScanBench: { scan(limit: number): number } }).claimlintScanBench.scan(limit), controls);
  await cdp.send('Profiler.start');
  const took = await page.evaluate((limit) => {
    const began = performance.now();
    for (let run = 0; run < 3; run++) (globalThis as unknown as { claimlintScanBench: { scan(limit: number): number } }).claimlintScanBench.scan(limit);
    return performance.now() - began;
  }, controls);
  const { profile } = await cdp.send('Profiler.stop');
  const nodes = new Map<number, ProfileNode>(profile.nodes.map((node) => [node.id, node as ProfileNode]));
  const totalHits = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
  const msPerHit = took / 3 / totalHits;
  const name = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'} :${node.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  // Total time: a function's hits and its callees', counted once per stack even when it recurses.
  const visit = (id: number, onStack: Set<string>): number => {
    const node = nodes.get(id)!;
    const key = name(node);
    let hits = node.hitCount ?? 0;
    self.set(key, (self.get(key) ?? 0) + hits);
    const inner = new Set(onStack).add(key);
    for (const child of node.children ?? []) hits += visit(child, inner);
    if (!onStack.has(key)) total.set(key, (total.get(key) ?? 0) + hits);
    return hits;
  };
  visit(profile.nodes[0]!.id, new Set());
  // CALLEES=fn: the total time of what fn calls directly, summed over its calls.
  const callees = new Map<string, number>();
  const hitsUnder = (id: number): number => {
    const node = nodes.get(id)!;
    return (node.hitCount ?? 0) + (node.children ?? []).reduce((sum, child) => sum + hitsUnder(child), 0);
  };
  for (const node of nodes.values()) {
    if (node.callFrame.functionName !== process.env.CALLEES) continue;
    for (const child of node.children ?? []) callees.set(name(nodes.get(child)!), (callees.get(name(nodes.get(child)!)) ?? 0) + hitsUnder(child));
  }
  // Shares of the scan's own samples say more than milliseconds on a busy machine, where wall time stretches.
  const busyHits = totalHits - (self.get('(idle) :0') ?? 0) - (self.get('(program) :0') ?? 0);
  const top = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 25))
    .map(([key, hits]) => `  ${(hits * msPerHit).toFixed(1).padStart(8)} ms ${((hits / busyHits) * 100).toFixed(1).padStart(5)} %  ${key}`);
  console.log(`\nscan of ${controls} controls, ${(took / 3).toFixed(1)} ms a run; self time:\n${top(self).join('\n')}`);
  console.log(`\ntotal time:\n${top(total).join('\n')}`);
  // CALLERS=fn: who calls fn, by the time spent in fn under each caller.
  const callers = new Map<string, number>();
  for (const node of nodes.values()) {
    for (const child of node.children ?? []) {
      const callee = nodes.get(child)!;
      if (callee.callFrame.functionName === process.env.CALLERS) callers.set(name(node), (callers.get(name(node)) ?? 0) + hitsUnder(child));
    }
  }
  if (callers.size) console.log(`\ncallers of ${process.env.CALLERS}:\n${top(callers).join('\n')}`);
  if (callees.size) console.log(`\ncalled by ${process.env.CALLEES}:\n${top(callees).join('\n')}`);
} finally {
  await browser.close();
}
