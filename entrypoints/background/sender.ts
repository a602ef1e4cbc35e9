import type { MessageSender } from '../../utils/answer-messages';

/**
 * Who may talk to the background. Messages come only from ClaimLint's own contexts: its pages (popup,
 * options) or its content script in a tab. Anything else is dropped before it is parsed further.
 */
export function isFromExtensionPage(sender: MessageSender, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/** A content script message is bound to the tab and frame it came from; it cannot name another tab. */
export function isFromContentScript(
  sender: MessageSender,
  extensionId: string,
  extensionOrigin: string,
): sender is MessageSender & { tab: { id: number } } {
  return (
    sender.id === extensionId &&
    typeof sender.tab?.id === 'number' &&
    sender.tab.id >= 0 &&
    !(typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin))
  );
}
