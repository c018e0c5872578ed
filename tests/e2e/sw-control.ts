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
  /** Every status reported, in order: a state can be brief (a request restarts a stopped worker at once). */
  const history: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions as Version[])
      if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) {
        status = v.runningStatus;
        history.push(status);
      }
  });
  await cdp.send('ServiceWorker.enable');
  /** Until the worker is (or has been, since `from` in the history) in the state `want`. */
  const until = async (want: string, timeout = 10_000, from = history.length) => {
    const end = Date.now() + timeout;
    while (status !== want && !history.slice(from).includes(want)) {
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
      const from = history.length;
      await cdp.send('ServiceWorker.stopAllWorkers');
      await until('stopped', 10_000, from);
    },
    detach: () => cdp.detach(),
  };
}
