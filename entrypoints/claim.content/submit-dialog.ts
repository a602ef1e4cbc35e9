import type { Finding } from '../../rules/schema';

const LISTED_GAPS = 5;
const GAP_COLOUR = '#c5221f';

export interface SubmitDialogActions {
  /** "Review" or Escape: the dialog is gone; take the user to the first gap. */
  review(): void;
  /** "Submit anyway": the dialog is gone; send exactly what the user sent. */
  submitAnyway(): void;
}

/**
 * The compact "N gaps before you submit" dialog, in ClaimLint's own shadow root so page CSS cannot reach it.
 * Text goes in through textContent only: finding messages can quote the page.
 */
export class SubmitDialog {
  private host: HTMLElement | null = null;

  constructor(private readonly doc: Document) {}

  get isOpen(): boolean {
    return this.host?.isConnected ?? false;
  }

  show(gaps: Finding[], actions: SubmitDialogActions): void {
    this.close();
    const doc = this.doc;
    const host = doc.createElement('claimlint-submit-guard');
    host.setAttribute('data-claimlint-ui', '');
    setStyles(host, {
      position: 'fixed', inset: '0', 'z-index': '2147483647', display: 'block', contain: 'layout style',
      background: 'rgba(0, 0, 0, 0.15)',
    });
    const root = host.attachShadow({ mode: 'open' });

    const dialog = doc.createElement('div');
    dialog.setAttribute('role', 'alertdialog');
    dialog.setAttribute('aria-modal', 'true');
    dialog.setAttribute('aria-labelledby', 'claimlint-guard-title');
    setStyles(dialog, {
      position: 'absolute', top: '16px', right: '16px', width: 'min(380px, calc(100vw - 32px))',
      'box-sizing': 'border-box', padding: '14px 16px', background: '#fff', color: '#1d2530',
      border: `2px solid ${GAP_COLOUR}`, 'border-radius': '6px', 'box-shadow': '0 6px 24px rgba(0,0,0,.25)',
      font: '14px/1.4 system-ui, sans-serif', 'text-align': 'left',
    });

    const title = doc.createElement('h2');
    title.id = 'claimlint-guard-title';
    title.textContent = `${gaps.length} ${gaps.length === 1 ? 'gap' : 'gaps'} before you submit`;
    setStyles(title, { margin: '0 0 8px', font: 'bold 15px/1.3 system-ui, sans-serif', color: GAP_COLOUR });

    const list = doc.createElement('ul');
    setStyles(list, { margin: '0 0 12px', padding: '0 0 0 18px' });
    for (const gap of gaps.slice(0, LISTED_GAPS)) {
      const item = doc.createElement('li');
      item.textContent = gap.message;
      list.append(item);
    }
    if (gaps.length > LISTED_GAPS) {
      const more = doc.createElement('li');
      more.textContent = `and ${gaps.length - LISTED_GAPS} more`;
      list.append(more);
    }

    const review = button(doc, 'Review', true);
    const submitAnyway = button(doc, 'Submit anyway', false);
    const row = doc.createElement('div');
    setStyles(row, { display: 'flex', gap: '8px', 'justify-content': 'flex-end' });
    row.append(submitAnyway, review);

    const finish = (action: () => void) => {
      this.close();
      action();
    };
    review.addEventListener('click', () => finish(actions.review));
    submitAnyway.addEventListener('click', () => finish(actions.submitAnyway));
    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        finish(actions.review);
      } else if (event.key === 'Tab') {
        // Keep focus inside the dialog: two buttons, Tab and Shift+Tab move between them.
        event.preventDefault();
        event.stopPropagation();
        (root.activeElement === review ? submitAnyway : review).focus();
      }
    });

    dialog.append(title, list, row);
    root.append(dialog);
    doc.documentElement.append(host);
    this.host = host;
    review.focus();
  }

  close(): void {
    this.host?.remove();
    this.host = null;
  }
}

function button(doc: Document, label: string, primary: boolean): HTMLButtonElement {
  const element = doc.createElement('button');
  element.type = 'button';
  element.textContent = label;
  setStyles(element, {
    font: '14px/1.2 system-ui, sans-serif', padding: '6px 14px', 'border-radius': '4px', cursor: 'pointer',
    border: `1px solid ${GAP_COLOUR}`, background: primary ? GAP_COLOUR : '#fff', color: primary ? '#fff' : GAP_COLOUR,
  });
  return element;
}

/** CSSOM writes, which a page's style-src CSP does not block. */
function setStyles(element: HTMLElement, styles: Record<string, string>): void {
  for (const [property, value] of Object.entries(styles)) element.style.setProperty(property, value, 'important');
}
