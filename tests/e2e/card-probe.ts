// The hover card lives in a CLOSED shadow root: neither the page nor Playwright's locators can see into it. The
// tests read it as our content script can, from its isolated world: a CDP session finds the execution context
// Chromium made for the extension in the page's main frame (auxData.type 'isolated', the extension's origin)
// and evaluates there, where chrome.dom.openOrClosedShadowRoot(host) opens the card's root.
// No expect here: the benches use it too (tests/e2e/helpers.ts has the waiting helpers).
import type { CDPSession, Page } from '@playwright/test';

/** What a probe function gets, in the content script's world. */
export interface CardScope {
  /** Our host element (a direct child of <html> named tamga-card-…), or null before the first card. */
  host: HTMLElement | null;
  /** Its closed shadow root. */
  root: ShadowRoot | null;
  /** The text an element shows: text nodes and the card's generated text (data-text), whitespace collapsed. */
  text(el: Element): string;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface ExecutionContext {
  id: number;
  name: string;
  origin: string;
  auxData?: { type?: string; frameId?: string };
}

interface Probe {
  session: CDPSession;
  mainFrame: string;
  contexts: Map<number, ExecutionContext>;
}

const probes = new WeakMap<Page, Promise<Probe>>();

async function attach(page: Page): Promise<Probe> {
  const session = await page.context().newCDPSession(page);
  const contexts = new Map<number, ExecutionContext>();
  session.on('Runtime.executionContextCreated', ({ context }) => contexts.set(context.id, context as ExecutionContext));
  session.on('Runtime.executionContextDestroyed', ({ executionContextId }) => contexts.delete(executionContextId));
  session.on('Runtime.executionContextsCleared', () => contexts.clear());
  const { frameTree } = await session.send('Page.getFrameTree');
  await session.send('Runtime.enable');
  return { session, mainFrame: frameTree.frame.id, contexts };
}

const probeOf = (page: Page) => {
  let p = probes.get(page);
  if (!p) {
    p = attach(page);
    probes.set(page, p);
  }
  return p;
};

/** The newest isolated world of a chrome-extension:// origin in the main frame: our content script's. */
async function contentWorld(page: Page, timeout = 10_000): Promise<{ probe: Probe; id: number }> {
  const probe = await probeOf(page);
  const end = Date.now() + timeout;
  for (;;) {
    const ids = [...probe.contexts.values()]
      .filter((c) => c.auxData?.type === 'isolated' && c.auxData.frameId === probe.mainFrame && c.origin.startsWith('chrome-extension://'))
      .map((c) => c.id);
    if (ids.length) return { probe, id: Math.max(...ids) };
    if (Date.now() > end) throw new Error('no content script world in the main frame');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Evaluates `fn(arg)` in the content script's isolated world (a self-contained function, as for page.evaluate). */
export async function inContentScript<T, A = undefined>(page: Page, fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> {
  const { probe, id } = await contentWorld(page);
  const r = await probe.session.send('Runtime.evaluate', {
    contextId: id,
    // tsx (esbuild keepNames) wraps named functions in __name(): give the expression a no-op one.
    expression: `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg ?? null)}); })()`,
    awaitPromise: true,
    returnByValue: true,
  });
  if (r.exceptionDetails) throw new Error(`in the content script: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
  return r.result.value as T;
}

/** Evaluates `fn(card, arg)` with the card's host and closed root (see CardScope). */
export function inCard<T, A = undefined>(page: Page, fn: (card: CardScope, arg: A) => T, arg?: A): Promise<T> {
  return inContentScript(
    page,
    new Function(
      'a',
      `const host = [...document.documentElement.children].find((e) => e.localName.startsWith('tamga-card-') && chrome.dom.openOrClosedShadowRoot(e)) ?? null;
      const root = host ? chrome.dom.openOrClosedShadowRoot(host) : null;
      const text = (el) => {
        let s = '';
        const walk = (n) => {
          if (n.nodeType === 3) s += n.data;
          else if (n.nodeType === 1) {
            if (n.classList.contains('t')) s += n.getAttribute('data-text') ?? '';
            for (const c of n.childNodes) walk(c);
          }
        };
        walk(el);
        return s.replace(/\\s+/g, ' ').trim();
      };
      return (${fn.toString()})({ host, root, text }, a);`,
    ) as (a: A) => T,
    arg,
  );
}

/** How many cards are rendered (0 once closed, as before the first hover). */
export const cardCount = (page: Page) => inCard(page, ({ root }) => root?.querySelectorAll('section.card').length ?? 0);

/** Whether the card is rendered and visible (placed: it stays hidden until measured). */
export const cardShown = (page: Page) =>
  inCard(page, ({ root }) => {
    const card = root?.querySelector('section.card');
    if (!card) return false;
    const r = card.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && card.checkVisibility({ visibilityProperty: true });
  });

/** The text the first element matching `selector` shows in the card ('' when there is none). */
export const cardText = (page: Page, selector = 'section.card') =>
  inCard(
    page,
    ({ root, text }, selector) => {
      const el = root?.querySelector(selector);
      return el ? text(el) : '';
    },
    selector,
  );

/** The text of every element matching `selector` in the card. */
export const cardTexts = (page: Page, selector: string) =>
  inCard(page, ({ root, text }, selector) => [...(root?.querySelectorAll(selector) ?? [])].map((el) => text(el)), selector);

/** The card's buttons by accessible name (aria-label, else their text). */
export const cardButtons = (page: Page) =>
  inCard(page, ({ root, text }) => [...(root?.querySelectorAll('button') ?? [])].map((b) => b.getAttribute('aria-label') ?? text(b)));

/** The viewport box of the first element matching `selector` in the card, or null. */
export const cardBox = (page: Page, selector = 'section.card') =>
  inCard(
    page,
    ({ root }, selector): Box | null => {
      const el = root?.querySelector(selector);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    },
    selector,
  );

/** Where to click the button with this accessible name: its centre once scrolled into the card's view, if the
 *  button is what the pointer would hit there; null otherwise (not rendered yet, covered). */
export const cardButtonPoint = (page: Page, name: string) =>
  inCard(
    page,
    ({ root, text }, name) => {
      const button = [...(root?.querySelectorAll('button') ?? [])].find((b) => (b.getAttribute('aria-label') ?? text(b)) === name);
      if (!button) return null;
      button.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const r = button.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      return r.width > 0 && button.contains(root!.elementFromPoint(x, y)) ? { x, y } : null;
    },
    name,
  );

/** Whether keyboard focus is on the card itself (its section, inside our host). */
export const cardFocused = (page: Page) =>
  inCard(
    page,
    ({ host, root }) => !!host && document.activeElement === host && root?.activeElement === root?.querySelector('section.card'),
  );

/** How many elements match `selector` in the card (e.g. 'img, script, svg'). */
export const cardCountOf = (page: Page, selector: string) =>
  inCard(page, ({ root }, selector) => root?.querySelectorAll(selector).length ?? 0, selector);

/** The card's text, one line per block (title, roles, each statement and its source), for printing. */
export const cardLines = (page: Page) =>
  inCard(page, ({ root, text }) =>
    [
      ...(root?.querySelectorAll(
        'h1, .badge, h2, .roles li, .statements blockquote, .statements .meta, .more, .muted, .candidates li, .notice',
      ) ?? []),
    ]
      .map((el) =>
        el.matches('.meta')
          ? `  ${[...el.children]
              .filter((c) => c.localName !== 'button')
              .map((c) => text(c))
              .join(' ')}`
          : text(el),
      )
      .filter(Boolean),
  );
