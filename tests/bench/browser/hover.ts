// Hover → card latency, as a reader meets it: the pointer comes to rest on a highlighted name; measured from the
// pointer move to the card's content in its (closed) shadow root, observed from the content script's world
// (../../e2e/card-probe.ts), minus the dwell. Used by browser.bench.ts (part 4) and scale-browser.bench.ts.
import type { Page } from '@playwright/test';
import { inContentScript } from '../../e2e/card-probe';

export const DWELL_MS = 150;

/** Latencies (ms after the dwell) of `hovers` hovers spread over the page's official highlights. */
export async function hoverLatencies(pg: Page, hovers: number): Promise<number[]> {
  await inContentScript(pg, () => {
    const w = window as unknown as { __probe(): Promise<number> };
    const dom = (globalThis as unknown as { chrome: { dom: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } } }).chrome.dom;
    const rootOf = () => {
      const host = [...document.documentElement.children].find((e) => e.localName.startsWith('tamga-card-'));
      return host ? dom.openOrClosedShadowRoot(host) : null;
    };
    w.__probe = () =>
      new Promise<number>((resolve) => {
        let tMove = 0;
        const onMove = () => {
          if (!tMove) tMove = performance.now();
        };
        addEventListener('pointermove', onMove, true);
        const ready = () => !!rootOf()?.querySelector('section.card h2');
        const observed = new Set<Node>();
        const watch = () => {
          const root = rootOf();
          if (root && !observed.has(root)) {
            observed.add(root);
            obs.observe(root, { childList: true, subtree: true });
          }
        };
        const obs = new MutationObserver(() => {
          watch();
          if (tMove && ready()) {
            obs.disconnect();
            removeEventListener('pointermove', onMove, true);
            resolve(performance.now() - tMove);
          }
        });
        obs.observe(document.documentElement, { childList: true });
        watch();
        setTimeout(() => resolve(Number.NaN), 3000);
      });
  });
  const total = await pg.evaluate(() => CSS.highlights.get('tamga-official')?.size ?? 0);
  const lat: number[] = [];
  for (let i = 0; i < hovers && total; i++) {
    const idx = Math.floor((i * total) / hovers);
    await pg.mouse.move(1, 1);
    await pg.keyboard.press('Escape');
    const c = await pg.evaluate((idx) => {
      const r = [...(CSS.highlights.get('tamga-official') as unknown as Set<Range>)][idx]!;
      r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const b = r.getClientRects()[0]!;
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }, idx);
    await pg.waitForTimeout(60);
    await inContentScript(pg, () => {
      const w = window as unknown as { __probe(): Promise<number>; __p: Promise<number> };
      w.__p = w.__probe();
    });
    await pg.mouse.move(c.x, c.y);
    const t = await inContentScript(pg, () => (window as unknown as { __p: Promise<number> }).__p);
    if (Number.isFinite(t)) lat.push(t - DWELL_MS);
  }
  return lat;
}
