/**
 * Issue "Trust", item 4: a hostile page cannot break the content script. test/fixtures/e2e/hostile-page.html
 * pollutes Object.prototype / Array.prototype before and after load, replaces DOM methods (querySelectorAll,
 * getAttribute, closest, attachShadow, getBoundingClientRect, addEventListener, requestIdleCallback,
 * MutationObserver, JSON.stringify, Promise.prototype.then) with ones that throw or lie, clobbers document and
 * form members with named elements, and handles input/change/focus/submit with handlers that throw. ClaimLint
 * must still read the fields, mark the gaps, follow the user's typing, and change nothing.
 *
 * Which protection applies:
 * - Prototype pollution and replaced DOM methods: Chromium runs the content script in an isolated world with
 *   its own globals and prototypes; the page's changes stay in the page's world (asserted there below).
 * - Document clobbering (<img name="getElementById">, <form name="querySelector">): Chromium does not expose a
 *   document's named elements to isolated worlds; the page's own world sees them (asserted below).
 * - Form clobbering (<input name="getAttribute"> in a form): this one does reach every world, ClaimLint's too.
 *   Field reading walks past forms and reads form members through their prototype (utils/fields/dom-builtins.ts).
 *   It also breaks Playwright's own injected script, so this test reads the page through a world of its own
 *   (DevTools Page.createIsolatedWorld) and types with the keyboard, never with locators.
 * - Throwing page handlers: ClaimLint listens on the document in the capture phase; an exception in another
 *   listener does not stop it, and ClaimLint never stops the page's events.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../rules/schema';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/support/launch-chromium';
import { serveFolder, type StaticServer } from '../../scripts/support/static-server';
import { TEST_BUILD_DIR, waitUntil } from './support/fixture';
import { recordSentSnapshots, sentSnapshot } from './support/sent-snapshots';

const PAGE = 'hostile-page.html';
// The page's gap: box 1a (the insured's ID) is empty. (An empty box 23 is "can't tell" for a payer with no known
// authorization rule, so it is no gap to mark.)
const MEMBER_ID = '#box1a-insured-id';
// Added by the page's script straight into the clobbered form, with no id and no name: ClaimLint sees it through
// its MutationObserver and finds it again by a path through the form.
const REFERRING_NPI = '#claim-form > div.added-later input';

let server: StaticServer;
let browser: ExtensionBrowser;
let page: Page;
let world: TestWorld;
const claimLintMessages: string[] = [];
let valuesAtLoad: string;

interface TestWorld {
  /** Runs `fn(arg)` in the test's own isolated world of the page and returns its JSON result. */
  run<A, T>(fn: (arg: A) => T, arg: A): Promise<T>;
}

async function openTestWorld(target: Page): Promise<TestWorld> {
  const cdp = await target.context().newCDPSession(target);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'claimlint-hostile-test' });
  return {
    async run(fn, arg) {
      // __name: what a bundler's keepNames may have wrapped nested functions in.
      const expression = `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg)}); })()`;
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value;
    },
  };
}

interface Box { x: number; y: number; width: number; height: number }

/** The field's box and every visible ClaimLint mark's box (with its rule ids), read in the test's own world. */
function boxes(selector: string) {
  return world.run((wanted) => {
    const rect = (element: Element) => {
      const box = element.getBoundingClientRect();
      return { x: box.x, y: box.y, width: box.width, height: box.height };
    };
    const field = document.querySelector(wanted);
    const host = document.querySelector('claimlint-marks');
    const marks = host?.shadowRoot ? [...host.shadowRoot.querySelectorAll<HTMLElement>('[data-claimlint-field-key]')] : [];
    return {
      field: field ? rect(field) : null,
      marks: marks.filter((mark) => getComputedStyle(mark).display !== 'none').map((mark) => ({ ...rect(mark), rules: mark.dataset.claimlintRuleIds ?? '' })),
    };
  }, selector);
}

async function isMarked(selector: string): Promise<boolean> {
  const { field, marks } = await boxes(selector);
  const near = (a: Box, b: Box) =>
    Math.abs(a.x - b.x) <= 2 && Math.abs(a.y - b.y) <= 2 && Math.abs(a.width - b.width) <= 2 && Math.abs(a.height - b.height) <= 2;
  return field !== null && marks.some((mark) => near(mark, field));
}

/** What the page counted itself (events its throwing handlers saw), read in the page's own world. */
async function pageCounts(): Promise<Record<string, number>> {
  const text = await page.evaluate(() => (window as unknown as { hostilePage: { counts(): string } }).hostilePage.counts());
  return Object.fromEntries(text.split(' ').map((pair) => [pair.split('=')[0]!, Number(pair.split('=')[1])]));
}

const pageValues = () => page.evaluate(() => (window as unknown as { hostilePage: { values(): string } }).hostilePage.values());

/** The snapshot the content script sent for this tab (recorded in the worker: the background keeps it in memory). */
const storedSnapshot = (): Promise<Snapshot | null> => sentSnapshot(browser.worker, { title: 'Hostile claim page' });

const valueOf = (snapshot: Snapshot | null, concept: string) => snapshot?.fields.find((field) => field.concept === concept)?.value;

beforeAll(async () => {
  server = await serveFolder(resolve('test/fixtures/e2e'));
  browser = await launchWithExtension(TEST_BUILD_DIR, { headless: true });
  await recordSentSnapshots(browser.worker);
  page = await browser.context.newPage();
  page.on('console', (message) => {
    if (message.text().includes('ClaimLint')) claimLintMessages.push(message.text());
  });
  await page.goto(`${server.origin}/${PAGE}`);
  world = await openTestWorld(page);
  await waitUntil(() => isMarked(MEMBER_ID), 'the empty member ID is marked');
  valuesAtLoad = await page.evaluate(() => (window as unknown as { hostilePage: { valuesAtLoad(): string } }).hostilePage.valuesAtLoad());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('ClaimLint on a page that pollutes prototypes, overrides DOM methods and clobbers names', () => {
  it('faces a page that really is hostile in its own world', async () => {
    const seen = await page.evaluate(() => {
      const polluted = {} as Record<string, unknown>;
      const doc = document as unknown as Record<string, unknown>;
      return [
        String(polluted.concept), String(polluted.fieldKey), typeof polluted.then, String(polluted.toJSON instanceof Function),
        String((Array.prototype as unknown as Record<string, unknown>).extra),
        // Document clobbering: these are the page's <img>/<form> elements in the page's world.
        typeof doc.getElementById, typeof doc.querySelector, typeof doc.title,
      ].join(' ');
    });
    expect(seen).toBe('patient.name f0 function true POLLUTED object object object');
    expect((await pageCounts()).pollutions).toBeGreaterThanOrEqual(3);
  });

  it('reads the fields with their real values, none of the page\'s polluted ones', async () => {
    const snapshot = await storedSnapshot();
    expect(valueOf(snapshot, 'patient.name')).toBe('Sample, Alex Q');
    expect(valueOf(snapshot, 'patient.memberId')).toBe('');
    expect(valueOf(snapshot, 'claim.priorAuthNumber')).toBe('');
    expect(snapshot!.url).toBe(`${server.origin}/${PAGE}`);
    expect(snapshot!.title).toBe('Hostile claim page');
    expect(JSON.stringify(snapshot)).not.toContain('POLLUTED');
    expect(claimLintMessages).toEqual([]);
  });

  it('marks the empty member ID box', async () => {
    await expect.poll(() => isMarked(MEMBER_ID), { timeout: 5_000 }).toBe(true);
  });

  it('changed no value and fired no event: the page saw nothing from ClaimLint', async () => {
    expect(await pageValues()).toBe(valuesAtLoad);
    const counts = await pageCounts();
    expect({ ...counts, pollutions: 0 }).toEqual({
      input: 0, change: 0, focus: 0, focusin: 0, blur: 0, submit: 0, click: 0, select: 0, thrown: 0, pollutions: 0,
    });
  });

  it('notices a field the page adds straight into the clobbered form, and marks it', async () => {
    expect(await world.run((selector) => document.querySelector(selector) === null, REFERRING_NPI)).toBe(true);
    await page.evaluate(() => (window as unknown as { hostilePage: { addReferringNpi(): void } }).hostilePage.addReferringNpi());
    await expect.poll(() => isMarked(REFERRING_NPI), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => isMarked(MEMBER_ID), { timeout: 5_000 }).toBe(true);
    expect(claimLintMessages).toEqual([]);
  });

  it('follows the user\'s typing: the mark goes once the box is filled, and the page\'s own handlers still ran', async () => {
    const valuesBefore = await pageValues();
    await world.run((selector) => (document.querySelector(selector) as HTMLInputElement).focus(), MEMBER_ID);
    await page.keyboard.type('XZW9001122');
    await expect.poll(() => isMarked(MEMBER_ID), { timeout: 10_000 }).toBe(false);
    await expect.poll(async () => valueOf(await storedSnapshot(), 'patient.memberId'), { timeout: 10_000 }).toBe('XZW9001122');
    await expect.poll(() => isMarked(REFERRING_NPI), { timeout: 5_000 }).toBe(true);
    expect(await world.run((selector) => (document.querySelector(selector) as HTMLInputElement).value, MEMBER_ID)).toBe('XZW9001122');
    // Ten keys, ten input events, each seen by all four of the page's throwing handlers (window capture, field,
    // form, document); one focus, seen by the two that a non-bubbling event reaches (window capture, field).
    const counts = await pageCounts();
    expect(counts.input).toBe(40);
    expect(counts.focus).toBe(2);
    expect(counts.thrown).toBe(Object.values({ ...counts, thrown: 0, pollutions: 0 }).reduce((sum, count) => sum + count, 0));
    // Only the typed box differs.
    const before = valuesBefore.split('\u0001');
    const after = (await pageValues()).split('\u0001');
    expect(after.filter((value, position) => value !== before[position])).toEqual(['XZW9001122']);
    expect(claimLintMessages).toEqual([]);
  });

  it('lets the page\'s own (throwing) submit handler run and keeps its marks afterwards', async () => {
    const button = await world.run(() => {
      const box = document.querySelector('button[type="submit"]')!.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }, null);
    const valuesBefore = await pageValues();
    await page.mouse.click(button.x, button.y);
    await expect.poll(async () => (await pageCounts()).submit, { timeout: 5_000 }).toBeGreaterThan(0);
    expect(await pageValues()).toBe(valuesBefore);
    await expect.poll(() => isMarked(REFERRING_NPI), { timeout: 5_000 }).toBe(true);
    expect(claimLintMessages).toEqual([]);
  });
});
