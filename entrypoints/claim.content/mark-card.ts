/**
 * The card a click on a mark's badge opens, beside the field: what is wrong, how to fix it, one-click
 * suggestions where the rules know the answer, and "Ignore on this claim". It lives in ClaimLint's own shadow
 * root (page CSS cannot reach it, and its clicks and keys stop there: the page never sees them) and never covers
 * the field it is about. Text goes in through textContent only: finding messages can quote the page.
 */
import { problemWord } from '../../rules/outcome/problem-words';
import type { Finding, Suggestion } from '../../rules/schema';
import { canFillSuggestion, fillSuggestionOnUserClick } from './fill-suggestion';
import type { FieldMark } from './mark-layer';

export interface MarkCardActions {
  /** This frame's element for a field key (a suggestion may fill another field than the mark's). */
  elementFor(fieldKey: string): Element | undefined;
  /** Hides this finding's mark on this page for the tab's session. */
  ignore(finding: Finding): void;
}

/** Room kept between the card, the field and the window's edges. */
const GAP = 8;
const SEVERITY_WORDS: Record<Finding['severity'], string> = { critical: 'Critical', serious: 'Serious', moderate: 'Moderate', minor: 'Minor' };
// Events that must not reach the page from inside ClaimLint's card (its own "click outside" handlers, shortcuts).
const PAGE_EVENTS = ['click', 'dblclick', 'pointerdown', 'pointerup', 'mousedown', 'mouseup', 'keydown', 'keyup', 'keypress'] as const;

const STYLES = `
:host { all: initial; }
.card { position: fixed; top: 0; left: 0; box-sizing: border-box; width: min(340px, calc(100vw - 16px)); overflow: auto;
  padding: 12px 14px; background: #fff; color: #1d2530; border: 1px solid #5f6368;
  border-radius: 6px; box-shadow: 0 6px 24px rgb(0 0 0 / 0.25); font: 14px/1.4 system-ui, sans-serif; text-align: left;
  pointer-events: auto; }
.top { display: flex; align-items: baseline; gap: 8px; margin: 0 0 6px; }
.brand { font-size: 12px; font-weight: 600; color: #5f6368; flex: 1; }
.close { border: 0; background: none; color: inherit; font: 20px/1 system-ui, sans-serif; padding: 0 4px; cursor: pointer; border-radius: 4px; }
section + section { border-top: 1px solid #dadce0; margin-top: 10px; padding-top: 10px; }
h2 { margin: 0 0 2px; font: 600 15px/1.3 system-ui, sans-serif; }
.kind { margin: 0 0 6px; font-size: 12px; color: #5f6368; }
p { margin: 0 0 6px; }
.label { font-weight: 600; }
.suggestions { display: flex; flex-wrap: wrap; gap: 6px; margin: 8px 0; padding: 0; list-style: none; }
.suggestion { font: 600 14px/1.2 system-ui, sans-serif; padding: 5px 10px; border-radius: 14px; cursor: pointer;
  border: 1px solid #174ea6; background: #e8f0fe; color: #174ea6; }
.suggestion:hover { background: #d2e3fc; }
.ignore { font: 13px/1.2 system-ui, sans-serif; padding: 4px 10px; border-radius: 4px; cursor: pointer;
  border: 1px solid #5f6368; background: #fff; color: #1d2530; }
.note { margin: 4px 0 0; font-size: 12px; color: #5f6368; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card { background: #202124; color: #e8eaed; border-color: #9aa0a6; }
  .brand, .kind, .note { color: #bdc1c6; }
  section + section { border-top-color: #5f6368; }
  .suggestion { background: #1f3a5f; color: #d2e3fc; border-color: #8ab4f8; }
  .suggestion:hover { background: #28497a; }
  .ignore { background: #303134; color: #e8eaed; border-color: #9aa0a6; }
  button:focus-visible { outline-color: #8ab4f8; }
}
`;

export class MarkCard {
  private host: HTMLElement | null = null;
  private card: HTMLElement | null = null;
  private mark: FieldMark | null = null;
  private opener: HTMLElement | null = null;
  private listening: AbortController | null = null;
  private frame = 0;
  private sheet: CSSStyleSheet | null = null;
  // Ids for the notes the Ignore buttons point at, unique even when one rule has two findings on a field.
  private notes = 0;

  constructor(private readonly doc: Document, private readonly actions: MarkCardActions, private readonly signal: AbortSignal) {}

  get fieldKey(): string | null {
    return this.mark?.fieldKey ?? null;
  }

  /** Opens the card for this mark (or closes it when it is the mark already open), with focus in the card. */
  toggle(mark: FieldMark, opener: HTMLElement): void {
    if (this.mark?.fieldKey === mark.fieldKey && this.host?.isConnected) return this.close({ restoreFocus: true });
    this.close({ restoreFocus: false });
    this.open(mark, opener);
  }

  /** Closes the card; focus goes back to the badge that opened it when asked and the badge is still there. */
  close({ restoreFocus }: { restoreFocus: boolean }): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.listening?.abort();
    this.listening = null;
    this.host?.remove();
    this.host = this.card = this.mark = null;
    const opener = this.opener;
    this.opener = null;
    opener?.setAttribute('aria-expanded', 'false');
    if (restoreFocus && opener?.isConnected) opener.focus({ preventScroll: true });
  }

  /** Keeps the card beside its field as the page scrolls or lays out again; one read per animation frame. */
  scheduleReposition(): void {
    if (this.frame || !this.host) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.position();
    });
  }

  private open(mark: FieldMark, opener: HTMLElement): void {
    const doc = this.doc;
    const host = doc.createElement('claimlint-card');
    host.setAttribute('data-claimlint-ui', '');
    setStyles(host, { position: 'fixed', top: '0', left: '0', width: '0', height: '0', overflow: 'visible', 'pointer-events': 'none', 'z-index': '2147483647', display: 'block' });
    const root = host.attachShadow({ mode: 'open' });
    this.adoptStyles(root);
    for (const type of PAGE_EVENTS) root.addEventListener(type, (event) => event.stopPropagation());

    const card = doc.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-label', `ClaimLint: ${mark.findings.length === 1 ? mark.findings[0]!.title : `${mark.findings.length} problems on this field`}`);
    const top = doc.createElement('div');
    top.className = 'top';
    const brand = text(doc, 'span', 'brand', 'ClaimLint');
    const close = doc.createElement('button');
    close.type = 'button';
    close.className = 'close';
    close.textContent = '×';
    close.setAttribute('aria-label', 'Close');
    close.addEventListener('click', () => this.close({ restoreFocus: true }));
    top.append(brand, close);
    card.append(top, ...mark.findings.map((finding) => this.section(finding, mark)));
    card.addEventListener('keydown', (event) => this.onKey(event, card));
    root.append(card);
    doc.documentElement.append(host);

    this.host = host;
    this.card = card;
    this.mark = mark;
    this.opener = opener;
    opener.setAttribute('aria-expanded', 'true');
    this.position();
    this.listenOutside(opener);
    (card.querySelector<HTMLElement>('.suggestion, .ignore') ?? close).focus({ preventScroll: true });
  }

  private section(finding: Finding, mark: FieldMark): HTMLElement {
    const doc = this.doc;
    const section = doc.createElement('section');
    section.append(
      text(doc, 'h2', '', finding.title),
      text(doc, 'p', 'kind', `${SEVERITY_WORDS[finding.severity]} · ${problemWord(finding)}`),
      labelled(doc, 'Problem: ', finding.message),
      labelled(doc, 'Fix: ', finding.fix),
    );
    const fillable = (finding.suggestions ?? []).filter((suggestion) => {
      const target = this.actions.elementFor(suggestion.fieldKey ?? mark.fieldKey);
      return target?.isConnected && canFillSuggestion(target, suggestion.value);
    });
    if (fillable.length > 0) {
      const list = doc.createElement('ul');
      list.className = 'suggestions';
      list.setAttribute('aria-label', 'Suggestions');
      for (const suggestion of fillable) {
        const item = doc.createElement('li');
        item.append(this.suggestionButton(suggestion, mark));
        list.append(item);
      }
      section.append(list);
    }
    const ignore = doc.createElement('button');
    ignore.type = 'button';
    ignore.className = 'ignore';
    ignore.textContent = 'Ignore on this claim';
    const note = text(doc, 'p', 'note', 'Hides this mark on this page until the tab is closed. The ClaimLint popup still lists it.');
    note.id = `claimlint-ignore-note-${++this.notes}`;
    ignore.setAttribute('aria-describedby', note.id);
    ignore.addEventListener('click', () => {
      this.close({ restoreFocus: false });
      this.actions.ignore(finding);
    });
    section.append(ignore, note);
    return section;
  }

  private suggestionButton(suggestion: Suggestion, mark: FieldMark): HTMLButtonElement {
    const button = this.doc.createElement('button');
    button.type = 'button';
    button.className = 'suggestion';
    button.textContent = suggestion.label;
    if (suggestion.label !== suggestion.value) button.title = `Fills in: ${suggestion.value}`;
    button.addEventListener('click', (event) => {
      // Only the user's own click fills (a keyboard Enter or Space on the button is one too); a script's is refused.
      if (!event.isTrusted) return;
      const target = this.actions.elementFor(suggestion.fieldKey ?? mark.fieldKey);
      this.close({ restoreFocus: false });
      if (target?.isConnected) fillSuggestionOnUserClick(target, suggestion.value, this.signal);
    });
    return button;
  }

  private onKey(event: KeyboardEvent, card: HTMLElement): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.close({ restoreFocus: true });
    } else if (event.key === 'Tab') {
      // Focus stays in the card while it is open; Escape or Close leaves it.
      const buttons = [...card.querySelectorAll('button')];
      const at = buttons.indexOf((card.getRootNode() as ShadowRoot).activeElement as HTMLButtonElement);
      event.preventDefault();
      buttons[(at + (event.shiftKey ? -1 : 1) + buttons.length) % buttons.length]?.focus();
    }
  }

  /** A press outside the card and its badge closes it, leaving focus where the user put it. */
  private listenOutside(opener: HTMLElement): void {
    this.listening = new AbortController();
    const options = { capture: true, signal: this.listening.signal };
    this.doc.addEventListener('pointerdown', (event) => {
      const path = event.composedPath();
      if (this.card && !path.includes(this.card) && !path.includes(opener)) this.close({ restoreFocus: false });
    }, options);
    this.doc.defaultView?.addEventListener('resize', () => this.scheduleReposition(), options);
  }

  /**
   * Below the field, else above, else beside it; when none has room, on the side with the most, shortened to
   * fit, so the card never covers the field. Closes when the field is gone.
   */
  private position(): void {
    const { card, mark } = this;
    if (!card || !mark) return;
    if (!mark.element.isConnected) return this.close({ restoreFocus: false });
    const field = (mark.range ?? mark.element).getBoundingClientRect();
    const view = { width: this.doc.documentElement.clientWidth, height: this.doc.documentElement.clientHeight };
    // Scrolled out of sight or hidden (a collapsed section): a card about nothing on screen closes.
    const onScreen = field.bottom > 0 && field.top < view.height && field.right > 0 && field.left < view.width;
    if (!onScreen || (field.width === 0 && field.height === 0)) return this.close({ restoreFocus: false });
    card.style.setProperty('max-height', `${view.height - 2 * GAP}px`);
    const { offsetWidth: width, offsetHeight: height } = card;
    const clampX = (x: number) => Math.max(GAP, Math.min(x, view.width - width - GAP));
    const clampY = (y: number) => Math.max(GAP, Math.min(y, view.height - height - GAP));
    const below = view.height - field.bottom - 2 * GAP;
    const above = field.top - 2 * GAP;
    let left = clampX(field.left);
    let top: number;
    if (below >= height) top = field.bottom + GAP;
    else if (above >= height) top = field.top - GAP - height;
    else if (view.width - field.right - 2 * GAP >= width) [left, top] = [field.right + GAP, clampY(field.top)];
    else if (field.left - 2 * GAP >= width) [left, top] = [field.left - GAP - width, clampY(field.top)];
    else {
      const room = Math.max(below, above, 80);
      card.style.setProperty('max-height', `${room}px`);
      top = below >= above ? field.bottom + GAP : Math.max(GAP, field.top - GAP - Math.min(height, room));
    }
    card.style.setProperty('transform', `translate(${Math.round(left)}px, ${Math.round(top)}px)`);
  }

  /** A constructed sheet (not a <style> node, which a page's style-src CSP may block), made once. */
  private adoptStyles(root: ShadowRoot): void {
    if (!this.sheet) {
      this.sheet = new CSSStyleSheet();
      this.sheet.replaceSync(STYLES);
    }
    root.adoptedStyleSheets = [this.sheet];
  }
}

function text(doc: Document, tag: string, className: string, content: string): HTMLElement {
  const element = doc.createElement(tag);
  if (className) element.className = className;
  element.textContent = content;
  return element;
}

function labelled(doc: Document, label: string, content: string): HTMLElement {
  const paragraph = doc.createElement('p');
  paragraph.append(text(doc, 'span', 'label', label), doc.createTextNode(content));
  return paragraph;
}

/** CSSOM writes, which a page's style-src CSP does not block. */
function setStyles(element: HTMLElement, styles: Record<string, string>): void {
  for (const [property, value] of Object.entries(styles)) element.style.setProperty(property, value, 'important');
}
