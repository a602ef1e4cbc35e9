import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { answerMessages } from '../../utils/answer-messages';
import { showGapBadge } from './badge';
import { syncAutoRunSites } from './content-registration';
import { createMessageHandler } from './handle-message';
import { injectIntoOpenTabs } from './inject-open-tabs';
import { recheckOpenTabs } from './recheck-open-tabs';
import { settingsCache } from './settings-cache';
import { createTeachMenu, onTeachMenuClicked } from './teach-menu';
import { forgetPage, forgetTab } from './tab-results';

export default defineBackground(() => {
  const handleMessage = createMessageHandler({ id: browser.runtime.id, origin: browser.runtime.getURL('/') });
  answerMessages(handleMessage);

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A navigation starts a new page: its old result must not be shown against it.
    if (change.status === 'loading' && change.url) {
      void forgetPage(tabId, change.url);
      void showGapBadge(tabId, null);
    }
  });

  browser.runtime.onInstalled.addListener(() => {
    void createTeachMenu().catch(logError);
    // An install, update or reload leaves open tabs with no working content script: give them the new one.
    void injectIntoOpenTabs().catch(logError);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void onTeachMenuClicked(info, tab).catch(logError));

  browser.permissions.onAdded.addListener(() => void syncAutoRunSites().catch(logError));
  browser.permissions.onRemoved.addListener(() => void syncAutoRunSites().catch(logError));
  void syncAutoRunSites().catch(logError);
  // Chromium's first storage.managed read in a browser session waits ~2.5 s for the policy service (measured).
  // Checks do not wait for it (they use the policy last seen); when it answers with another policy, or an
  // administrator changes it, the open tabs are checked again with it. Filling the settings cache now, as the
  // worker starts, starts that read early. Managed storage can be absent (Firefox without policies): no policy.
  settingsCache.onPolicyChange(() => void recheckOpenTabs().catch(logError));
  void settingsCache.current().catch(logError);
});

function logError(error: unknown): void {
  // Only ClaimLint's own state goes to the console, never page content.
  console.warn('ClaimLint:', error instanceof Error ? error.message : error);
}
