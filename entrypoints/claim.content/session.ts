import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Finding } from '../../rules/schema';
import { buildFieldIndex, takeSnapshot } from '../../utils/fields/collect-fields';
import { toContentMessageSchema, type Reply } from '../../utils/messages';
import { focusField } from './focus-field';
import { MarkLayer, type FieldMark } from './mark-layer';
import { watchPage } from './watch';

/**
 * One ClaimLint session in one frame: scan the fields, send the snapshot to the background, draw the marks it
 * answers with, and scan again (debounced) as the user edits. Everything it starts is tied to `ctx`, so an
 * extension update or reload leaves nothing behind in the page.
 */
export function startClaimLintSession(ctx: ContentScriptContext): void {
  const layer = new MarkLayer(document);
  let elementsByKey = new Map<string, Element>();
  ctx.onInvalidated(() => layer.destroy());

  async function scanAndCheck(): Promise<void> {
    if (!ctx.isValid) return;
    const snapshot = takeSnapshot(document);
    elementsByKey = buildFieldIndex(document, snapshot.fields);
    const reply = (await browser.runtime.sendMessage({ type: 'claimlint/snapshot', snapshot })) as
      | Reply<{ findings: Finding[] }>
      | undefined;
    if (reply?.ok) showMarks(reply.data.findings);
  }

  function showMarks(findings: Finding[]): void {
    const byField = new Map<string, Finding[]>();
    for (const finding of findings) {
      if (finding.status !== 'fail' || finding.fieldKey === null) continue;
      byField.set(finding.fieldKey, [...(byField.get(finding.fieldKey) ?? []), finding]);
    }
    const marks: FieldMark[] = [];
    for (const [fieldKey, fieldFindings] of byField) {
      const element = elementsByKey.get(fieldKey);
      if (element?.isConnected) marks.push({ fieldKey, element, findings: fieldFindings });
    }
    layer.render(marks);
  }

  const runSafely = () => void scanAndCheck().catch(reportError);

  function onMessage(raw: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> | undefined {
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = toContentMessageSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    const message = parsed.data;
    if (message.type === 'claimlint/marks') showMarks(message.findings);
    else if (message.type === 'claimlint/rescan') runSafely();
    else {
      const element = elementsByKey.get(message.fieldKey);
      // Not in this frame: another frame's content script answers.
      if (!element?.isConnected) return undefined;
      focusField(element);
      layer.flash(message.fieldKey);
    }
    return Promise.resolve({ ok: true, data: null });
  }
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  watchPage(ctx, { onEdit: runSafely, onLayout: () => layer.scheduleReposition() });
  runSafely();
}

function reportError(error: unknown): void {
  // The page must never see ClaimLint fail; the message names ClaimLint's own state only.
  console.debug('ClaimLint:', error instanceof Error ? error.message : error);
}
