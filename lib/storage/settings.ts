// The user's settings in browser.storage.local (small, synced to every extension context, survives updates).
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { DEFAULT_DISPLAY, DEFAULT_SETTINGS, type Display, type Settings, SettingsSchema } from '../messaging/protocol';
import { UI_SETTINGS_KEY } from '../research/ui-settings';
import { loadUiSettings } from './ui-settings';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  const r = v.safeParse(SettingsSchema, { ...DEFAULT_SETTINGS, ...(stored && typeof stored === 'object' ? stored : {}) });
  return r.success ? r.output : { ...DEFAULT_SETTINGS };
}

export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings());
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

export const siteActive = (s: Settings, host: string) => s.enabled && !s.disabledSites.includes(host);

export function withSite(s: Settings, host: string, enabled: boolean): Settings {
  const others = s.disabledSites.filter((h) => h !== host);
  return { ...s, disabledSites: enabled ? others : [...others, host].sort() };
}

/** The display part of the options page's settings, once the user saved them; the card's defaults before. */
export async function loadDisplay(): Promise<Display> {
  const stored = (await browser.storage.local.get(UI_SETTINGS_KEY))[UI_SETTINGS_KEY];
  if (!stored) return { ...DEFAULT_DISPLAY };
  const ui = await loadUiSettings();
  return { highlightStyle: ui.highlightStyle, colour: ui.colour, hoverDelay: ui.hoverDelay };
}

export const DISPLAY_KEYS = [UI_SETTINGS_KEY];
