// Popup state: the active tab's report (from its content script, via the background), settings, corpus status.
// `?tab=<id>` selects the tab explicitly (used by tests, which open the popup as a page).
import { useCallback, useEffect, useState } from 'react';
import { Popup } from '@/components/popup/Popup';
import { type CorpusStatus, type PageReport, type Settings, sendToBackground } from '@/lib/messaging';

async function activeTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function App() {
  const [report, setReport] = useState<PageReport | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<CorpusStatus | null>(null);

  const refresh = useCallback(async () => {
    const tabId = await activeTabId();
    const r = tabId === undefined ? null : await sendToBackground('getPageReport', { tabId }).catch(() => null);
    setReport(r);
    setNote(r ? null : 'Tamga does not run on this page (browser pages, or a tab opened before Tamga was installed: reload it).');
  }, []);

  useEffect(() => {
    void navigator.storage?.persist?.().catch(() => false);
    void sendToBackground('getSettings', {}).then(setSettings);
    void sendToBackground('status', {}).then(setStatus);
    void refresh();
  }, [refresh]);

  // Show the change at once (a checkbox must follow the click), then settle on what the background stored.
  const change = (optimistic: (s: Settings) => Settings, p: Promise<Settings>) => {
    setSettings((s) => (s ? optimistic(s) : s));
    void p.then((s) => {
      setSettings(s);
      // Content scripts apply the change asynchronously; ask again shortly after.
      setTimeout(() => void refresh(), 150);
    });
  };

  return (
    <Popup
      report={report}
      settings={settings}
      status={status}
      reportNote={note}
      onSite={(host, enabled) =>
        change(
          (s) => ({ ...s, disabledSites: enabled ? s.disabledSites.filter((h) => h !== host) : [...s.disabledSites, host] }),
          sendToBackground('setSiteEnabled', { host, enabled }),
        )
      }
      onGlobal={(enabled) => change((s) => ({ ...s, enabled }), sendToBackground('setEnabled', { enabled }))}
      onHighlightAll={(highlightAll) => change((s) => ({ ...s, highlightAll }), sendToBackground('setHighlightAll', { highlightAll }))}
    />
  );
}
