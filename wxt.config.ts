import { defineConfig } from 'wxt';

// The content script runs on every page the user opens, so its bundle renders the (React) card with
// preact/compat: 59 KB of script to compile per page instead of 259 KB. Extension pages keep React.
const PREACT_FOR_REACT = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

/** The content script (entrypoints/content-script): a WXT unlisted script, so WXT neither wraps it in a
 *  ContentScriptContext (which posts our extension id to every page) nor lists it; the manifest below does.
 *  Its files as WXT's build emits them: the script at the root, the stylesheet it imports under assets/. */
const CONTENT_SCRIPT = 'content-script';
const CONTENT_SCRIPT_FILES = { js: [`${CONTENT_SCRIPT}.js`], css: [`assets/${CONTENT_SCRIPT}.css`] };

export const EXTENSION_CSP = "script-src 'self'; object-src 'none'; connect-src 'self'; base-uri 'none'; form-action 'none'";

// Manifest is a function of the target browser: Chrome gets the side panel, Firefox (MV2) gets a sidebar.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  hooks: {
    'vite:build:extendConfig': (entries, config) => {
      if (!entries.every((e) => e.name === CONTENT_SCRIPT)) return;
      const alias = config.resolve?.alias;
      const existing = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [...PREACT_FOR_REACT, ...existing] };
    },
  },
  manifest: ({ browser }) => ({
    name: 'Tamga',
    description: 'Highlights officials named on news pages and shows their roles and past statements.',
    // "scripting" + http(s) hosts: the background injects the new content script into tabs already open after
    // an install or update (entrypoints/background/reinject.ts). The content script matches every http(s) page
    // anyway, so the install prompt is the same ("read and change your data on all http(s) sites").
    // Firefox MV2 has no "scripting" there: tabs.executeScript with the host permissions.
    permissions: ['storage', 'unlimitedStorage', ...(browser === 'firefox' ? [] : ['scripting'])],
    host_permissions: ['http://*/*', 'https://*/*'],
    content_scripts: [
      {
        matches: ['http://*/*', 'https://*/*'],
        all_frames: true,
        // At DOMContentLoaded, not after the page's images: names light up sooner; all work is sliced anyway.
        run_at: 'document_end',
        ...CONTENT_SCRIPT_FILES,
      },
    ],
    // Extension pages and the worker run only the extension's own scripts and may connect only to the
    // extension itself (the bundled pack): no remote code, no network, even if a bug tried (tests/e2e/hardening-csp.spec.ts).
    content_security_policy: browser === 'firefox' ? EXTENSION_CSP : { extension_pages: EXTENSION_CSP },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'tamga@example.org', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
