import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { BUNDLED_CHECKLIST_DATA } from './rules/checklists/bundled-data';
import { noRawHtml } from './scripts/support/no-raw-html';
import { BUNDLED_ADAPTER_DATA } from './utils/fields/site-adapters';

// Development and test builds (`wxt`, `wxt build --mode test`) run automatically on local pages so the demo and
// the end-to-end tests can check served sample pages without a click. Store builds ask for no host
// permission at install: the user checks a page with the toolbar button (activeTab) or grants a site later.
const localMatches = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  vite: () => ({ plugins: [preact(), noRawHtml()] }),
  hooks: {
    // The bundled checklists and site adapters as packaged data files, loaded by the background on first use
    // (utils/checklists-loader.ts, utils/site-adapters-loader.ts), so neither the service worker's script nor the
    // content script carries them.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: 'data/checklists.json', contents: JSON.stringify(BUNDLED_CHECKLIST_DATA) });
      files.push({ relativeDest: 'data/site-adapters.json', contents: JSON.stringify(BUNDLED_ADAPTER_DATA) });
    },
  },
  // The Firefox sources zip is the source; the command line's bundle (dist/cli, built at install) is output.
  zip: { excludeSources: ['dist/**'] },
  manifest: ({ mode, browser }) => {
    const devLocal = mode !== 'production';
    return {
      name: 'ClaimLint',
      description: 'Finds what a claim or its documentation is missing for medical necessity, before you submit.',
      permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
      optional_host_permissions: ['https://*/*', 'http://*/*'],
      host_permissions: devLocal ? localMatches : [],
      action: { default_title: 'ClaimLint: check this page' },
      content_security_policy: {
        extension_pages: "script-src 'self'; object-src 'self'",
      },
      // An IT admin sets defaults for every seat through Chrome policy; Firefox reads policies.json's "3rdparty"
      // section for the extension id without a schema in the manifest.
      ...(browser !== 'firefox' && { storage: { managed_schema: 'managed-schema.json' } }),
      ...(browser === 'firefox' && { browser_specific_settings: {
        gecko: {
          id: 'claimlint@claimlint.dev',
          // Firefox's built-in data consent (data_collection_permissions) works from 140 on desktop, 142 on Android.
          // ClaimLint is desktop-only (Android has no context menus, which the background sets up at start), so
          // there is no gecko_android key and AMO does not offer it there; addons-linter still judges Android by
          // this floor, hence 142. The cost: Firefox ESR 140 cannot install it.
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      } }),
    };
  },
});
