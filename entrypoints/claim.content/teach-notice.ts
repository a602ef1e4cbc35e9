/** How long the notice stays: long enough to read two lines. */
const SHOW_MS = 7000;

/**
 * A short notice in ClaimLint's own shadow layer, for when the user asked to teach a field ClaimLint cannot point
 * at: they are told why instead of nothing happening. Text only; it removes itself.
 */
export function showTeachNotice(doc: Document, text: string): void {
  doc.querySelectorAll('claimlint-notice').forEach((old) => old.remove());
  const host = doc.createElement('claimlint-notice');
  host.setAttribute('data-claimlint-ui', '');
  const root = host.attachShadow({ mode: 'open' });
  const box = doc.createElement('div');
  box.setAttribute('role', 'status');
  box.textContent = text;
  for (const [property, value] of Object.entries({
    position: 'fixed', bottom: '16px', right: '16px', 'max-width': '360px', padding: '10px 12px', 'z-index': '2147483647',
    background: '#202124', color: '#fff', 'border-radius': '6px', font: '13px/1.4 system-ui, sans-serif',
    'box-shadow': '0 2px 8px rgba(0,0,0,.3)', 'pointer-events': 'none',
  })) box.style.setProperty(property, value, 'important');
  root.append(box);
  doc.documentElement.append(host);
  setTimeout(() => host.remove(), SHOW_MS);
}
