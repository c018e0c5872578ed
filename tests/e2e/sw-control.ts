// The extension's MV3 service worker, seen and stopped through the DevTools protocol: a page's session with
// the ServiceWorker domain (ServiceWorker.stopAllWorkers stops the extension's worker too; the browser session
// has no such method). Its running status comes from the domain's workerVersionUpdated events.
// No expect here: the benches use it too.
import type { BrowserContext, Page } from '@playwright/test';

interface Version {
  scriptURL: string;
  runningStatus: string;
}

export async function workerControl(context: BrowserContext, page: Page, extensionId: string) {
  const cdp = await context.newCDPSession(page);
  let status = 'unknown';
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions as Version[]) if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) status = v.runningStatus;
  });
  await cdp.send('ServiceWorker.enable');
  const until = async (want: string, timeout = 10_000) => {
    const end = Date.now() + timeout;
    while (status !== want) {
      if (Date.now() > end) throw new Error(`the service worker is ${status}, not ${want}, after ${timeout} ms`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  return {
    status: () => status,
    until,
    /** Stop the worker and wait until Chrome reports it stopped. */
    async stop() {
      await until('running');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await until('stopped');
    },
    detach: () => cdp.detach(),
  };
}
