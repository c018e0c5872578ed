// Settings live in browser.storage.local, outside the database: what version 1 stored there must still be
// read as the user left it (tests/storage/fixtures/v1-settings.json), every field kept.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadDisplay, loadSettings, updateSettings, withSite } from '@/lib/storage';
import { loadUiSettings } from '@/lib/storage/ui-settings';
import v1 from './fixtures/v1-settings.json';

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set(structuredClone(v1.local));
});

describe('settings stored by version 1', () => {
  it('the switches parse to exactly what was stored', async () => {
    expect(await loadSettings()).toEqual(v1.local.settings);
  });

  it('the display settings parse to exactly what was stored, and the card reads its part of them', async () => {
    expect(await loadUiSettings()).toEqual(v1.local.uiSettings);
    const { highlightStyle, colour, hoverDelay } = v1.local.uiSettings;
    expect(await loadDisplay()).toEqual({ highlightStyle, colour, hoverDelay });
  });

  it('a change keeps the other stored fields', async () => {
    const next = await updateSettings((s) => withSite(s, 'blog.example', true));
    expect(next).toEqual({ ...v1.local.settings, disabledSites: ['news.example'] });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(next);
  });
});
