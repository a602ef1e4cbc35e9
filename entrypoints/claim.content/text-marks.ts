/**
 * Marks on the text of a document (a letter in an editor): the sentences a gap is about, drawn with the CSS
 * Custom Highlight API. A highlight paints ranges of the page's own text without a node added or changed, so an
 * editor's content, caret and undo history stay as they were and nothing moves. The ::highlight() styles must be
 * in the page's document scope (highlights paint in the page, not in ClaimLint's shadow layer): one constructed
 * style sheet, adopted by the document and dropped again when the content script is retired.
 */
export const GAP_HIGHLIGHT = 'claimlint-gap';
export const FOCUS_HIGHLIGHT = 'claimlint-focus';

const STYLES = `
::highlight(${GAP_HIGHLIGHT}) { background-color: rgb(197 34 31 / 0.14); text-decoration: underline wavy #c5221f; text-decoration-skip-ink: none; }
::highlight(${FOCUS_HIGHLIGHT}) { background-color: rgb(255 200 40 / 0.55); }
`;
const FOCUS_MS = 2000;

export class TextMarks {
  private sheet: CSSStyleSheet | null = null;
  private gaps: Range[] = [];
  private visible = true;
  private focusTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly doc: Document) {}

  /** Whether this browser paints highlights at all; without it the outline and badge marks still show gaps. */
  get supported(): boolean {
    return typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
  }

  /** Replaces the gap highlights with these ranges. */
  render(ranges: Range[]): void {
    this.gaps = ranges;
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
      registry.delete(GAP_HIGHLIGHT);
      registry.delete(FOCUS_HIGHLIGHT);
    }
    if (this.sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
    this.sheet = null;
  }

  private paint(): void {
    if (!this.supported) return;
    const registry = CSS.highlights;
    const ranges = this.visible ? this.gaps.filter((range) => range.startContainer.isConnected) : [];
    if (ranges.length === 0) {
      registry.delete(GAP_HIGHLIGHT);
      return;
    }
    this.adoptStyles();
    registry.set(GAP_HIGHLIGHT, new Highlight(...ranges));
  }

  /** Adopted once, and again if the page replaced its adopted sheets since (frameworks assign the whole list). */
  private adoptStyles(): void {
    if (!this.sheet) {
      this.sheet = new CSSStyleSheet();
      this.sheet.replaceSync(STYLES);
    }
    if (!this.doc.adoptedStyleSheets.includes(this.sheet)) this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
  }
}
