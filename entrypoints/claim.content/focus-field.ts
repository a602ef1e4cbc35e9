/** Brings a field into view and gives it focus, without touching its value or selection. */
export function focusField(element: Element): void {
  element.scrollIntoView({ block: 'center', inline: 'nearest' });
  if (element instanceof HTMLElement) element.focus({ preventScroll: true });
}
