// Background: opens the corpus (importing the shipped pack when needed) and answers the message protocol.
// Handlers are registered synchronously so that a message waking the service worker is not lost.
import { listenInBackground } from '@/lib/messaging';
import { LIFE_PORT } from '@/lib/page/lifecycle';
import { DISPLAY_KEYS } from '@/lib/storage';
import { type OpenedCorpus, openCorpus, requestPersistence } from './corpus';
import { broadcastDisplay, createHandlers } from './handlers';
import { reinjectContentScripts } from './reinject';

export default defineBackground(() => {
  // Build (or load) the match index as soon as the corpus is open, so the first page does not wait for it.
  // The performance marks time a (cold) start from the worker's time origin (bench browser, part coldstart).
  const warm = (o: OpenedCorpus) => {
    performance.mark('tamga:corpus-open');
    void o.corpus
      .matchIndex()
      .then(() => performance.mark('tamga:match-index-ready'))
      .catch((e) => console.warn('[tamga] match index:', e));
    return o;
  };
  let opened: Promise<OpenedCorpus> = openCorpus(false).then(warm);
  listenInBackground(createHandlers(() => opened));
  // Content scripts hold a port so that they learn at once when this extension goes away (reload, update,
  // removal): it disconnects. Nothing is sent on it; an idle worker still stops (the port reopens lazily).
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== LIFE_PORT) port.disconnect();
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && DISPLAY_KEYS.some((k) => k in changes)) void broadcastDisplay();
  });
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install' && reason !== 'update') return;
    // Both paths import inside one transaction that re-checks the pack hash, so this cannot double-import.
    opened = opened.then(() => openCorpus(true)).then(warm);
    void requestPersistence();
    // Open tabs: the new content script takes over from the old one (or starts, on a first install).
    void reinjectContentScripts();
  });
});
