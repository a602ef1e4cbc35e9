/**
 * Marks on the text of a document (a letter in an editor): the sentences a gap is about, drawn with the CSS
 * Custom Highlight API. A highlight paints ranges of the page's own text without a node added or changed, so an
 * editor's content, caret and undo history stay as they were and nothing moves. The ::highlight() styles must be
 * in the page's document scope (highlights paint in the page, not in ClaimLint's shadow layer): one constructed
 * style sheet, adopted by the document and dropped again when the content script is retired.
 */
import type { Severity } from '../../rules/schema';
import { lookOf } from './mark-severity';

/** Every gap's text, whatever its severity: unstyled, it names what is marked. The severity highlights paint it. */
export const GAP_HIGHLIGHT = 'claimlint-gap';
export const FOCUS_HIGHLIGHT = 'claimlint-focus';
const SEVERITIES: readonly Severity[] = ['critical', 'serious', 'moderate', 'minor'];
/** The text of gaps of one severity: its colour, and an underline style that does not rely on colour. */
export const severityHighlight = (severity: Severity) => `${GAP_HIGHLIGHT}-${severity}`;
const UNDERLINES: Record<Severity, string> = { critical: 'wavy', serious: 'wavy', moderate: 'dashed', minor: 'dotted' };

export const HIGHLIGHT_STYLES = `${SEVERITIES.map((severity) => {
  const { colour } = lookOf(severity);
  return `::highlight(${severityHighlight(severity)}) { background-color: ${colour}24; text-decoration: underline ${UNDERLINES[severity]} ${colour}; text-decoration-skip-ink: none; }`;
}).join('\n')}
::highlight(${FOCUS_HIGHLIGHT}) { background-color: rgb(255 200 40 / 0.55); }
`;

/** A gap's text and the severity of the worst finding about it. */
export interface GapText { range: Range; severity: Severity }
const FOCUS_MS = 2000;

export class TextMarks {
  private sheet: CSSStyleSheet | null = null;
  private gaps: GapText[] = [];
  private visible = true;
  private focusTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly doc: Document) {}

  /** Whether this browser paints highlights at all; without it the outline and badge marks still show gaps. */
  get supported(): boolean {
    return typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
  }

  /** Replaces the gap highlights with these. */
  render(gaps: GapText[]): void {
    this.gaps = gaps;
    this.paint();
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    this.paint();
  }

  /** Highlights one range for a moment: where "Go to field" brought the user. */
  flash(range: Range): void {
    if (!this.supported) return;
    this.adoptStyles();
    const registry = CSS.highlights;
    const highlight = new Highlight(range);
    highlight.priority = 1;
    registry.set(FOCUS_HIGHLIGHT, highlight);
    clearTimeout(this.focusTimer);
    this.focusTimer = setTimeout(() => registry.delete(FOCUS_HIGHLIGHT), FOCUS_MS);
  }

  destroy(): void {
    clearTimeout(this.focusTimer);
    this.gaps = [];
    if (this.supported) {
      const registry = CSS.highlights;
      for (const name of [GAP_HIGHLIGHT, ...SEVERITIES.map(severityHighlight)]) registry.delete(name);
      registry.delete(FOCUS_HIGHLIGHT);
    }
    if (this.sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
    this.sheet = null;
  }

  private paint(): void {
    if (!this.supported) return;
    const registry = CSS.highlights;
    const gaps = this.visible ? this.gaps.filter((gap) => gap.range.startContainer.isConnected) : [];
    if (gaps.length > 0) this.adoptStyles();
    const paintAs = (name: string, ranges: Range[]) => {
      if (ranges.length > 0) registry.set(name, new Highlight(...ranges));
      else registry.delete(name);
    };
    paintAs(GAP_HIGHLIGHT, gaps.map((gap) => gap.range));
    for (const [order, severity] of SEVERITIES.entries()) {
      const highlight = gaps.filter((gap) => gap.severity === severity).map((gap) => gap.range);
      paintAs(severityHighlight(severity), highlight);
      // Where two gaps overlap, the worse one's look is on top.
      const painted = registry.get(severityHighlight(severity));
      if (painted) painted.priority = SEVERITIES.length - order;
    }
  }

  /** Adopted once, and again if the page replaced its adopted sheets since (frameworks assign the whole list). */
  private adoptStyles(): void {
    if (!this.sheet) {
      this.sheet = new CSSStyleSheet();
      this.sheet.replaceSync(HIGHLIGHT_STYLES);
    }
    if (!this.doc.adoptedStyleSheets.includes(this.sheet)) this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
  }
}
