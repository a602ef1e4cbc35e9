import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Finding } from '../../rules/schema';
import { FIELD_MAPPINGS_KEY, parseFieldMappings, siteOf } from '../../utils/field-mappings';
import { adapterOverridesFor, buildFieldIndex, locatorSelectorFor, takeSnapshot } from '../../utils/fields';
import { toContentMessageSchema, type Reply } from '../../utils/messages';
import { trackContextTarget } from './context-target';
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
  const contextTarget = trackContextTarget(ctx);
  let elementsByKey = new Map<string, Element>();
  ctx.onInvalidated(() => layer.destroy());

  async function scanAndCheck(): Promise<void> {
    if (!ctx.isValid) return;
    const stored = await browser.storage.local.get(FIELD_MAPPINGS_KEY);
    const site = siteOf(location.href);
    const userOverrides = (site && parseFieldMappings(stored[FIELD_MAPPINGS_KEY])[site]) || [];
    const snapshot = takeSnapshot(document, { adapterOverrides: adapterOverridesFor(location.href), userOverrides });
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
    switch (message.type) {
      case 'claimlint/marks':
        showMarks(message.findings);
        return Promise.resolve({ ok: true, data: null });
      case 'claimlint/rescan':
        runSafely();
        return Promise.resolve({ ok: true, data: null });
      case 'claimlint/teach-target': {
        const target = contextTarget();
        const site = siteOf(location.href);
        if (!target || !site) return Promise.resolve({ ok: false, error: 'No field was right-clicked in this frame.' });
        return Promise.resolve({ ok: true, data: { selector: locatorSelectorFor(target), origin: site } });
      }
      case 'claimlint/focus-field': {
        const element = elementsByKey.get(message.fieldKey);
        // Not in this frame: another frame's content script answers.
        if (!element?.isConnected) return undefined;
        focusField(element);
        layer.flash(message.fieldKey);
        return Promise.resolve({ ok: true, data: null });
      }
    }
  }
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  // A mapping taught from the context menu applies at once.
  const onStorageChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && FIELD_MAPPINGS_KEY in changes) runSafely();
  };
  browser.storage.onChanged.addListener(onStorageChanged);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorageChanged));

  watchPage(ctx, { onEdit: runSafely, onLayout: () => layer.scheduleReposition() });
  runSafely();
}

function reportError(error: unknown): void {
  // The page must never see ClaimLint fail; the message names ClaimLint's own state only.
  console.debug('ClaimLint:', error instanceof Error ? error.message : error);
}
