import { browser, type Browser } from 'wxt/browser';
import { CONCEPTS, CONCEPT_KEYS, DIAGNOSIS_LETTERS, type ConceptKey } from '../../rules/concepts';
import { fieldMappings, withoutTaughtField, withTaughtField } from '../../utils/field-mappings';
import { teachTargetReplySchema } from '../../utils/messages';

const ROOT_ID = 'claimlint-teach';
const FORGET_ID = 'claimlint-forget';
const TEACH_PREFIX = 'teach|';

/** Concepts grouped the way a biller thinks of the form, for short submenus. */
const GROUPS: Array<{ title: string; test: (concept: ConceptKey) => boolean }> = [
  { title: 'Patient and insurance', test: (c) => /^(patient|payer|insured)\./.test(c) },
  { title: 'Treating provider', test: (c) => c.startsWith('provider.') },
  { title: 'Referring provider (box 17)', test: (c) => c.startsWith('referring.') },
  { title: 'Diagnosis (box 21)', test: (c) => c === 'claim.diagnosis' },
  { title: 'Claim boxes', test: (c) => c.startsWith('claim.') && c !== 'claim.diagnosis' },
  { title: 'Service line', test: (c) => c.startsWith('line.') },
  { title: 'Visit', test: (c) => c.startsWith('visit.') },
  { title: 'Documentation', test: (c) => c.startsWith('doc.') },
  { title: 'Authorization, order, certification', test: (c) => /^(auth|order|cert|lmn)\./.test(c) },
];

/**
 * The "teach" path: right-click a field ClaimLint did not recognise (or got wrong) and say what it is. The
 * mapping (selector + concept, never a value) is kept per site and wins over adapters and heuristics.
 */
export async function createTeachMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  const contexts: [`${Browser.contextMenus.ContextType}`, ...`${Browser.contextMenus.ContextType}`[]] = ['editable', 'page', 'selection'];
  browser.contextMenus.create({ id: ROOT_ID, title: 'ClaimLint: this field is…', contexts });
  GROUPS.forEach((group, groupIndex) => {
    const groupId = `${ROOT_ID}-group-${groupIndex}`;
    browser.contextMenus.create({ id: groupId, parentId: ROOT_ID, title: group.title, contexts });
    for (const concept of CONCEPT_KEYS.filter(group.test)) {
      if (concept === 'claim.diagnosis') {
        for (const letter of DIAGNOSIS_LETTERS) {
          browser.contextMenus.create({ id: `${TEACH_PREFIX}${concept}|${letter}`, parentId: groupId, title: `Diagnosis ${letter}`, contexts });
        }
      } else {
        browser.contextMenus.create({ id: `${TEACH_PREFIX}${concept}|`, parentId: groupId, title: CONCEPTS[concept].title, contexts });
      }
    }
  });
  browser.contextMenus.create({ id: `${ROOT_ID}-separator`, parentId: ROOT_ID, type: 'separator', contexts });
  browser.contextMenus.create({ id: FORGET_ID, parentId: ROOT_ID, title: 'Forget what I taught about this field', contexts });
}

/** Handles a click on a teach item: asks the frame which element was right-clicked, stores the mapping. */
export async function onTeachMenuClicked(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined): Promise<void> {
  const menuId = String(info.menuItemId);
  if (tab?.id === undefined || (!menuId.startsWith(TEACH_PREFIX) && menuId !== FORGET_ID)) return;
  const frameId = info.frameId ?? 0;
  const reply = await browser.tabs
    .sendMessage(tab.id, { type: 'claimlint/teach-target' }, { frameId })
    .catch(() => undefined);
  const parsed = teachTargetReplySchema.safeParse(reply);
  if (!parsed.success || !parsed.data.ok) return;
  const { selector, origin } = parsed.data.data;

  const mappings = await fieldMappings.getValue();
  const next = menuId === FORGET_ID ? withoutTaughtField(mappings, origin, selector) : withTaughtField(mappings, origin, taughtFrom(menuId, selector));
  // The content script follows this setting and checks the page again with the new mapping.
  await fieldMappings.setValue(next);
}

function taughtFrom(menuId: string, selector: string) {
  const [, concept, index] = menuId.split('|') as [string, ConceptKey, string];
  return { selector, concept, ...(index ? { index: index as (typeof DIAGNOSIS_LETTERS)[number] } : {}) };
}
