import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { toBackgroundMessageSchema, type Reply, type ToBackgroundMessage } from '../../utils/messages';
import { showGapBadge } from './badge';
import { checkTab } from './check-tab';
import { syncAutoRunSites } from './content-registration';
import { isFromContentScript, isFromExtensionPage } from './sender';
import { forgetTab, readTabResult, recordSnapshot } from './tab-results';

export default defineBackground(() => {
  const extensionId = browser.runtime.id;
  const extensionOrigin = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    const parsed = toBackgroundMessageSchema.safeParse(raw);
    if (!parsed.success) return Promise.resolve(refuse('ClaimLint: malformed message refused.'));
    return handleMessage(parsed.data, sender).catch((error: unknown) =>
      refuse(error instanceof Error ? error.message : String(error)),
    );
  });

  async function handleMessage(message: ToBackgroundMessage, sender: Runtime.MessageSender): Promise<Reply<unknown>> {
    if (message.type === 'claimlint/snapshot') {
      if (!isFromContentScript(sender, extensionId, extensionOrigin)) return refuse('Snapshot refused: not from a page.');
      const tabId = sender.tab.id;
      const frameId = sender.frameId ?? 0;
      const { result, findingsByFrame } = await recordSnapshot(tabId, frameId, message.snapshot);
      await showGapBadge(tabId, result.checklists.length > 0 ? result.findings : null);
      // Every frame of the tab gets fresh marks: a fix in one frame can change a finding shown in another.
      for (const [targetFrame, findings] of findingsByFrame) {
        if (targetFrame === frameId) continue;
        browser.tabs.sendMessage(tabId, { type: 'claimlint/marks', findings }, { frameId: targetFrame }).catch(() => {});
      }
      return { ok: true, data: { findings: findingsByFrame.get(frameId) ?? [] } };
    }
    if (!isFromExtensionPage(sender, extensionId, extensionOrigin)) return refuse('Request refused: not from ClaimLint.');
    if (message.type === 'claimlint/get-tab-result') return { ok: true, data: await readTabResult(message.tabId) };
    return { ok: true, data: await checkTab(message.tabId) };
  }

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A navigation starts a new page: its old result must not be shown against it.
    if (change.status === 'loading' && change.url) {
      void forgetTab(tabId);
      void showGapBadge(tabId, null);
    }
  });

  browser.permissions.onAdded.addListener(() => void syncAutoRunSites().catch(logError));
  browser.permissions.onRemoved.addListener(() => void syncAutoRunSites().catch(logError));
  void syncAutoRunSites().catch(logError);
});

function refuse(error: string): Reply<never> {
  return { ok: false, error };
}

function logError(error: unknown): void {
  // Only ClaimLint's own state goes to the console, never page content.
  console.warn('ClaimLint:', error instanceof Error ? error.message : error);
}
