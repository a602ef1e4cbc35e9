import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder, type StaticServer } from '../../scripts/support/static-server';
import { idFor, isMarked, markRects, readExpected, startSession, waitUntil, type Session } from './support/fixture';

const CLAIM_PAGE = 'cms1500-claim.html';
const expected = readExpected(CLAIM_PAGE);
const referringNpiId = idFor(expected, 'referring.npi');

let session: Session;
let checklistPages: StaticServer;
let page: Page;

beforeAll(async () => {
  session = await startSession();
  checklistPages = await serveFolder(resolve('test/fixtures/checklists'));
  page = await session.browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 700 });
  await page.goto(`${session.server.origin}/${CLAIM_PAGE}`);
  await waitUntil(() => isMarked(page, referringNpiId), 'the empty referring NPI box (17b) is marked');
});

afterAll(async () => {
  await session?.close();
  await checklistPages?.close();
});

interface DrawnMark { key: string; display: string; severity: string; glyph: string; background: string; colour: string; label: string; title: string }

/** Every mark as drawn: its severity, the badge's computed colours, glyph and accessible text. */
function drawnMarks(target: Page = page): Promise<DrawnMark[]> {
  return target.evaluate(() => {
    const root = document.querySelector('claimlint-marks')?.shadowRoot;
    return [...root?.querySelectorAll<HTMLElement>('[data-claimlint-field-key]') ?? []].map((box) => {
      const badge = box.querySelector<HTMLElement>('[data-claimlint-badge]')!;
      const style = getComputedStyle(badge);
      return {
        key: box.dataset.claimlintFieldKey!, display: getComputedStyle(box).display, severity: box.dataset.claimlintSeverity!,
        glyph: badge.textContent!, background: style.backgroundColor, colour: style.color,
        label: badge.getAttribute('aria-label')!, title: badge.title,
      };
    });
  });
}

/** The mark drawn over the element with this id, if any, as the layer shows it now. */
async function markOn(id: string, target: Page = page): Promise<DrawnMark | undefined> {
  const rects = await markRects(target);
  const field = await target.locator(`#${id}`).boundingBox();
  if (!field) return undefined;
  const over = rects.find((rect) => Math.abs(rect.x - field.x) <= 2 && Math.abs(rect.y - field.y) <= 2 && Math.abs(rect.width - field.width) <= 2);
  return over && (await drawnMarks(target)).find((mark) => mark.key === over.key && mark.display !== 'none');
}

/**
 * Runs a change in the page, waits one animation frame (and the task after it), and says whether the field is
 * marked: a mark drawn over its box now. `false` also needs the field's mark to be drawn nowhere (a mark left
 * where the field was is not "hidden").
 */
async function markedOneFrameAfter(change: string): Promise<boolean> {
  const key = (await markOn(referringNpiId))?.key;
  await page.evaluate((code) => new Promise<void>((done) => {
    new Function(code)();
    requestAnimationFrame(() => setTimeout(done, 0));
  }), change);
  if (await isMarked(page, referringNpiId)) return true;
  const drawn = (await markRects(page)).filter((rect) => rect.key === key);
  return drawn.length > 0 ? 'drawn where the field is not' as unknown as boolean : false;
}

function luminance(rgb: string): number {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((part) => Number(part) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

describe('marks on the page', () => {
  it('are coloured by severity, with a glyph and a label naming it, readable on white and dark pages', async () => {
    const marks = await drawnMarks();
    const severities = [...new Set(marks.map((mark) => mark.severity))];
    expect(severities.length, 'the sample claim has gaps of more than one severity').toBeGreaterThan(1);
    const WORDS: Record<string, string> = { critical: 'Critical', serious: 'Serious', moderate: 'Moderate', minor: 'Minor' };
    const GLYPHS: Record<string, string> = { critical: '!!', serious: '!', moderate: '~', minor: 'i' };
    const colourOf = new Map<string, string>();
    for (const mark of marks) {
      // One colour per severity, a different one for each.
      expect(colourOf.get(mark.severity) ?? mark.background).toBe(mark.background);
      colourOf.set(mark.severity, mark.background);
      expect(mark.glyph.split(' ')[0]).toBe(GLYPHS[mark.severity]);
      // The label and title name each finding's severity, worst first: the mark's colour is the worst one's.
      const words = [...mark.label.matchAll(/(?:ClaimLint: |\n)(Critical|Serious|Moderate|Minor): /g)].map((match) => match[1]);
      expect(words[0]).toBe(WORDS[mark.severity]);
      expect(mark.title.startsWith(`${WORDS[mark.severity]}: `)).toBe(true);
      // White badge text is readable on the colour, and the colour stands out on white and on a dark page.
      const badge = luminance(mark.background);
      expect(contrast(badge, luminance(mark.colour))).toBeGreaterThanOrEqual(4.5);
      expect(contrast(badge, 1)).toBeGreaterThanOrEqual(3);
      expect(contrast(badge, luminance('rgb(18, 18, 18)'))).toBeGreaterThanOrEqual(3);
    }
    expect(new Set(colourOf.values()).size).toBe(colourOf.size);
    await page.screenshot({ path: '/tmp/marks-severity.png', fullPage: true });
    // The same marks on a dark page (a portal's dark theme): looked at by eye, measured above.
    const dark = await page.addStyleTag({ content: '* { background-color: #121212 !important; color: #e8e8e8 !important; border-color: #555 !important }' });
    await page.locator('table').last().screenshot({ path: '/tmp/marks-severity-dark-page.png' });
    await dark.evaluate((style) => (style as Element).remove());
  });

  it('disappear within one animation frame when an accordion collapses their field, and come back when it opens', async () => {
    await page.locator(`#${referringNpiId}`).evaluate((field) => field.scrollIntoView({ block: 'center' }));
    await page.evaluate((id) => {
      // An accordion panel around the field, as a portal draws one: a class toggles it shut.
      const style = document.createElement('style');
      style.textContent = '.cl-test-panel.shut { display: none } .cl-test-slide { overflow: hidden } .cl-test-slide.shut { height: 0 }';
      document.head.append(style);
      const field = document.getElementById(id)!;
      const panel = document.createElement('div');
      panel.className = 'cl-test-panel';
      field.before(panel);
      panel.append(field);
    }, referringNpiId);
    await waitUntil(() => isMarked(page, referringNpiId), 'the field is marked inside its panel');

    expect(await markedOneFrameAfter("document.querySelector('.cl-test-panel').classList.add('shut')")).toBe(false);
    expect(await markedOneFrameAfter("document.querySelector('.cl-test-panel').classList.remove('shut')")).toBe(true);
    // A panel that shuts to height 0 with overflow hidden leaves the field a box, but nothing of it shows.
    expect(await markedOneFrameAfter("document.querySelector('.cl-test-panel').classList.add('cl-test-slide', 'shut')")).toBe(false);
    expect(await markedOneFrameAfter("document.querySelector('.cl-test-panel').classList.remove('shut')")).toBe(true);
  });

  it('follow their field within one frame when content above it grows, with no scroll or resize', async () => {
    expect(await markedOneFrameAfter(`
      const notice = document.createElement('div');
      notice.id = 'cl-test-notice';
      notice.style.height = '120px';
      document.querySelector('.cl-test-panel').before(notice);`)).toBe(true);
    expect(await markedOneFrameAfter("document.getElementById('cl-test-notice').style.height = '40px'")).toBe(true);
  });

  it('are clipped by an inner scroll area: a field scrolled out of it is not marked over what is outside', async () => {
    await page.evaluate(() => {
      const panel = document.querySelector<HTMLElement>('.cl-test-panel')!;
      panel.classList.remove('cl-test-slide');
      panel.id = 'cl-test-scroller';
      Object.assign(panel.style, { height: '80px', overflowY: 'auto', border: '1px solid #888' });
      const spacer = document.createElement('div');
      spacer.style.height = '200px';
      panel.prepend(spacer);
      panel.append(Object.assign(document.createElement('div'), { style: 'height: 200px' }));
      panel.scrollTop = 0;
    });
    // The field is below the area's visible box: no mark, though the field's own box is on screen below the area.
    await waitUntil(async () => (await page.evaluate(() => document.querySelector('claimlint-marks')?.getAttribute('data-claimlint-checked'))) !== null, 'a check answered');
    await page.waitForTimeout(1500);
    expect(await isMarked(page, referringNpiId)).toBe(false);

    // Scrolled so the field is half inside: marked, and the mark is cut at the area's edge.
    await page.evaluate((id) => {
      const scroller = document.getElementById('cl-test-scroller')!;
      const field = document.getElementById(id)!;
      scroller.scrollTop += field.getBoundingClientRect().top - scroller.getBoundingClientRect().bottom + field.offsetHeight / 2;
    }, referringNpiId);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
    expect(await isMarked(page, referringNpiId)).toBe(true);
    const clipped = await page.evaluate((id) => {
      const scroller = document.getElementById('cl-test-scroller')!.getBoundingClientRect();
      const field = document.getElementById(id)!.getBoundingClientRect();
      const root = document.querySelector('claimlint-marks')!.shadowRoot!;
      const box = [...root.querySelectorAll<HTMLElement>('[data-claimlint-field-key]')]
        .find((one) => Math.abs(one.getBoundingClientRect().top - field.top) < 2 && getComputedStyle(one).display !== 'none')!;
      const clip = box.parentElement!.getBoundingClientRect();
      return { overflow: getComputedStyle(box.parentElement!).overflow, clipBottom: clip.bottom, clipTop: clip.top, scrollerTop: scroller.top, scrollerBottom: scroller.bottom };
    }, referringNpiId);
    expect(clipped.overflow).toBe('hidden');
    expect(clipped.clipTop).toBeGreaterThanOrEqual(clipped.scrollerTop);
    expect(clipped.clipBottom).toBeLessThanOrEqual(clipped.scrollerBottom);
    await page.screenshot({ path: '/tmp/marks-clipped.png' });

    // Scrolled past, above the area's top: gone in the frame after the area's own scroll event.
    await page.evaluate(() => {
      document.getElementById('cl-test-scroller')!.scrollTop = 10_000;
    });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
    expect(await isMarked(page, referringNpiId)).toBe(false);
  });
});

describe('marks while the user types', () => {
  it('show no new problem on the field being typed in until the user leaves it, or pauses', async () => {
    const fresh = await session.browser.context.newPage();
    await fresh.goto(`${session.server.origin}/${CLAIM_PAGE}?typing`);
    await waitUntil(() => isMarked(fresh, referringNpiId), 'the empty referring NPI box is marked');
    const before = await markOn(referringNpiId, fresh);
    expect(before?.title).toMatch(/NPI/);

    // A half-typed NPI is not ten digits yet: the mark does not turn into "not a valid NPI" under the caret.
    await fresh.locator(`#${referringNpiId}`).click();
    await fresh.keyboard.type('12', { delay: 80 });
    const typed = Date.now();
    // Looked at for 800 ms after the last keystroke (the re-check answers within a few frames), short of the 1 s pause.
    const seen: (string | undefined)[] = [];
    while (Date.now() - typed < 700) {
      seen.push((await markOn(referringNpiId, fresh))?.title);
      await fresh.waitForTimeout(50);
    }
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.every((title) => title === undefined || title === before!.title), seen.join(' | ')).toBe(true);

    // Leaving the field shows what is wrong with it now.
    await fresh.keyboard.press('Tab');
    await expect.poll(async () => (await markOn(referringNpiId, fresh))?.title, { timeout: 5_000 }).toMatch(/12/);

    // Back in the field, typing again and pausing (no blur) shows the new problem once the pause is long enough.
    await fresh.locator(`#${referringNpiId}`).click();
    await fresh.keyboard.type('9', { delay: 50 });
    const again = Date.now();
    await fresh.waitForTimeout(400);
    const early = (await markOn(referringNpiId, fresh))?.title ?? '';
    if (Date.now() - again < 900) expect(early).not.toMatch(/129/);
    await expect.poll(async () => (await markOn(referringNpiId, fresh))?.title, { timeout: 5_000 }).toMatch(/129/);
    await fresh.close();
  });
});

describe('a half-typed time', () => {
  it('does not flash "can\'t read the time" while the user is typing "3:", and shows it once they leave the box unfinished', async () => {
    const note = await session.browser.context.newPage();
    await note.goto(`${checklistPages.origin}/outpatient-psychotherapy/pass.html`);
    // The note has no gaps, so no layer shows when its check answers: give the first check its time.
    await note.waitForTimeout(1500);
    expect(await markOn('opStart', note)).toBeUndefined();

    await note.locator('#opStart').click();
    await note.keyboard.press('ControlOrMeta+A');
    await note.keyboard.type('3:', { delay: 60 });
    const typed = Date.now();
    const seen: (string | undefined)[] = [];
    while (Date.now() - typed < 700) {
      seen.push((await markOn('opStart', note))?.title);
      await note.waitForTimeout(50);
    }
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.filter((title) => title !== undefined), 'no mark on the box being typed in').toEqual([]);

    await note.keyboard.press('Tab');
    await expect.poll(async () => (await markOn('opStart', note))?.title ?? '', { timeout: 5_000 }).toMatch(/can't read the time '3:'/);
    await note.close();
  });
});

describe('marks on the control that needs the change', () => {
  it('put a missing therapy modifier on the modifier box, not the CPT box', async () => {
    const therapy = await session.browser.context.newPage();
    await therapy.goto(`${checklistPages.origin}/medicare-outpatient-therapy/fail.html`);
    await expect.poll(async () => (await markOn('mptL2Mod1', therapy))?.label ?? '', { timeout: 15_000 }).toMatch(/without GP, GO or GN/);
    expect((await markOn('mptL2Cpt', therapy))?.label ?? '').not.toMatch(/without GP, GO or GN/);
    await therapy.screenshot({ path: '/tmp/marks-modifier.png', fullPage: true });
    await therapy.close();
  });
});

