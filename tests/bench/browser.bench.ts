// Browser benchmark (headless Chromium, built extension, one run; figures as ratios against baselines measured
// in the same run):
//   1. import: the shipped pack, and a synthetic pack of 10 000 persons / 100 000 statements (fetch + validate
//      + hash + one Dexie transaction), as recorded by the background in meta.lastImport;
//   2. cost on pages without known names: main-thread script time with the extension minus without it
//      (CDP Performance.getMetrics), 50 KB, 100 KB, 200 KB (also with six same-origin frames) and 1 MB of text,
//      10 000-person index;
//   3. time to highlights on a 1 MB page naming many of the 10 000 persons: on the rendered page, from switching
//      the extension on to the last highlight change (and on a cold load, from DOMContentLoaded); against the
//      floor (a bare TreeWalker reading every text node) and mark.js (markRegExp with one regular expression
//      made of the same surface forms the index holds), both on the same rendered page;
//   4. hover-to-card latency: pointer move → card content in the DOM (a MutationObserver on the card's closed
//      shadow root, from the content script's isolated world: ../e2e/card-probe.ts), minus the 150 ms dwell,
//      over 100 hovers on different names.
// `npm run build` first (the benchmark copies .output/chrome-mv3 and swaps in the synthetic pack).
// TAMGA_BENCH_PARTS=pages (comma-separated: import, highlights, pages, hover, coldstart; default all) runs only some parts;
// the synthetic pack is always imported (the other parts need it), hover needs highlights.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from '@playwright/test';
import { buildMatchIndex } from '../../lib/match';
import { inContentScript } from '../e2e/card-probe';
import { CHROMIUM, EXTENSION_DIR, launchWithExtension } from '../e2e/fixtures';
import { createServer } from '../e2e/server.mjs';
import { workerControl } from '../e2e/sw-control';
import { DWELL_MS, hoverLatencies } from './browser/hover';
import { lastImport } from './browser/import';
import { page as makePage, syntheticPack, syntheticPersons } from './browser/synth';

const HOVERS = 100;

const ms = (x: number) => `${x.toFixed(1)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;

/** Main-thread time spent by a page from its load until it settles (CDP metrics, enabled before loading). */
async function mainThreadMs(page: Page, url: string): Promise<{ script: number; task: number }> {
  // (one load; callers take the median of several)
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  await settle(page);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (n: string) => (metrics.find((m) => m.name === n)?.value ?? 0) * 1000;
  await cdp.detach();
  return { script: get('ScriptDuration'), task: get('TaskDuration') };
}

/** Wait until the extension's highlights stop changing (1.5 s without change; with `expectSome`, only
 *  once there are some). */
async function settle(page: Page, expectSome = false) {
  let last = -1;
  let stable = 0;
  for (let i = 0; i < 200 && (stable < 6 || (expectSome && last <= 0)); i++) {
    await page.waitForTimeout(250);
    const n = await page.evaluate(() =>
      ['official', 'other', 'ambiguous'].reduce((s, k) => s + (CSS.highlights.get(`tamga-${k}`)?.size ?? 0), 0),
    );
    stable = n === last ? stable + 1 : 0;
    last = n;
  }
  return last;
}

const PARTS = new Set((process.env.TAMGA_BENCH_PARTS ?? 'import,highlights,pages,hover,coldstart').split(',').map((p) => p.trim()));

export async function run() {
  if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    console.log('No built extension: run `npm run build` first.');
    return;
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tamga-bench-'));
  const persons = syntheticPersons(10_000);
  const pack = syntheticPack(persons, 100_000);
  const ext = path.join(work, 'ext');
  fs.cpSync(EXTENSION_DIR, ext, { recursive: true });
  fs.writeFileSync(path.join(ext, 'corpus/shipped-pack.json'), JSON.stringify(pack));
  const site = path.join(work, 'site');
  fs.mkdirSync(site);
  fs.writeFileSync(path.join(site, 'plain-200k.html'), makePage(200_000));
  // a long news article is 20–60 KB of text: the cost's curve below 200 KB
  fs.writeFileSync(path.join(site, 'plain-50k.html'), makePage(50_000));
  fs.writeFileSync(path.join(site, 'plain-100k.html'), makePage(100_000));
  // The content script runs in every frame of at least 120 × 40 px: a 200 KB page with six same-origin frames
  // (widgets, embeds; 300 × 250, 2 KB of text each), which share the page's main thread.
  fs.writeFileSync(path.join(site, 'frame.html'), makePage(2_000));
  fs.writeFileSync(
    path.join(site, 'plain-200k-frames.html'),
    makePage(200_000).replace('<main>', `<main>${'<iframe src="frame.html" width="300" height="250"></iframe>'.repeat(6)}`),
  );
  fs.writeFileSync(path.join(site, 'plain-1m.html'), makePage(1_000_000));
  const named = persons.filter((p) => p.official).map((p) => p.name);
  fs.writeFileSync(path.join(site, 'names-1m.html'), makePage(1_000_000, named, 400));
  fs.writeFileSync(path.join(site, 'warm.html'), makePage(3_000, named, 400));
  const server = createServer(site);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const packMb = fs.statSync(path.join(ext, 'corpus/shipped-pack.json')).size / 1e6;

  const plain = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  // tsx (esbuild keepNames) wraps named functions in page callbacks with __name(); give pages a no-op one.
  const noName = () => {
    (globalThis as unknown as { __name: (f: unknown) => unknown }).__name = (f) => f;
  };
  let context: BrowserContext | null = null;
  try {
    // 1. Import.
    context = await launchWithExtension(ext);
    const synth = await lastImport(context);
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    if (PARTS.has('import')) {
      const shippedCtx = await launchWithExtension(EXTENSION_DIR);
      const shipped = await lastImport(shippedCtx);
      await shippedCtx.close();
      // Baseline: the statements as v1 stored them, one row each, written with the bare IndexedDB API (same indexes).
      const rawMs = await sw.evaluate(async (n) => {
        const text = 'Высказывание о работе местных органов власти и о планах на будущий год, записанное корреспондентом газеты.';
        const rows = Array.from({ length: n }, (_, i) => ({
          uid: `shipped:st${i}`,
          id: `st${i}`,
          personId: `s${i % 10_000}`,
          articleId: `art${Math.floor(i / 100)}`,
          kind: 'quote',
          text,
          start: 1,
          end: 121,
          layer: 'shipped',
        }));
        await new Promise((r) => {
          const d = indexedDB.deleteDatabase('bench-raw');
          d.onsuccess = d.onerror = r;
        });
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open('bench-raw', 1);
          open.onupgradeneeded = () => {
            const st = open.result.createObjectStore('statements', { keyPath: 'uid' });
            st.createIndex('personId', 'personId');
            st.createIndex('layer', 'layer');
          };
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const t = performance.now();
        await new Promise((resolve, reject) => {
          const tx = db.transaction('statements', 'readwrite', { durability: 'relaxed' });
          const store = tx.objectStore('statements');
          for (const r of rows) store.put(r);
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        const ms = performance.now() - t;
        db.close();
        indexedDB.deleteDatabase('bench-raw');
        return ms;
      }, 100_000);
      console.log('import (fetch + validate + hash + one transaction):');
      const stages = (s: Record<string, number>) =>
        Object.entries(s)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ');
      console.log(`  shipped pack                                   ${ms(shipped.ms)}  (${stages(shipped.stages)})`);
      console.log(
        `  synthetic 10 000 persons / 100 000 statements  ${ms(synth.ms)}  (${packMb.toFixed(1)} MB: ${stages(synth.stages)}; target <= 5000 ms)`,
      );
      console.log(
        `  baseline: 100 000 rows, bare IndexedDB put     ${ms(rawMs)}  → import transaction = ${(synth.stages.transaction! / rawMs).toFixed(2)}x baseline`,
      );
      // Schema v2 writes persons and their records in bucket rows (lib/storage/records.ts): the rows it wrote.
      const rows = await sw.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const open = indexedDB.open('tamga');
            open.onsuccess = () => {
              const db = open.result;
              const names = [...db.objectStoreNames].filter((n) => n !== 'meta' && n !== 'surfaces' && n !== 'hidden');
              const tx = db.transaction(names);
              const out: string[] = [];
              for (const n of names)
                tx.objectStore(n).count().onsuccess = (e) => out.push(`${n} ${(e.target as IDBRequest<number>).result}`);
              tx.oncomplete = () => {
                db.close();
                resolve(out.join(', '));
              };
            };
          }),
      );
      console.log(`  rows written by the import (baseline: 100 000 statement rows alone)  ${rows}`);
    }

    // Warm-up: the background builds the 10 000-person match index once after the import.
    const warm = await context.newPage();
    await warm.goto(`${base}/warm.html`);
    await settle(warm, true);
    await warm.close();

    let pg: Page | null = null;
    if (PARTS.has('highlights')) {
      // 3. Time to highlights on 1 MB naming many of the 10 000 persons. Measured twice:
      //  a. on the rendered page (the same conditions as the floor and mark.js below): the page is loaded with
      //     the extension off for the site, then switched on; from the switch (settings written in the
      //     background) to the last highlight change: messaging, setup, walk, matching and painting included;
      //  b. on a cold load, from DOMContentLoaded: this includes the browser's own first layout of 1 MB of
      //     text, which the content script waits behind.
      // as the popup's switch does: the settings are stored, then sent to every tab (background broadcastSettings)
      const setSite = (on: boolean) =>
        sw.evaluate(async (on) => {
          const chrome = (
            globalThis as unknown as {
              chrome: {
                storage: { local: { set(o: object): Promise<void> } };
                tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<unknown> };
              };
            }
          ).chrome;
          const settings = { enabled: true, disabledSites: on ? [] : ['127.0.0.1'], highlightAll: false };
          await chrome.storage.local.set({ settings });
          for (const t of await chrome.tabs.query({}))
            if (t.id !== undefined)
              void chrome.tabs.sendMessage(t.id, { tag: 'tamga/1', name: 'settingsChanged', params: settings }).catch(() => undefined);
        }, on);
      pg = await context.newPage();
      await pg.addInitScript(noName);
      await pg.addInitScript(() => {
        const w = window as unknown as { __hl: { first: number; last: number; n: number } };
        w.__hl = { first: 0, last: 0, n: 0 };
        const poll = () => {
          const n = CSS.highlights.get('tamga-official')?.size ?? 0;
          if (n !== w.__hl.n) {
            const t = performance.now();
            if (!w.__hl.first) w.__hl.first = t;
            w.__hl.last = t;
            w.__hl.n = n;
          }
          setTimeout(poll, 2);
        };
        poll();
      });
      // Main-thread time of the whole scan, rendering included (CDP TaskDuration: script, style, layout, paint),
      // from the switch until the highlights settle, minus the same span of the settled page just after (the
      // page's own 2 ms poll and the settling checks).
      const cdp = await context.newCDPSession(pg);
      await cdp.send('Performance.enable');
      const taskMs = async () =>
        ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
      const warmRuns: { ms: number; first: number; n: number; busy: number }[] = [];
      for (let i = 0; i < 3; i++) {
        await setSite(false);
        await pg.goto(`${base}/names-1m.html`);
        await pg.waitForTimeout(1500);
        const t0 = await pg.evaluate(() => {
          const w = window as unknown as { __hl: { first: number; last: number; n: number } };
          w.__hl = { first: 0, last: 0, n: 0 };
          return performance.now();
        });
        const busy0 = await taskMs();
        const wall0 = Date.now();
        await setSite(true);
        await settle(pg, true);
        const busy = (await taskMs()) - busy0;
        const wall = Date.now() - wall0;
        const quiet0 = await taskMs();
        await pg.waitForTimeout(wall);
        const quiet = (await taskMs()) - quiet0;
        const r = await pg.evaluate(() => (window as unknown as { __hl: { first: number; last: number; n: number } }).__hl);
        warmRuns.push({ ms: r.last - t0, first: r.first - t0, n: r.n, busy: busy - quiet });
      }
      await cdp.detach();
      const warmRun = [...warmRuns].sort((a, b) => a.ms - b.ms)[1]!;
      const scanBusy = median(warmRuns.map((r) => r.busy));
      await pg.goto(`${base}/names-1m.html`);
      await settle(pg, true);
      const hl = await pg.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const w = window as unknown as { __hl: { first: number; last: number; n: number } };
        return { dcl: nav.domContentLoadedEventEnd, ...w.__hl, chars: document.body.textContent!.length };
      });
      const floors: number[] = [];
      for (let i = 0; i < 5; i++) {
        floors.push(
          await pg.evaluate(() => {
            const t = performance.now();
            const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            const parts: string[] = [];
            for (let x = w.nextNode(); x; x = w.nextNode()) parts.push((x as Text).data);
            const text = parts.join('');
            return performance.now() - t + (text.length < 0 ? 1 : 0);
          }),
        );
      }
      const floor = median(floors);
      const ours = warmRun.ms;
      console.log(`time to highlights, ${(hl.chars / 1e6).toFixed(2)} M chars, ${warmRun.n} names highlighted:`);
      console.log(
        `  extension, rendered page (switched on → last highlight)  ${ms(ours)}  (first highlights after ${ms(warmRun.first)}; median of 3)`,
      );
      console.log(
        `  extension, cold load (DOMContentLoaded → last highlight)  ${ms(hl.last - hl.dcl)}  (first after ${ms(hl.first - hl.dcl)})`,
      );
      console.log(`  main-thread time of that scan, rendering included (switched on → settled, median of 3)  ${ms(scanBusy)}`);
      console.log(`  floor: bare TreeWalker reading every text node  ${ms(floor)}  → ${(ours / floor).toFixed(1)}x floor (target <= 2x)`);

      // mark.js with the same surface forms, in a browser without the extension.
      const forms = Object.keys(buildMatchIndex(persons).surnames);
      const mk = await plain.newPage();
      await mk.addInitScript(noName);
      await mk.goto(`${base}/names-1m.html`);
      await mk.addScriptTag({ path: path.resolve('node_modules/mark.js/dist/mark.min.js') });
      const markRun = await mk.evaluate(async (forms) => {
        const alt = forms
          .sort((a, b) => b.length - a.length)
          .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('|');
        const re = new RegExp(`(?<![\\p{L}])(?:${alt})(?![\\p{L}])`, 'giu');
        const paras = [...document.querySelectorAll('p')];
        const M = (window as unknown as { Mark: new (el: Element[]) => { markRegExp(re: RegExp, o: object): void } }).Mark;
        const time = (els: Element[]) =>
          new Promise<number>((resolve) => {
            const t = performance.now();
            new M(els).markRegExp(re, { done: () => resolve(performance.now() - t) });
          });
        // A first slice to see whether the whole page fits in a benchmark run.
        let chars = 0;
        let k = 0;
        while (k < paras.length && chars < 50_000) chars += paras[k++]!.textContent!.length;
        const sample = await time(paras.slice(0, k));
        const total = paras.reduce((s, p) => s + p.textContent!.length, 0);
        if (sample * (total / chars) > 60_000) return { ms: sample * (total / chars), extrapolated: true, sampleChars: chars };
        return { ms: sample + (await time(paras.slice(k))), extrapolated: false, sampleChars: chars };
      }, forms);
      // mark.js's own API for a list of terms, `mark(keywords)` (one pass over the text per term), on a fresh
      // load of the page: far too slow for the whole page, so timed on a sample and extrapolated by characters
      // (mark.js is linear in the text for a fixed list of terms).
      await mk.goto(`${base}/names-1m.html`);
      await mk.addScriptTag({ path: path.resolve('node_modules/mark.js/dist/mark.min.js') });
      const markList = await mk.evaluate(async (forms) => {
        const paras = [...document.querySelectorAll('p')];
        const M = (window as unknown as { Mark: new (el: Element[]) => { mark(k: string[], o: object): void } }).Mark;
        let chars = 0;
        let k = 0;
        while (k < paras.length && chars < 2_000) chars += paras[k++]!.textContent!.length;
        const t = performance.now();
        // (in chunks: one call with all the forms overflows mark.js's recursion over its keywords)
        const marker = new M(paras.slice(0, k));
        for (let i = 0; i < forms.length; i += 500)
          await new Promise<void>((resolve) =>
            marker.mark(forms.slice(i, i + 500), {
              separateWordSearch: false,
              diacritics: false,
              accuracy: { value: 'exactly', limiters: ',.;:!?«»"()—-'.split('') },
              done: () => resolve(),
            }),
          );
        const sample = performance.now() - t;
        const total = paras.reduce((s, p) => s + p.textContent!.length, 0);
        return { ms: sample * (total / chars), sample, sampleChars: chars };
      }, forms);
      await mk.close();
      console.log(
        `  mark.js markRegExp, one expression of ${forms.length} forms  ${ms(markRun.ms)}${markRun.extrapolated ? ` (extrapolated from ${markRun.sampleChars} chars)` : ''} → extension is ${(markRun.ms / ours).toFixed(1)}x faster (target >= 10x)`,
      );
      console.log(
        `  mark.js mark(${forms.length} forms), its API for a term list  ${ms(markList.ms)} (extrapolated from ${ms(markList.sample)} on ${markList.sampleChars} chars) → extension is ${(markList.ms / ours).toFixed(0)}x faster (target >= 10x)`,
      );
    }

    if (PARTS.has('pages')) {
      // Pages without known names. With TAMGA_BENCH_BASELINE=<another built extension directory> (e.g. a build
      // of an earlier commit), that extension is measured too, its loads interleaved with ours in this run.
      console.log('pages without known names (10 000-person index): main-thread script time, with − without the extension');
      const variants: { name: string; context: BrowserContext; sw: Worker }[] = [{ name: 'this build', context, sw }];
      const baselineDir = process.env.TAMGA_BENCH_BASELINE;
      if (baselineDir) {
        const ext2 = path.join(work, 'ext-baseline');
        fs.cpSync(baselineDir, ext2, { recursive: true });
        fs.mkdirSync(path.join(ext2, 'corpus'), { recursive: true });
        fs.copyFileSync(path.join(ext, 'corpus/shipped-pack.json'), path.join(ext2, 'corpus/shipped-pack.json'));
        const context2 = await launchWithExtension(ext2);
        await lastImport(context2);
        const warm2 = await context2.newPage();
        await warm2.goto(`${base}/warm.html`);
        await settle(warm2, true);
        await warm2.close();
        const sw2 = context2.serviceWorkers()[0] ?? (await context2.waitForEvent('serviceworker'));
        variants.push({ name: 'baseline', context: context2, sw: sw2 });
      }
      const setSites = (disabledSites: string[]) =>
        Promise.all(
          variants.map((v) =>
            v.sw.evaluate(
              (disabledSites) =>
                (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }).chrome.storage.local.set({
                  settings: { enabled: true, disabledSites, highlightAll: false },
                }),
              disabledSites,
            ),
          ),
        );
      await setSites(['127.0.0.1']);
      /** Script time a page costs with each extension minus without it: median of RUNS paired loads. */
      const RUNS = Number(process.env.TAMGA_BENCH_RUNS) || 3;
      const added = async (url: string) => {
        const diffs: number[][] = variants.map(() => []);
        for (let i = 0; i < RUNS; i++) {
          for (const [k, v] of variants.entries()) {
            const withExt = await v.context.newPage();
            const a = await mainThreadMs(withExt, url);
            await withExt.close();
            const without = await plain.newPage();
            const b = await mainThreadMs(without, url);
            await without.close();
            diffs[k]!.push(a.script - b.script);
          }
        }
        return diffs.map((d, k) => `${variants[k]!.name} +${ms(median(d))}`).join(', ');
      };
      console.log(`  fixed cost (script load + settings, site off)  script ${await added(`${base}/plain-200k.html`)}  (median of ${RUNS})`);
      await setSites([]);
      for (const name of ['plain-50k.html', 'plain-100k.html', 'plain-200k.html', 'plain-200k-frames.html', 'plain-1m.html']) {
        console.log(`  ${name.padEnd(22)} script ${await added(`${base}/${name}`)}  (median of ${RUNS}; target <= 5 ms)`);
      }
      for (const v of variants.slice(1)) await v.context.close();
    }

    if (PARTS.has('hover') && pg) {
      // 4. Hover → card. The root is closed to the page: the probe runs in the content script's world.
      const lat = await hoverLatencies(pg, HOVERS);
      console.log(
        `hover → card content after the ${DWELL_MS} ms dwell, ${lat.length}/${HOVERS} hovers: p50 ${ms(pct(lat, 50))}  p95 ${ms(pct(lat, 95))}  max ${ms(Math.max(...lat))}  (target p95 <= 50 ms)`,
      );
    }

    if (PARTS.has('coldstart')) {
      // 5. Cold start: the service worker is stopped (as Chrome does after 30 s idle; tests/e2e/sw-control.ts),
      //    then the page needs it. Text added to the page → its name highlighted (worker start + corpus open +
      //    10 000-person match index restored + match), and hover → card content (worker start + card from
      //    IndexedDB, minus the dwell), each against the same step with the worker running, alternated.
      const extensionId = new URL(sw.url()).host;
      const cs = await context.newPage();
      await cs.addInitScript(noName);
      // ~50 people not named on the other pages: each hover below is a person whose card was never loaded.
      fs.writeFileSync(path.join(site, 'cold.html'), makePage(20_000, named.slice(2_000), 400));
      await cs.goto(`${base}/cold.html`);
      await settle(cs, true);
      const worker = await workerControl(context, cs, extensionId);
      /** A copy of the paragraph of the i-th highlighted name, added at the top: ms until a name in it lights up. */
      const newText = (i: number) =>
        cs.evaluate(async (i) => {
          const h = CSS.highlights.get('tamga-official') as unknown as Set<Range>;
          const ranges = [...h];
          const p = document.createElement('p');
          p.textContent = ranges[i % ranges.length]!.startContainer.parentElement!.closest('p')!.textContent;
          const t = performance.now();
          document.body.prepend(p);
          while (![...h].some((r) => p.contains(r.startContainer))) {
            if (performance.now() - t > 30_000) return Number.NaN;
            await new Promise((r) => setTimeout(r, 1));
          }
          return performance.now() - t;
        }, i);
      /** Pointer onto the i-th distinct name: ms from the first pointermove to the card's content (its first
       *  section heading), minus the dwell; read in the content script's world (the card's root is closed). */
      const hoverCard = async (i: number) => {
        await cs.mouse.move(1, 1);
        await cs.keyboard.press('Escape');
        const c = await cs.evaluate((i) => {
          // the first range of the i-th distinct name
          const byName = new Map<string, Range>();
          for (const r of CSS.highlights.get('tamga-official') as unknown as Set<Range>) if (!byName.has(`${r}`)) byName.set(`${r}`, r);
          const r = [...byName.values()][i]!;
          r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
          const b = r.getClientRects()[0]!;
          return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        }, i);
        await cs.waitForTimeout(100);
        // The listener is in place before the pointer moves; the wait is a second call.
        await inContentScript(cs, () => {
          const w = globalThis as unknown as { __cold: { t0: number } };
          w.__cold = { t0: 0 };
          addEventListener('pointermove', () => {
            w.__cold.t0 ||= performance.now();
          });
        });
        await cs.mouse.move(c.x, c.y);
        const shown = await inContentScript(cs, async () => {
          const dom = (globalThis as unknown as { chrome: { dom: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } } }).chrome.dom;
          const w = globalThis as unknown as { __cold: { t0: number } };
          const start = performance.now();
          for (;;) {
            const host = [...document.documentElement.children].find((e) => e.localName.startsWith('tamga-card'));
            if (w.__cold.t0 && host && dom.openOrClosedShadowRoot(host)?.querySelector('section.card h2'))
              return performance.now() - w.__cold.t0;
            if (performance.now() - start > 30_000) return Number.NaN;
            await new Promise((r) => setTimeout(r, 1));
          }
        });
        return shown - DWELL_MS;
      };
      /** The background's own marks (entrypoints/background/index.ts), ms from the worker's start. */
      const marks = () =>
        Promise.race([
          sw.evaluate(() =>
            ['tamga:corpus-open', 'tamga:match-index-ready'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? Number.NaN),
          ),
          new Promise<number[]>((r) => setTimeout(() => r([Number.NaN, Number.NaN]), 5_000)),
        ]);
      const COLD_RUNS = 5;
      const runs = { warmText: [] as number[], coldText: [] as number[], warmCard: [] as number[], coldCard: [] as number[] };
      const started = { corpus: [] as number[], index: [] as number[] };
      for (let k = 0; k < COLD_RUNS; k++) {
        runs.warmText.push(await newText(2 * k));
        await worker.stop();
        runs.coldText.push(await newText(2 * k + 1));
        const [corpus, index] = await marks();
        started.corpus.push(corpus!);
        started.index.push(index!);
        // a new person each time (the content script keeps the cards it loaded)
        runs.warmCard.push(await hoverCard(2 * k));
        await worker.stop();
        runs.coldCard.push(await hoverCard(2 * k + 1));
      }
      await worker.detach();
      await cs.close();
      const row = (label: string, warmMs: number[], coldMs: number[]) =>
        console.log(
          `  ${label.padEnd(34)} running ${ms(median(warmMs))}  stopped ${ms(median(coldMs))}  → cold start +${ms(median(coldMs) - median(warmMs))} (max ${ms(Math.max(...coldMs))})`,
        );
      console.log(`service worker cold start (10 000-person index; medians of ${COLD_RUNS}, worker running vs stopped before the step):`);
      row('added text → its name highlighted', runs.warmText, runs.coldText);
      row(`hover → card (after the ${DWELL_MS} ms dwell)`, runs.warmCard, runs.coldCard);
      console.log(
        `  in the restarted worker, from its start: corpus open ${ms(median(started.corpus))}, match index ready ${ms(median(started.index))} (max ${ms(Math.max(...started.index))})`,
      );
    }
  } finally {
    await context?.close();
    await plain.close();
    server.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}
