import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../../scripts/support/launch-chromium';

/** What the soak test reads after a forced garbage collection. */
export interface SoakFigures {
  /** JS event listeners alive in the page's renderer (page and ClaimLint's isolated world). */
  listeners: number;
  /** DOM nodes alive in the renderer, attached or not. */
  nodes: number;
  /** ClaimLint's elements in the page (claimlint-* and data-claimlint-ui) plus every node inside their shadow roots. */
  injectedNodes: number;
  /** Used JS heap of the page's isolate: the page's own scripts and ClaimLint's content script together. */
  heapBytes: number;
  /** Everything in storage.session (this run has one checked tab). */
  sessionBytes: number;
  /** The service worker's used JS heap after its own garbage collection; null when it could not be read. */
  workerHeapBytes: number | null;
}

/** Reads the figures: one DevTools session on the page, one on the service worker (see openWorkerHeap). */
export interface SoakMeter {
  measure(): Promise<SoakFigures>;
  close(): Promise<void>;
}

export async function openSoakMeter(browser: ExtensionBrowser, page: Page): Promise<SoakMeter> {
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const worker = await openWorkerHeap(browser).catch(() => null);
  return {
    measure: async () => {
      await collectGarbage(cdp);
      const { metrics } = await cdp.send('Performance.getMetrics');
      const metric = (name: string) => {
        const found = metrics.find((entry) => entry.name === name);
        if (!found) throw new Error(`Chromium reported no ${name} metric`);
        return found.value;
      };
      return {
        listeners: metric('JSEventListeners'),
        nodes: metric('Nodes'),
        injectedNodes: await countInjectedNodes(page),
        heapBytes: metric('JSHeapUsedSize'),
        sessionBytes: await browser.worker.evaluate(() => chrome.storage.session.getBytesInUse(null)),
        workerHeapBytes: worker ? await worker.usedBytes().catch(() => null) : null,
      };
    },
    close: async () => {
      await worker?.close();
      await cdp.detach().catch(() => undefined);
    },
  };
}

async function collectGarbage(cdp: CDPSession): Promise<void> {
  // More than once: a collection can free what keeps other objects (a detached view's listeners) alive.
  for (let pass = 0; pass < 3; pass++) await cdp.send('HeapProfiler.collectGarbage');
}

function countInjectedNodes(page: Page): Promise<number> {
  // Inline, no named helpers: tsx (npm run soak) wraps those in a function the page does not have.
  return page.evaluate(() => {
    const hosts = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('claimlint-') || element.hasAttribute('data-claimlint-ui'));
    let count = hosts.length;
    for (const host of hosts) {
      if (!host.shadowRoot) continue;
      const walker = document.createTreeWalker(host.shadowRoot);
      while (walker.nextNode()) count++;
    }
    return count;
  });
}

/**
 * The service worker's heap, through a browser-level DevTools session: Playwright opens CDP sessions on pages
 * only, so this attaches to the worker's target unflattened and speaks to it through Target.sendMessageToTarget
 * (as test/e2e/support/network-recorder.ts does).
 */
async function openWorkerHeap(browser: ExtensionBrowser): Promise<{ usedBytes(): Promise<number>; close(): Promise<void> }> {
  const top = browser.context.browser();
  if (!top) throw new Error('no browser-level DevTools session for a persistent context');
  const cdp = await top.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((info) => info.type === 'service_worker' && info.url.startsWith(`chrome-extension://${browser.extensionId}/`));
  if (!target) throw new Error('found no ClaimLint service worker target');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  const pending = new Map<number, (reply: { result?: unknown; error?: { message: string } }) => void>();
  let nextId = 1;
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (reply.id !== undefined) pending.get(reply.id)?.(reply);
  });
  const send = async <T>(method: string): Promise<T> => {
    const id = nextId++;
    const reply = new Promise<{ result?: unknown; error?: { message: string } }>((done) => pending.set(id, done));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    const { result, error } = await reply;
    pending.delete(id);
    if (error) throw new Error(`${method}: ${error.message}`);
    return result as T;
  };
  return {
    usedBytes: async () => {
      await send('HeapProfiler.collectGarbage');
      return (await send<{ usedSize: number }>('Runtime.getHeapUsage')).usedSize;
    },
    close: () => cdp.detach().catch(() => undefined),
  };
}
