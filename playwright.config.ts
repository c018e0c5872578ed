import { defineConfig } from '@playwright/test';

export const PAGES_PORT = Number(process.env.TAMGA_PAGES_PORT ?? 4517);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  outputDir: 'reports/playwright-artifacts',
  webServer: {
    command: `node tests/e2e/server.mjs ${PAGES_PORT}`,
    url: `http://127.0.0.1:${PAGES_PORT}/health`,
    reuseExistingServer: !process.env.CI,
  },
});
