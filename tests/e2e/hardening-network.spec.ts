// No network requests anywhere: pages with names, a hover card, the popup, the side panel and the options
// page make no request that leaves 127.0.0.1 or the extension. Two detectors: Playwright's request events
// (pages, extension pages, and the service worker where Playwright reports it) and an HTTP proxy every
// non-loopback request of the whole browser goes through (the service worker included). A deliberate
// request from the page shows the detectors work.

import { cardShown } from './card-probe';
import { expect, PAGES, test } from './fixtures';
import { launch, recordingProxy } from './hardening-helpers';
import { hoverHighlight, serviceWorker, waitForHighlights } from './helpers';

const CONTROL = 'tamga-control.invalid';
// Chromium's own services (sign-in, autofill, component updates, metrics) would also use the proxy.
const QUIET = [
  '--disable-features=AutofillServerCommunication,OptimizationHintsFetching,OptimizationGuideModelDownloading,MediaRouter,Translate,CertificateTransparencyComponentUpdater,SigninInterceptBubble,AccountConsistency',
  '--disable-domain-reliability',
  '--no-pings',
  '--disable-client-side-phishing-detection',
  '--disable-default-apps',
  '--metrics-recording-only',
  '--safebrowsing-disable-auto-update',
];
// What this Chromium still asks for on its own with those flags (the extension cannot reach these hosts
// unnoticed: its requests also show up as request events, which must all stay local).
const BROWSER_OWN =
  /^(CONNECT )?(https?:\/\/)?(accounts\.google\.com|update\.googleapis\.com|clients\d?\.google\.com|content-autofill\.googleapis\.com)[:/]/;

test('the extension makes no network request outside the extension and the local test server', async () => {
  test.setTimeout(90_000);
  const proxy = await recordingProxy();
  const context = await launch([`--proxy-server=http://127.0.0.1:${proxy.port}`, ...QUIET]);
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  try {
    const sw = await serviceWorker(context);
    const id = new URL(sw.url()).host;
    const allowed = (url: string) =>
      url.startsWith(`${PAGES}/`) || url.startsWith(`chrome-extension://${id}/`) || /^(data|blob|about):/.test(url);

    const page = await context.newPage();
    await page.goto(`${PAGES}/news.html`);
    await waitForHighlights(page, 'Садыр Жапаров');
    await hoverHighlight(page, 'Садыр Жапаров', '#nom');
    await expect.poll(() => cardShown(page)).toBe(true);
    const latin = await context.newPage();
    await latin.goto(`${PAGES}/latin.html`);
    await waitForHighlights(latin);

    for (const p of ['popup.html', 'sidepanel.html', `sidepanel.html?q=${encodeURIComponent('Жапаров')}`, 'options.html']) {
      const ext = await context.newPage();
      await ext.goto(`chrome-extension://${id}/${p}`);
      await ext.waitForLoadState('networkidle');
      await ext.close();
    }
    await page.waitForTimeout(500);

    const leaks = requests.filter((u) => !allowed(u));
    expect(leaks).toEqual([]);
    expect(proxy.seen.filter((u) => !BROWSER_OWN.test(u))).toEqual([]);
    // The service worker's own fetch of the bundled pack is among the recorded requests: they cover it.
    expect(requests.some((u) => u === `chrome-extension://${id}/corpus/shipped-pack.json`)).toBe(true);

    // Control: a request the page itself makes is seen by both detectors.
    await page.evaluate((host) => {
      new Image().src = `http://${host}/pixel.png`;
    }, CONTROL);
    await expect.poll(() => proxy.seen.filter((u) => u.includes(CONTROL)).length).toBeGreaterThan(0);
    expect(requests.filter((u) => !allowed(u)).every((u) => u.includes(CONTROL))).toBe(true);
    expect(proxy.seen.filter((u) => !BROWSER_OWN.test(u)).every((u) => u.includes(CONTROL))).toBe(true);
  } finally {
    await context.close();
    await proxy.close();
  }
});
