/**
 * The entry of the script `claimlint --render` runs inside the page: the content script's own scan (scanPage
 * with the site adapters for the page's URL: the snapshot and its documents' text), returned as plain data. The
 * documents are read in Node, as the background reads them (cli/render-page.ts). Bundled on demand by
 * cli/render-page.ts; it never runs in Node.
 */
import { scanPage } from '../utils/fields/scan-page';
import { adapterOverridesFor } from '../utils/fields/site-adapters';

(globalThis as typeof globalThis & { claimlintCollect?: () => unknown }).claimlintCollect = () => {
  const { snapshot, documents } = scanPage(document, { adapterOverrides: adapterOverridesFor(document.URL) });
  return { snapshot, documents };
};
