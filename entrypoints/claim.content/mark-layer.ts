import type { Finding } from '../../rules/schema';
import { byWorstFirst, lookOf, worstSeverity } from './mark-severity';
import { ancestorStyle, clipBoxOf, clippingAncestors, isClippedAway, type AncestorStyle } from './scroll-clip';

/** Marks drawn for one field: its element and the failing findings that point at it. */
export interface FieldMark {
  fieldKey: string;
  element: Element;
  findings: Finding[];
  /**
   * For a field inside a document (a letter in an editor): the text it is about, or the last character before
   * the place a missing component belongs. The badge sits at the range's end and no outline is drawn: the text
   * itself carries a highlight (text-marks.ts), and an outline around the whole editor would say nothing.
   */
  range?: Range;
}

/** A drawn mark: `clip` is the box's parent, sized to the inner scroll areas' visible box when the field has any. */
type DrawnMark = FieldMark & { box: HTMLElement; clip: HTMLElement; signature: string };

/** What a mark's box shows: the same signature draws the same box. */
function signatureOf(mark: FieldMark): string {
  return JSON.stringify([Boolean(mark.range), mark.findings.map((finding) => [finding.ruleId, finding.severity, finding.message, finding.fix])]);
}

/** Page changes that can move or hide a field without a scroll or resize: a class, a style, an accordion's state. */
const LAYOUT_ATTRIBUTES = ['class', 'style', 'hidden', 'open', 'aria-expanded', 'aria-hidden', 'aria-selected'];
/** After a transition or animation starts or ends, marks follow their fields every frame for this long. */
const FOLLOW_ANIMATION_MS = 400;

/**
 * ClaimLint's own layer over the page: a fixed, click-through shadow root that outlines fields with gaps and
 * carries a small badge with the gap's text. Nothing is written to the page's own elements, so the page's
 * layout, styles and values stay as they were, and the page's CSS cannot reach into the marks.
 */
export class MarkLayer {
  private readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private marks: DrawnMark[] = [];
  private frame = 0;
  private visible = true;
  private checks = 0;
  /** The inner scroll areas around each field, found once per page change (style reads are not free). */
  private clippers = new WeakMap<Element, Element[]>();
  private ancestorStyles = new WeakMap<Element, AncestorStyle>();
  /** Until when every frame repositions: the page is animating (an accordion sliding shut). */
  private followUntil = 0;
  private readonly resizes: ResizeObserver | null;
  private readonly mutations: MutationObserver;
  private readonly events = new AbortController();
  private watching = false;

  /** `onActivate`: a click, Enter or Space on a mark's badge (the badge is then a button); the page never sees it. */
  constructor(private readonly doc: Document, private readonly onActivate?: (fieldKey: string, badge: HTMLElement) => void) {
    this.host = doc.createElement('claimlint-marks');
    this.host.setAttribute('data-claimlint-ui', '');
    setStyles(this.host, {
      position: 'fixed', inset: '0', width: '0', height: '0', overflow: 'visible',
      'pointer-events': 'none', 'z-index': '2147483646', display: 'block', contain: 'layout style',
    });
    this.root = this.host.attachShadow({ mode: 'open' });
    // A field that grows, shrinks or goes to no box (display: none) is seen by its own size; a field that moves
    // because something else changed (content above grew, a panel opened) is seen through the page's mutations.
    // Both only schedule: the layout is read once, in the next animation frame, before it is painted.
    const view = doc.defaultView;
    this.resizes = view && 'ResizeObserver' in view ? new view.ResizeObserver(() => this.scheduleReposition()) : null;
    this.mutations = new MutationObserver((records) => {
      if (records.every((record) => record.target === this.host)) return;
      this.clippers = new WeakMap();
      this.ancestorStyles = new WeakMap();
      this.scheduleReposition();
    });
    // A panel sliding open or shut moves fields every frame until it ends: follow every frame meanwhile.
    const follow = () => {
      if (!this.watching) return;
      this.followUntil = performance.now() + FOLLOW_ANIMATION_MS;
      this.scheduleReposition();
    };
    const options = { capture: true, passive: true, signal: this.events.signal };
    for (const type of ['transitionrun', 'transitionend', 'transitioncancel', 'animationstart', 'animationend', 'toggle']) {
      doc.addEventListener(type, follow, options);
    }
  }

  /**
   * Shows these marks instead of the last ones. A field whose mark says what it said keeps its drawn box; only
   * marks that changed, came or went are drawn or removed, so an answer about one edited field touches one box.
   * Fields without a layout box (hidden) get none.
   */
  render(fieldMarks: FieldMark[]): void {
    const drawn = new Map(this.marks.map((mark) => [mark.fieldKey, mark]));
    this.marks = fieldMarks.map((mark) => {
      const signature = signatureOf(mark);
      const kept = drawn.get(mark.fieldKey);
      if (kept && kept.element === mark.element && kept.signature === signature) {
        drawn.delete(mark.fieldKey);
        // A range is made anew with each answer; the box stays, the range it follows is the new one.
        return { ...mark, box: kept.box, clip: kept.clip, signature };
      }
      kept?.clip.remove();
      if (kept) drawn.delete(mark.fieldKey);
      return { ...mark, ...this.drawBox(mark), signature };
    });
    for (const gone of drawn.values()) gone.clip.remove();
    // How many answers the layer has shown: lets a benchmark see an answer applied. It says nothing of the page.
    this.host.setAttribute('data-claimlint-checked', String(++this.checks));
    this.attach();
  }

  /** Hides or shows every mark; hidden marks keep up with new results and reappear as they are then. */
  setVisible(visible: boolean): void {
    this.visible = visible;
    this.attach();
  }

  /** Called on scroll and resize (inner scroll areas too) and on page changes; one layout read per animation frame. */
  scheduleReposition(): void {
    if (this.frame || !this.host.isConnected) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.reposition();
      if (performance.now() < this.followUntil) this.scheduleReposition();
    });
  }

  flash(fieldKey: string): void {
    const mark = this.marks.find((candidate) => candidate.fieldKey === fieldKey);
    mark?.box.animate([{ outlineWidth: '6px' }, { outlineWidth: '2px' }], { duration: 700, iterations: 2 });
  }

  get markedFieldKeys(): string[] {
    return this.marks.map((mark) => mark.fieldKey);
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    this.marks = [];
    this.unwatch();
    this.events.abort();
    this.host.remove();
  }

  /** The layer is in the page only while it has marks to show: hidden marks leave nothing in the page. */
  private attach(): void {
    const show = this.visible && this.marks.length > 0;
    if (show && !this.host.isConnected) this.doc.documentElement.append(this.host);
    if (!show) {
      this.host.remove();
      this.unwatch();
      return;
    }
    this.watch();
    this.reposition();
  }

  /** Observes the marked fields and the page while marks are shown; nothing is observed while none are. */
  private watch(): void {
    this.resizes?.disconnect();
    for (const mark of this.marks) this.resizes?.observe(mark.element);
    if (this.watching) return;
    this.watching = true;
    this.mutations.observe(this.doc.documentElement, {
      subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: LAYOUT_ATTRIBUTES,
    });
  }

  private unwatch(): void {
    this.resizes?.disconnect();
    this.mutations.disconnect();
    this.watching = false;
  }

  private reposition(): void {
    // All reads before any write: a write between two reads would make the browser lay out the page again for
    // every mark, which on a 50,000-field page is tens of milliseconds each.
    const ancestorRects = new Map<Element, DOMRect>();
    const rectOf = (element: Element) => {
      let rect = ancestorRects.get(element);
      // Through the prototype: a form among the ancestors can have a control named "getBoundingClientRect".
      if (!rect) ancestorRects.set(element, rect = (Object.getPrototypeOf(element) as Element).getBoundingClientRect.call(element));
      return rect;
    };
    const places = this.marks.map((mark) => {
      const rect = (mark.range ?? mark.element).getBoundingClientRect();
      const clip = clipBoxOf(this.clippersOf(mark.element), rectOf);
      // No box (display: none, removed), or invisible (visibility: hidden, a closed <details>' content): no mark.
      const shown = mark.element.isConnected && (rect.width > 0 || rect.height > 0) && isRendered(mark.element) && !isClippedAway(rect, clip);
      return { rect, clip, shown };
    });
    for (const [index, mark] of this.marks.entries()) {
      const { rect, clip, shown } = places[index]!;
      // Rounded once each, so the box lands on the field's rounded place whether or not it is clipped.
      const origin = clip && shown ? { left: Math.round(clip.left), top: Math.round(clip.top) } : { left: 0, top: 0 };
      setStyles(mark.clip, clip && shown
        ? { display: 'block', overflow: 'hidden', transform: `translate(${origin.left}px, ${origin.top}px)`,
          width: `${Math.round(clip.right) - origin.left}px`, height: `${Math.round(clip.bottom) - origin.top}px` }
        : { display: shown ? 'block' : 'none', overflow: 'visible', transform: 'none', width: '0', height: '0' });
      setStyles(mark.box, {
        display: shown ? 'block' : 'none',
        transform: `translate(${Math.round(rect.left) - origin.left}px, ${Math.round(rect.top) - origin.top}px)`,
        width: `${Math.round(rect.width)}px`,
        height: `${Math.round(rect.height)}px`,
      });
    }
  }

  private clippersOf(element: Element): Element[] {
    let found = this.clippers.get(element);
    if (!found) {
      const styleOf = (ancestor: Element) => {
        let style = this.ancestorStyles.get(ancestor);
        if (!style) this.ancestorStyles.set(ancestor, style = ancestorStyle(ancestor));
        return style;
      };
      this.clippers.set(element, found = clippingAncestors(element, styleOf));
    }
    return found;
  }

  private makeActivatable(badge: HTMLElement, fieldKey: string): void {
    badge.setAttribute('role', 'button');
    badge.setAttribute('tabindex', '0');
    badge.setAttribute('aria-haspopup', 'dialog');
    badge.setAttribute('aria-expanded', 'false');
    // A button's name holds its visible text (the count), then what the gaps are.
    badge.setAttribute('aria-label', `${badge.textContent} ${badge.getAttribute('aria-label') ?? ''}`.trim());
    badge.style.setProperty('cursor', 'pointer', 'important');
    for (const type of BADGE_PRESS_EVENTS) badge.addEventListener(type, (event) => event.stopPropagation());
    // Inline styles have no :focus-visible; a keyboard user still sees which badge has focus.
    badge.addEventListener('focus', () => setStyles(badge, { outline: '2px solid #1a73e8', 'outline-offset': '2px' }));
    badge.addEventListener('blur', () => badge.style.removeProperty('outline'));
    badge.addEventListener('click', (event) => {
      event.preventDefault();
      this.onActivate?.(fieldKey, badge);
    });
    badge.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      this.onActivate?.(fieldKey, badge);
    });
  }

  private drawBox(mark: FieldMark): { box: HTMLElement; clip: HTMLElement } {
    const severity = worstSeverity(mark.findings);
    const look = lookOf(severity);
    const clip = this.doc.createElement('div');
    setStyles(clip, { position: 'absolute', top: '0', left: '0', 'pointer-events': 'none' });
    const box = this.doc.createElement('div');
    box.setAttribute('data-claimlint-field-key', mark.fieldKey);
    box.setAttribute('data-claimlint-rule-ids', mark.findings.map((finding) => finding.ruleId).join(' '));
    box.setAttribute('data-claimlint-severity', severity);
    if (mark.range) box.setAttribute('data-claimlint-in-text', '');
    setStyles(box, {
      position: 'absolute', top: '0', left: '0', 'box-sizing': 'border-box',
      outline: mark.range ? 'none' : `${look.width}px ${look.line} ${look.colour}`, 'outline-offset': '1px', 'border-radius': '2px', 'pointer-events': 'none',
    });
    const badge = this.doc.createElement('span');
    const findings = byWorstFirst(mark.findings);
    const text = findings.map((finding) => `${lookOf(finding.severity).word}: ${finding.message} — ${finding.fix}`).join('\n');
    // textContent and attributes only: finding text can quote page content and must never become markup.
    badge.textContent = mark.findings.length > 1 ? `${look.glyph} ${mark.findings.length}` : look.glyph;
    badge.title = text;
    badge.setAttribute('data-claimlint-badge', '');
    badge.setAttribute('role', 'note');
    badge.setAttribute('aria-label', `ClaimLint: ${text}`);
    // The badge carries its own background and a white ring, so it reads the same on a white and a dark page.
    setStyles(badge, {
      position: 'absolute', top: mark.range ? '-2px' : '-9px', right: mark.range ? '-20px' : '-9px', 'min-width': '16px', height: '16px', padding: '0 4px',
      'box-sizing': 'border-box', 'border-radius': severity === 'critical' ? '3px' : '8px', background: look.colour, color: '#fff',
      'box-shadow': '0 0 0 1px #fff', font: 'bold 11px/16px system-ui, sans-serif', 'text-align': 'center', 'white-space': 'nowrap',
      'pointer-events': 'auto', cursor: 'help',
    });
    if (this.onActivate) this.makeActivatable(badge, mark.fieldKey);
    box.append(badge);
    clip.append(box);
    this.root.append(clip);
    return { box, clip };
  }
}

/** Whether the element is drawn at all: not under visibility: hidden or content-visibility that skips it. */
function isRendered(element: Element): boolean {
  return typeof element.checkVisibility === 'function' ? element.checkVisibility({ visibilityProperty: true }) : true;
}

/** Presses on a badge stay in ClaimLint's layer: the page's own click and keyboard handlers never see them. */
const BADGE_PRESS_EVENTS = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'dblclick', 'keydown', 'keyup'] as const;

/** CSSOM writes, which a page's style-src CSP does not block (unlike <style> or style="" markup). */
function setStyles(element: HTMLElement, styles: Record<string, string>): void {
  for (const [property, value] of Object.entries(styles)) element.style.setProperty(property, value, 'important');
}
