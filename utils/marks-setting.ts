/**
 * Whether ClaimLint's inline marks are hidden on every page. Shown by default: the marks are how a gap is found
 * on the page; a user who finds them in the way turns them off from the popup.
 */
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';

export const MARKS_HIDDEN_KEY = 'marksHidden';
const marksHiddenSchema = z.boolean();

/** The stored value, with anything missing or corrupt read as "shown". */
export function parseMarksHidden(stored: unknown): boolean {
  const parsed = marksHiddenSchema.safeParse(stored);
  return parsed.success ? parsed.data : false;
}

/** True when the user has hidden the marks. */
export async function readMarksHidden(): Promise<boolean> {
  const stored = await browser.storage.local.get(MARKS_HIDDEN_KEY);
  return parseMarksHidden(stored[MARKS_HIDDEN_KEY]);
}

/** Hides or shows the marks in every tab; content scripts follow through storage.onChanged. */
export async function setMarksHidden(hidden: boolean): Promise<void> {
  await browser.storage.local.set({ [MARKS_HIDDEN_KEY]: hidden });
}
