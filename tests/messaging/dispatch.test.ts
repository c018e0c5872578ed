import { describe, expect, it } from 'vitest';
import { dispatch, type Handlers, toBackground } from '@/lib/messaging';
import type { BackgroundResults } from '@/lib/messaging/protocol';

const SELF = 'self-extension-id';
const env = (name: string, params: unknown) => ({ tag: 'tamga/1', name, params });
const fromTab = { id: SELF, tab: { id: 7 }, url: 'https://news.example/' };
const fromPopup = { id: SELF, url: `chrome-extension://${SELF}/popup.html` };
const fromPanel = { id: SELF, url: `chrome-extension://${SELF}/sidepanel.html?tab=3` };
const fromLookAlike = { id: SELF, tab: { id: 4 }, url: `https://evil.example/chrome-extension://${SELF}/` };

const handlers = new Proxy({} as Handlers<typeof toBackground, BackgroundResults>, {
  get: (_t, name) => (params: unknown, sender: { tab?: { id?: number } }) => ({ name, params, tab: sender.tab?.id ?? null }),
});

const run = (message: unknown, sender: { id?: string; tab?: { id?: number }; url?: string }) =>
  dispatch(toBackground, handlers, message, sender, 'background', SELF);

describe('dispatch (background side)', () => {
  it.each([
    ['valid message from a content script', env('personCard', { personId: 'p1' }), fromTab, true],
    ['valid message from an extension page', env('personCard', { personId: 'p1' }), fromPopup, true],
    ['another extension', env('personCard', { personId: 'p1' }), { id: 'other', tab: { id: 1 } }, false],
    ['no sender id (web page)', env('personCard', { personId: 'p1' }), { tab: { id: 1 } }, false],
    ['unknown message', env('dropDatabase', {}), fromTab, false],
    ['params of the wrong type', env('personCard', { personId: 42 }), fromTab, false],
    ['missing params', env('hideMention', { url: 'https://x/' }), fromTab, false],
    ['empty id', env('personCard', { personId: '' }), fromTab, false],
    ['content-script-only message from the popup', env('hideMention', { url: 'https://x/', personId: 'p' }), fromPopup, false],
    ['content-script-only message from a tab', env('hideMention', { url: 'https://x/', personId: 'p' }), fromTab, true],
    ['prototype key as a name', env('constructor', {}), fromTab, false],
    ['extension-page-only message from the side panel', env('pageArticle', { tabId: 3 }), fromPanel, true],
    [
      'extension-page-only message from the panel opened as a tab',
      env('pageArticle', { tabId: 3 }),
      { ...fromPanel, tab: { id: 9 } },
      true,
    ],
    ['extension-page-only message from a content script', env('pageArticle', { tabId: 3 }), fromTab, false],
    ['extension-page-only message from a page on a look-alike URL', env('revealPerson', { tabId: 3, personId: 'p' }), fromLookAlike, false],
    ['reveal from the side panel', env('revealPerson', { tabId: 3, personId: 'p' }), fromPanel, true],
    ['reveal with an empty person id', env('revealPerson', { tabId: 3, personId: '' }), fromPanel, false],
    ['reveal with a fractional tab id', env('revealPerson', { tabId: 3.5, personId: 'p' }), fromPanel, false],
    ['corpus changed from a content script', env('corpusChanged', {}), fromTab, false],
    ['corpus changed from the side panel', env('corpusChanged', {}), fromPanel, true],
    ["another tab's report asked by a content script", env('getPageReport', { tabId: 3 }), fromTab, false],
  ])('%s', async (_name, message, sender, ok) => {
    const r = await run(message, sender);
    expect(r?.ok).toBe(ok);
  });

  it('ignores messages that are not ours', async () => {
    expect(await run({ type: 'something-else' }, fromTab)).toBeUndefined();
    expect(await run('text', fromTab)).toBeUndefined();
  });

  it('passes the validated params and sender to the handler', async () => {
    const r = await run(env('openSidePanel', { personId: 'p9' }), fromTab);
    expect(r).toEqual({ ok: true, value: { name: 'openSidePanel', params: { personId: 'p9' }, tab: 7 } });
  });

  it('turns a throwing handler into an error result', async () => {
    const failing = { ...handlers, personCard: () => Promise.reject(new Error('boom')) } as Handlers<
      typeof toBackground,
      BackgroundResults
    >;
    const r = await dispatch(toBackground, failing, env('personCard', { personId: 'p' }), fromTab, 'background', SELF);
    expect(r).toEqual({ ok: false, error: 'boom' });
  });
});
