// Content script: every http(s) page and frame (tiny or hidden frames excepted). All logic lives in ./page.ts
// and lib/page. Its life is lib/page/lifecycle.ts's, not WXT's ContentScriptContext's: WXT still builds a ctx
// for main(), but that ctx stops when the page dispatches a forged "content-script-started" event, so nothing
// here uses it.
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

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  // At DOMContentLoaded, not after the page's images: names light up sooner; all work is sliced anyway.
  runAt: 'document_end',
  main() {
    const world = globalThis as unknown as Record<symbol, boolean>;
    if (world[RUNNING]) return;
    if (window !== window.top && (innerWidth < MIN_FRAME.width || innerHeight < MIN_FRAME.height)) return;
    world[RUNNING] = true;
    const life = new Lifecycle(() => browser.runtime);
    life.start();
    void runPage(life);
  },
});
