// The display settings (lib/research/ui-settings) in browser.storage.local, shared by the side panel, the
// options page and (when wired) the content script; a change anywhere reaches the others via onChanged.
import { browser } from 'wxt/browser';
import { parseUiSettings, UI_SETTINGS_KEY, type UiSettings } from '../research/ui-settings';

export async function loadUiSettings(): Promise<UiSettings> {
  return parseUiSettings((await browser.storage.local.get(UI_SETTINGS_KEY))[UI_SETTINGS_KEY]);
}

export async function saveUiSettings(s: UiSettings): Promise<void> {
  await browser.storage.local.set({ [UI_SETTINGS_KEY]: s });
}

/** Call `cb` with the settings now and after every change; returns the unsubscribe function. */
export function watchUiSettings(cb: (s: UiSettings) => void): () => void {
  void loadUiSettings().then(cb);
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[UI_SETTINGS_KEY]) cb(parseUiSettings(changes[UI_SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
