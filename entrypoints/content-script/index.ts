// Content script: every http(s) page and frame (tiny or hidden frames excepted). All logic lives in ./page.ts
// and lib/page; its life is lib/page/lifecycle.ts's.
//
// A WXT *unlisted* script, registered in the manifest by wxt.config.ts, not a defineContentScript: WXT's
// content-script wrapper builds a ContentScriptContext before main(), whose constructor announces the start to
// the page, `window.postMessage({ type: "<extension id>:content:wxt:content-script-started" }, "*")` plus a
// CustomEvent of that name on `document`. Every page would learn that Tamga is installed, and its id
// (tests/e2e/hardening-privacy.spec.ts); and a page could forge that event to stop the ctx. The unlisted
// wrapper only calls main(). Its stylesheet, ./style.css, is emitted as assets/content-script.css (WXT's
// lib-mode build of an unlisted script) and injected by the manifest; ./page.ts also inlines it for shadow roots.
import './style.css';
import { browser } from 'wxt/browser';
import { Lifecycle } from '@/lib/page/lifecycle';
import { runPage } from './page';

/** Frames smaller than this (px) are skipped: tracking pixels, buttons, hidden frames (0 × 0). */
const MIN_FRAME = { width: 120, height: 40 };

/** Set in this extension's isolated world: the manifest's script and the background's take-over injection
 *  (entrypoints/background/reinject.ts) share that world, so the second to run in a document stops here. An
 *  instance of a previous version of the extension lives in another world and is not seen. */
const RUNNING = Symbol.for('tamga.content');

// Where and when it runs (every http(s) frame, at document_end) is in wxt.config.ts's manifest.
export default defineUnlistedScript(() => {
  const world = globalThis as unknown as Record<symbol, boolean>;
  if (world[RUNNING]) return;
  const start = () => {
    if (world[RUNNING]) return;
    world[RUNNING] = true;
    const life = new Lifecycle(() => browser.runtime);
    life.start();
    void runPage(life);
  };
  const big = () => innerWidth >= MIN_FRAME.width && innerHeight >= MIN_FRAME.height;
  if (window === window.top || big()) return start();
  // a frame laid out small at first (a lazy embed, a frame shown later) starts once it is big enough; a
  // tracking pixel never does, and costs one passive listener
  const grown = () => {
    if (!big()) return;
    removeEventListener('resize', grown);
    start();
  };
  addEventListener('resize', grown, { passive: true });
});
