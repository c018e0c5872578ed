// The background's message handlers: one per message of lib/messaging's `toBackground`.
import { browser } from 'wxt/browser';
import type { MatchIndex } from '@/lib/match';
import { type BackgroundResults, type Handlers, type Settings, sendToTab, type toBackground } from '@/lib/messaging';
import { buildPageFilter, encodeFilter, type FilterMessage, indexKeys } from '@/lib/page/prefilter';
import { loadDisplay, loadSettings, updateSettings, withSite } from '@/lib/storage';
import type { OpenedCorpus } from './corpus';
import { requestPersistence } from './corpus';
import { PageMatchers } from './page-match';

type Action = {
  setBadgeText(d: { tabId?: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(d: { color: string }): Promise<void>;
};
// MV3 has `action`, Firefox MV2 `browserAction`.
const action = (): Action | undefined =>
  (browser as unknown as { action?: Action; browserAction?: Action }).action ??
  (browser as unknown as { browserAction?: Action }).browserAction;

/** Tell every tab, in all its frames; a tab without our content script (browser pages) just fails. */
async function broadcast(send: (tabId: number) => Promise<unknown>) {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((t) => (t.id === undefined ? undefined : send(t.id).catch(() => undefined))));
}

/** The options page saved display settings: tell every tab. */
export async function broadcastDisplay() {
  const display = await loadDisplay();
  await broadcast((tabId) => sendToTab(tabId, 'displayChanged', display, true));
}

const broadcastSettings = (settings: Settings) => broadcast((tabId) => sendToTab(tabId, 'settingsChanged', settings, true));

export function createHandlers(corpus: () => Promise<OpenedCorpus>): Handlers<typeof toBackground, BackgroundResults> {
  const changeSettings = async (change: (s: Settings) => Settings) => {
    const next = await updateSettings(change);
    void broadcastSettings(next);
    return next;
  };
  const pages = new PageMatchers(async (url) => {
    const { corpus: c } = await corpus();
    const [{ index }, hidden, settings] = await Promise.all([c.matchIndex(), c.hidden(url), loadSettings()]);
    return { index, hidden, settings };
  });
  // The pages' prefilter, derived once per index (a few KB for the shipped corpus, ≤ 128 KB for 10 000 people).
  let filter: { index: MatchIndex; filter: FilterMessage } | null = null;
  const pageFilter = async (): Promise<FilterMessage | null> => {
    try {
      const { index } = await (await corpus()).corpus.matchIndex();
      if (filter?.index !== index) filter = { index, filter: encodeFilter(buildPageFilter(indexKeys(index))) };
      return filter.filter;
    } catch (e) {
      console.warn('[tamga] page filter:', e);
      return null;
    }
  };
  return {
    async pageSetup({ url }) {
      const [settings, display] = await Promise.all([loadSettings(), loadDisplay()]);
      // no filter for a page the extension is off on: it would only cost the page the message
      const host = URL.canParse(url) ? new URL(url).hostname : '';
      const active = settings.enabled && !settings.disabledSites.includes(host);
      return { settings, display, filter: active ? await pageFilter() : null };
    },
    matchBlocks({ page, url, offset, text, lengths }) {
      const blocks: string[] = [];
      let at = 0;
      for (const n of lengths) {
        blocks.push(text.slice(at, at + n));
        at += n;
      }
      if (at !== text.length) throw new Error('block lengths do not add up to the text');
      return pages.match(page, url, offset, blocks);
    },
    resolvePage: ({ page }) => pages.resolve(page),
    async personCard({ personId }) {
      return (await corpus()).corpus.card(personId);
    },
    async pageReport(report, sender) {
      const tabId = sender.tab?.id;
      const a = action();
      if (tabId === undefined || !a) return null;
      await a.setBadgeBackgroundColor({ color: '#8a5a00' }).catch(() => undefined);
      await a.setBadgeText({ tabId, text: report.active && report.total > 0 ? String(Math.min(report.total, 999)) : '' });
      return null;
    },
    async getPageReport({ tabId }) {
      return sendToTab(tabId, 'tabPageReport', {}).catch(() => null);
    },
    getSettings: () => loadSettings(),
    setEnabled: ({ enabled }) => changeSettings((s) => ({ ...s, enabled })),
    setSiteEnabled: ({ host, enabled }) => changeSettings((s) => withSite(s, host, enabled)),
    setHighlightAll: ({ highlightAll }) => changeSettings((s) => ({ ...s, highlightAll })),
    async hideMention({ url, personId }) {
      pages.hide(url, personId);
      await (await corpus()).corpus.hide(url, personId);
      return null;
    },
    async openSidePanel({ personId }, sender) {
      // The side panel reads the requested person from session storage when it opens.
      await browser.storage.session?.set({ sidePanelPerson: { personId, at: Date.now() } }).catch(() => undefined);
      const sidePanel = (globalThis as unknown as { chrome?: { sidePanel?: { open(o: { tabId: number }): Promise<void> } } }).chrome
        ?.sidePanel;
      const tabId = sender.tab?.id;
      if (!sidePanel || tabId === undefined) return { opened: false, reason: 'no side panel in this browser' };
      try {
        await sidePanel.open({ tabId });
        return { opened: true };
      } catch (e) {
        // Chrome refuses sidePanel.open() without a user gesture reaching the background.
        return { opened: false, reason: e instanceof Error ? e.message : String(e) };
      }
    },
    async corpusChanged() {
      // Rebuild the index now (it follows the user layer), so the tabs' rescans find it ready.
      await (await corpus()).corpus.matchIndex();
      pages.clear();
      void broadcast((tabId) => sendToTab(tabId, 'corpusChanged', {}, true));
      return null;
    },
    revealPerson: ({ tabId, personId }) => sendToTab(tabId, 'revealPerson', { personId }),
    pageArticle: ({ tabId }) => sendToTab(tabId, 'pageArticle', {}),
    async status() {
      const { corpus: c, error } = await corpus();
      return { ...(await c.status()), persisted: await requestPersistence(), error };
    },
  };
}
