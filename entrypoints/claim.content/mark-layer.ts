import type { Finding } from '../../rules/schema';

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

const GAP_COLOUR = '#c5221f';

type DrawnMark = FieldMark & { box: HTMLElement; signature: string };

/** What a mark's box shows: the same signature draws the same box. */
function signatureOf(mark: FieldMark): string {
  return JSON.stringify([Boolean(mark.range), mark.findings.map((finding) => [finding.ruleId, finding.message, finding.fix])]);
}

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

  /** `onActivate`: a click, Enter or Space on a mark's badge (the badge is then a button); the page never sees it. */
  constructor(private readonly doc: Document, private readonly onActivate?: (fieldKey: string, badge: HTMLElement) => void) {
    this.host = doc.createElement('claimlint-marks');
    this.host.setAttribute('data-claimlint-ui', '');
    setStyles(this.host, {
      position: 'fixed', inset: '0', width: '0', height: '0', overflow: 'visible',
      'pointer-events': 'none', 'z-index': '2147483646', display: 'block', contain: 'layout style',
    });
    this.root = this.host.attachShadow({ mode: 'open' });
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
        return { ...mark, box: kept.box, signature };
      }
      return { ...mark, box: this.drawBox(mark), signature };
    });
    for (const gone of drawn.values()) gone.box.remove();
    // How many answers the layer has shown: lets a benchmark see an answer applied. It says nothing of the page.
    this.host.setAttribute('data-claimlint-checked', String(++this.checks));
    this.attach();
  }

  /** Hides or shows every mark; hidden marks keep up with new results and reappear as they are then. */
  setVisible(visible: boolean): void {
    this.visible = visible;
    this.attach();
  }

  /** Called on scroll and resize; batched to one layout read per animation frame. */
  scheduleReposition(): void {
    if (this.frame || !this.host.isConnected) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.reposition();
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
    this.host.remove();
  }

  /** The layer is in the page only while it has marks to show: hidden marks leave nothing in the page. */
  private attach(): void {
    const show = this.visible && this.marks.length > 0;
    if (show && !this.host.isConnected) this.doc.documentElement.append(this.host);
    if (!show) this.host.remove();
    if (show) this.reposition();
  }

  private reposition(): void {
    // All reads before any write: a write between two reads would make the browser lay out the page again for
    // every mark, which on a 50,000-field page is tens of milliseconds each.
    const rects = this.marks.map((mark) => (mark.range ?? mark.element).getBoundingClientRect());
    for (const [index, mark] of this.marks.entries()) {
      const rect = rects[index]!;
      const visible = rect.width > 0 || rect.height > 0;
      setStyles(mark.box, {
        display: visible ? 'block' : 'none',
        transform: `translate(${Math.round(rect.left)}px, ${Math.round(rect.top)}px)`,
        width: `${Math.round(rect.width)}px`,
        height: `${Math.round(rect.height)}px`,
      });
    }
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

  private drawBox(mark: FieldMark): HTMLElement {
    const box = this.doc.createElement('div');
    box.setAttribute('data-claimlint-field-key', mark.fieldKey);
    box.setAttribute('data-claimlint-rule-ids', mark.findings.map((finding) => finding.ruleId).join(' '));
    if (mark.range) box.setAttribute('data-claimlint-in-text', '');
    setStyles(box, {
      position: 'absolute', top: '0', left: '0', 'box-sizing': 'border-box',
      outline: mark.range ? 'none' : `2px solid ${GAP_COLOUR}`, 'outline-offset': '1px', 'border-radius': '2px', 'pointer-events': 'none',
    });
    const badge = this.doc.createElement('span');
    const text = mark.findings.map((finding) => `${finding.message} — ${finding.fix}`).join('\n');
    // textContent and attributes only: finding text can quote page content and must never become markup.
    badge.textContent = String(mark.findings.length);
    badge.title = text;
    badge.setAttribute('role', 'note');
    badge.setAttribute('aria-label', `ClaimLint: ${text}`);
    setStyles(badge, {
      position: 'absolute', top: mark.range ? '-2px' : '-9px', right: mark.range ? '-20px' : '-9px', 'min-width': '16px', height: '16px', padding: '0 3px',
      'box-sizing': 'border-box', 'border-radius': '8px', background: GAP_COLOUR, color: '#fff',
      font: 'bold 11px/16px system-ui, sans-serif', 'text-align': 'center', 'pointer-events': 'auto', cursor: 'help',
    });
    if (this.onActivate) this.makeActivatable(badge, mark.fieldKey);
    box.append(badge);
    this.root.append(box);
    return box;
  }
}

/** Presses on a badge stay in ClaimLint's layer: the page's own click and keyboard handlers never see them. */
const BADGE_PRESS_EVENTS = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'dblclick', 'keydown', 'keyup'] as const;

/** CSSOM writes, which a page's style-src CSP does not block (unlike <style> or style="" markup). */
function setStyles(element: HTMLElement, styles: Record<string, string>): void {
  for (const [property, value] of Object.entries(styles)) element.style.setProperty(property, value, 'important');
}
