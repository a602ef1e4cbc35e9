/**
 * Saves a file the user asked for through a blob: link: no downloads permission is needed, and nothing leaves the
 * browser. Used by the popup (review JSON), the options page (rule packs, letter templates) and the letter page.
 */

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started from the URL by the next task; revoking it sooner can cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** The value as indented JSON. */
export function downloadJson(value: unknown, fileName: string): void {
  downloadBlob(new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' }), fileName);
}
