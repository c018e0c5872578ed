// Wiring of one page (or frame): settings, scan and highlight (matching happens in the background), cards on
// hover or keyboard, the popup's report (top frame only), the user's switches, and the end of this instance
// (lib/page/lifecycle.ts: the extension reloaded, updated or removed).

import {
  DEFAULT_DISPLAY,
  type Display,
  listenInTab,
  PAGE_HTML_MAX,
  type PageArticle,
  type PageReport,
  type PersonCardData,
  type Settings,
  sendToBackground,
} from '@/lib/messaging';
import { adoptHighlightStyles, applyDisplay, removeDisplay } from '@/lib/page/display';
import { HoverController } from '@/lib/page/hover';
import type { Lifecycle } from '@/lib/page/lifecycle';
import { checkFilter, mayName, type PageFilter } from '@/lib/page/prefilter';
import { type Mark, type PageMatcher, PageScanner } from '@/lib/page/scanner';
import { CardUi } from './card-ui';
import highlightDefaults from './style.css?inline';

const pageUrl = () => location.href.split('#')[0]!;
const siteActive = (s: Settings) => s.enabled && !s.disabledSites.includes(location.hostname);
const newToken = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;

/** The service worker went away with the request (stopped by the browser while it was on its way or being
 *  answered): the next message starts a new worker. */
const TRANSIENT = /Receiving end does not exist|message (port|channel) closed before a response/i;
const RETRY_MS = [50, 250, 1_000];

/** sendToBackground while this instance lives; once it has ended, a request that never settles (nothing
 *  more reaches the background, and no "Extension context invalidated" error reaches the page's console).
 *  A request lost with a stopped service worker is sent again (a few times): every request is answerable by a
 *  new worker (a page's matcher state is recreated there from the request itself). */
function guardedSend(life: Lifecycle): typeof sendToBackground {
  const never = () => new Promise<never>(() => undefined);
  return async (name, params) => {
    for (let attempt = 0; ; attempt++) {
      if (!life.ensure()) return never();
      try {
        return await sendToBackground(name, params);
      } catch (e) {
        if (!life.alive()) return never();
        if (attempt >= RETRY_MS.length || !TRANSIENT.test(e instanceof Error ? e.message : String(e))) throw e;
        await new Promise((r) => setTimeout(r, RETRY_MS[attempt]));
      }
    }
  };
}

/** The page's matcher, in the background: a token names this page's state there. */
function backgroundMatcher(send: typeof sendToBackground): PageMatcher {
  let page = newToken();
  let sent = 0;
  return {
    reset() {
      page = newToken();
      sent = 0;
    },
    match(blocks) {
      const offset = sent;
      sent += blocks.length;
      return send('matchBlocks', { page, url: pageUrl(), offset, text: blocks.join(''), lengths: blocks.map((b) => b.length) });
    },
    resolve: () => send('resolvePage', { page }),
  };
}

/** The document for "add this page": a clone (the side panel's Readability mutates what it reads), without
 *  our own card, scripts and styles, serialised. Refused beyond PAGE_HTML_MAX rather than cut mid-markup. */
export function pageArticle(ownUi: Element | null): PageArticle {
  const clone = document.cloneNode(true) as Document;
  const own = ownUi?.localName;
  for (const el of clone.querySelectorAll(`script, style, noscript, template, iframe${own ? `, ${own}` : ''}`)) el.remove();
  const html = clone.documentElement.outerHTML;
  if (html.length > PAGE_HTML_MAX) throw new Error(`page too large (${Math.round(html.length / 1e6)} MB)`);
  return { url: pageUrl(), title: document.title, html };
}

export async function runPage(life: Lifecycle) {
  const send = guardedSend(life);
  const topFrame = window === window.top;
  let settings: Settings;
  let display: Display;
  let filter: PageFilter | null = null;
  try {
    const setup = await send('pageSetup', { url: pageUrl() });
    ({ settings, display } = setup);
    filter = checkFilter(setup.filter);
  } catch (e) {
    console.warn('[tamga] background unavailable:', e);
    life.end();
    return;
  }
  const cards = new Map<string, Promise<PersonCardData | null>>();
  const settled = new Set<string>();
  const loadCard = (personId: string) => {
    let p = cards.get(personId);
    if (!p) {
      p = send('personCard', { personId });
      p.then(
        () => settled.add(personId),
        () => cards.delete(personId),
      );
      cards.set(personId, p);
    }
    return p;
  };
  let running = false;
  let hover: { controller: HoverController; abort: AbortController } | null = null;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;

  const card: CardUi = new CardUi({
    card: loadCard,
    loaded: (personId) => settled.has(personId),
    openSidePanel: (personId) => send('openSidePanel', { personId }),
    hide(personId) {
      scanner.removePerson(personId);
      void send('hideMention', { url: pageUrl(), personId }).catch((e) => console.warn('[tamga]', e));
    },
    onPointerEnter: () => hover?.controller.enteredCard(),
    onClosed: () => scanner.setActive(null),
  });

  const isOwnUi = (el: EventTarget | null) => card.isHost(el);

  const scanner = new PageScanner({
    matcher: backgroundMatcher(send),
    isOwnUi: (el) => card.isHost(el),
    mayName: (text) => (filter ? mayName(filter, text) : /\p{Lu}/u.test(text)),
    onShadowRoot: (root) => adoptHighlightStyles(root, highlightDefaults),
    onMarksChanged() {
      // highlights on the page: watch for the extension going away, to take them back (lib/page/lifecycle.ts)
      life.hold();
      clearTimeout(reportTimer);
      reportTimer = setTimeout(sendReport, 250);
    },
  });

  /** The badge counts the top document's names (a frame's report would replace the page's). */
  function sendReport() {
    if (topFrame) void send('pageReport', report()).catch(() => undefined);
  }
  function report(): PageReport {
    const groups = new Map<string, PageReport['people'][number]>();
    const marks = running ? scanner.marks : [];
    for (const m of marks) {
      const key = m.personId ?? `?${m.candidates.join('|')}`;
      const g = groups.get(key);
      if (g) g.count++;
      else groups.set(key, { personId: m.personId, name: m.name || m.surface, official: m.kind === 'official', count: 1 });
    }
    const people = [...groups.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    return { url: pageUrl(), host: location.hostname, active: running, people, total: marks.length };
  }
  function open(mark: Mark, via: 'pointer' | 'keyboard') {
    life.hold();
    scanner.setActive(mark);
    void card.open(mark, via);
  }

  function apply(next: Settings) {
    const rescan = running && next.highlightAll !== settings.highlightAll;
    settings = next;
    const active = siteActive(settings);
    if (active && !running) {
      running = true;
      scanner.start();
      const abort = new AbortController();
      const controller = new HoverController({
        markAt: (x, y) => scanner.markAt(x, y),
        marks: () => scanner.marks,
        isOwnUi,
        open,
        prefetch: (mark) => {
          for (const id of mark.personId ? [mark.personId] : mark.candidates) void loadCard(id).catch(() => undefined);
        },
        close: () => card.close(),
        openMark: () => card.openMark(),
        pinned: () => card.pinned(),
        reposition: (rect) => card.reposition(rect),
      });
      controller.dwellMs = display.hoverDelay;
      controller.attach(abort.signal);
      hover = { controller, abort };
    } else if (!active && running) {
      running = false;
      hover?.abort.abort();
      hover = null;
      card.close();
      scanner.stop();
      scanner.setActive(null);
      sendReport();
    } else if (rescan) {
      card.close();
      scanner.rescan();
    }
  }

  const unlisten = listenInTab({
    tabPageReport: () => report(),
    revealPerson: ({ personId }) => !!hover?.controller.next((m) => m.personId === personId),
    pageArticle: () => pageArticle(card.host),
    async corpusChanged() {
      cards.clear();
      settled.clear();
      // new people: a new prefilter (without it, every block with a capital letter is sent)
      const setup = await send('pageSetup', { url: pageUrl() }).catch(() => null);
      filter = checkFilter(setup?.filter);
      if (running) {
        card.close();
        scanner.rescan();
      }
      return null;
    },
    async settingsChanged(next) {
      // switched on here: the prefilter was not sent while the extension was off on this site
      if (!filter && siteActive(next)) filter = checkFilter((await send('pageSetup', { url: pageUrl() }).catch(() => null))?.filter);
      apply(next);
      return null;
    },
    displayChanged(next) {
      display = next;
      if (hover) hover.controller.dwellMs = next.hoverDelay;
      applyDisplay(next);
      return null;
    },
  });
  // WXT's ctx is not used (its onInvalidated can be fired by the page): lib/page/lifecycle.ts decides.
  life.onInvalidated(() => {
    running = false;
    clearTimeout(reportTimer);
    hover?.abort.abort();
    hover = null;
    try {
      unlisten();
    } catch {
      // the runtime of an invalidated context may throw here; its listeners are dead anyway
    }
    card.destroy();
    removeDisplay();
    // only this instance's ranges: a newer instance may already have registered the same highlight names
    scanner.dispose();
  });
  if (display.highlightStyle !== DEFAULT_DISPLAY.highlightStyle || display.colour !== DEFAULT_DISPLAY.colour) applyDisplay(display);
  apply(settings);
  if (!running) sendReport();
}
