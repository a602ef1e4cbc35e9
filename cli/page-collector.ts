/**
 * The entry of the script `claimlint --render` runs inside the page: the content script's own field collection
 * (takeSnapshot with the site adapters for the page's URL), returned as plain data. Bundled on demand by
 * cli/render-page.ts; it never runs in Node.
 */
import { takeSnapshot } from '../utils/fields/read-page';
import { adapterOverridesFor } from '../utils/fields/site-adapters';

(globalThis as typeof globalThis & { claimlintCollect?: () => unknown }).claimlintCollect = () =>
  takeSnapshot(document, { adapterOverrides: adapterOverridesFor(document.URL) });
