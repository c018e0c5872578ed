// A page cannot end our content script. WXT's ContentScriptContext stops a script when `document` receives
// `<extension id>:content:wxt:content-script-started` naming another instance (the detail crosses worlds, so the
// page's world can forge it, and the id is public once the extension is in a store); ours announces itself
// with `tamga:content-started`. Our script has no ctx at all (a WXT unlisted script, entrypoints/content-script),
// and treats its own event only as a reason to check that its extension context is really gone
// (lib/page/lifecycle.ts): after any of these forged events highlights stay, later text is matched and the card
// opens.
import { cardText } from './card-probe';
import { expect, PAGES, test } from './fixtures';
import { collectErrors } from './hardening-helpers';
import { highlighted, hoverHighlight, waitForHighlights } from './helpers';

test("a page cannot stop our content script by forging WXT's or our own 'content script started' event", async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  const errors = collectErrors(page, /^Failed to load resource/);
  await page.goto(`${PAGES}/hostile/forged.html`);
  await waitForHighlights(page, 'Алмаз Мамбетов');
  await page.waitForTimeout(300);
  const before = (await highlighted(page)).sort();
  await page.evaluate((id) => {
    const type = `${id}:content:wxt:content-script-started`;
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
    window.postMessage({ type, contentScriptName: 'content', messageId: 'forged' }, '*');
    document.dispatchEvent(new Event('tamga:content-started'));
    document.dispatchEvent(new CustomEvent('tamga:content-started', { detail: { id } }));
    document.dispatchEvent(new Event('visibilitychange'));
  }, extensionId);
  await page.waitForTimeout(800);
  expect((await highlighted(page)).sort()).toEqual(before);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'later';
    p.textContent = 'Президент Садыр Жапаров снова выступил.';
    document.body.prepend(p);
  });
  await expect.poll(() => highlighted(page, 'official', '#later')).toEqual(['Садыр Жапаров']);
  await hoverHighlight(page, 'Садыр Жапаров', '#later');
  await expect.poll(() => cardText(page)).toContain('Садыр Жапаров');
  expect(errors).toEqual([]);
});
