import { defineConfig } from 'wxt';

// Manifest is a function of the target browser: Chrome gets the side panel, Firefox (MV2) gets a sidebar.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Tamga',
    description: 'Highlights officials named on news pages and shows their roles and past statements.',
    permissions: ['storage', 'unlimitedStorage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'tamga@example.org', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
