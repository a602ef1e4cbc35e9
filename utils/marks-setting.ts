/**
 * Whether ClaimLint's inline marks are hidden on every page. Shown by default: the marks are how a gap is found
 * on the page; a user who finds them in the way turns them off from the popup, and every tab follows.
 */
import * as z from 'zod/mini';
import { defineSetting } from './define-setting';

export const marksHidden = defineSetting('local:marksHidden', { schema: z.boolean(), fallback: false });
