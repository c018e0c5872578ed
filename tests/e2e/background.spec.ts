import { expect, test } from './fixtures';

test('the built extension loads and its background service worker is alive', async ({ context, extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const [sw] = context.serviceWorkers();
  const manifest = await sw!.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { getManifest(): { name: string } } } }).chrome.runtime.getManifest(),
  );
  expect(manifest.name).toBe('Tamga');
});
