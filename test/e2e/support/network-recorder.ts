import type { BrowserContext, CDPSession, Page, Request } from 'playwright-core';

/** One request seen leaving a browsing context: who made it (by context) and where it went. */
export interface RecordedRequest {
  /** 'service-worker' (the extension's background), 'extension-page' (popup, report, options…) or 'page' (a web page). */
  source: 'service-worker' | 'extension-page' | 'page';
  /** The document or worker that made it. */
  from: string;
  url: string;
  /** Which recorder saw it: Playwright's request events, or a raw DevTools-protocol session. */
  via: 'playwright' | 'cdp';
}

export interface NetworkRecorder {
  readonly requests: RecordedRequest[];
  clear(): void;
  stop(): Promise<void>;
}

/** True for traffic that leaves the browser: http(s) and web sockets (not chrome-extension://, data:, blob:). */
export function isNetwork(url: string): boolean {
  return /^(https?|wss?):/i.test(url);
}

/**
 * Records every request made by any context in the browser, attributed to the context that made it.
 *
 * How the service worker is covered (Playwright 1.65, Debian Chromium 156):
 * - `context.newCDPSession()` only takes a Page or Frame ("page: expected Page or Frame"), so it cannot open a
 *   session on the service worker.
 * - `context.browser()` does return the Browser for a persistent context here, and `newBrowserCDPSession()`
 *   works. From that browser session we attach to the extension's non-page targets (the service_worker, and an
 *   offscreen document if one ever appears) with `Target.attachToTarget({ flatten: false })`, since Playwright's
 *   CDPSession cannot address flattened child sessions, and send `Network.enable` to them through
 *   `Target.sendMessageToTarget`; their events come back as `Target.receivedMessageFromTarget`. New targets (a
 *   restarted worker) are found through `Target.setDiscoverTargets` / `Target.targetCreated`.
 * - Playwright 1.65 itself also reports service-worker requests through `context.on('request')`
 *   (`request.serviceWorker()` is set; PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK turns that off). Both are
 *   recorded, so the count does not rest on either alone.
 * Pages and extension pages (popup, report, options) are recorded with `context.on('request')` and
 * `page.on('websocket')`. A content script's fetches are made as its page's, so they are attributed to the page.
 */
export async function recordNetwork(context: BrowserContext, extensionId: string): Promise<NetworkRecorder> {
  const requests: RecordedRequest[] = [];
  const extensionOrigin = `chrome-extension://${extensionId}`;

  const sourceOf = (url: string): RecordedRequest['source'] => (url.startsWith(extensionOrigin) ? 'extension-page' : 'page');
  const onRequest = (request: Request) => {
    const worker = request.serviceWorker();
    if (worker) {
      requests.push({ source: 'service-worker', from: worker.url(), url: request.url(), via: 'playwright' });
      return;
    }
    let from: string;
    try {
      from = request.frame().url();
    } catch {
      // Playwright can see a request before it knows the frame: a tab the extension opens itself (the report, via
      // tabs.create) loads its chunks before Playwright has attached to it (seen in CI). Such a request is
      // attributed by where it goes. Only ClaimLint's pages can load ClaimLint's files: the manifest lists no
      // web_accessible_resources (checked for the store build in test/store, and by the privacy test for the build
      // it runs). Anything else stays a page's request, and the page checks apply to it.
      requests.push({ source: sourceOf(request.url()), from: '(no frame yet)', url: request.url(), via: 'playwright' });
      return;
    }
    // A frame still on about:blank belongs to the page that opened it; a navigation's own request names its target.
    const source = from.startsWith(extensionOrigin) || (request.isNavigationRequest() && request.url().startsWith(extensionOrigin)) ? 'extension-page' : sourceOf(from);
    requests.push({ source, from, url: request.url(), via: 'playwright' });
  };
  const watchPage = (page: Page) => {
    page.on('websocket', (socket) => requests.push({ source: sourceOf(page.url()), from: page.url(), url: socket.url(), via: 'playwright' }));
  };
  context.on('request', onRequest);
  context.on('page', watchPage);
  context.pages().forEach(watchPage);

  const browser = context.browser();
  if (!browser) throw new Error('the persistent context has no Browser: no browser-level CDP session for the service worker');
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  const attached = new Map<string, { sessionId: string; url: string; type: string }>();
  const sessions = new Map<string, { url: string; type: string }>();
  let nextId = 1;

  const attach = async (info: { targetId: string; type: string; url: string }) => {
    if (info.type === 'page' || info.type === 'browser_ui' || !info.url.startsWith(extensionOrigin) || attached.has(info.targetId)) return;
    attached.set(info.targetId, { sessionId: '', url: info.url, type: info.type });
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: info.targetId, flatten: false });
    attached.set(info.targetId, { sessionId, url: info.url, type: info.type });
    sessions.set(sessionId, { url: info.url, type: info.type });
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: nextId++, method: 'Network.enable' }) });
  };
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const target = sessions.get(event.sessionId);
    if (!target) return;
    const message = JSON.parse(event.message) as { method?: string; params?: { request?: { url: string }; url?: string } };
    const source: RecordedRequest['source'] = target.type === 'service_worker' ? 'service-worker' : 'extension-page';
    if (message.method === 'Network.requestWillBeSent' && message.params?.request) {
      requests.push({ source, from: target.url, url: message.params.request.url, via: 'cdp' });
    } else if (message.method === 'Network.webSocketCreated' && message.params?.url) {
      requests.push({ source, from: target.url, url: message.params.url, via: 'cdp' });
    }
  });
  cdp.on('Target.targetCreated', (event) => void attach(event.targetInfo).catch(() => undefined));
  cdp.on('Target.targetInfoChanged', (event) => void attach(event.targetInfo).catch(() => undefined));
  await cdp.send('Target.setDiscoverTargets', { discover: true });
  const { targetInfos } = await cdp.send('Target.getTargets');
  for (const info of targetInfos) await attach(info);
  if (![...attached.values()].some((target) => target.type === 'service_worker' && target.sessionId)) {
    throw new Error('found no ClaimLint service worker to record');
  }

  return {
    requests,
    clear: () => {
      requests.length = 0;
    },
    stop: async () => {
      context.off('request', onRequest);
      context.off('page', watchPage);
      await cdp.detach().catch(() => undefined);
    },
  };
}
