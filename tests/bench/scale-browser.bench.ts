// Scale in the browser (issue 6): the scale corpus of scale.bench.ts — 10 000 persons, 100 000 articles,
// 1 000 000 statements, generated from invented name parts — shipped inside a copy of the built extension and
// imported by the background into Chromium's IndexedDB, as on install. Measures, in headless Chromium:
//   - the import (fetch + parse + validate + hash + one transaction, as the background records it);
//   - the database's size (navigator.storage.estimate() in the service worker) against the pack's JSON;
//   - hover-card data latency: `personCard` messages from an extension page to the background, which reads the
//     person's bucket rows and articles from IndexedDB (the path a hover takes after the content script),
//     200 different persons, p50 / p95 / max; the same over the 100 000-statement tenth for the growth;
//   - content-script memory: the JS heap of a 1 MB page naming 2 000 of the persons, after a forced GC, with
//     the extension minus without it (CDP Runtime.getHeapUsage; the content script's isolated world shares the
//     page's V8 heap, so the difference is what the extension adds to the page).
//   - hover → card on that page with the largest corpus loaded (./browser/hover.ts), 50 hovers, p50 / p95;
// `npm run build` first. Not in CI: minutes, and ~3 GB of memory at full size.
// `npm run bench scale-browser` runs it alone (`npm run bench scale.` the Node part alone). SCALE_BROWSER=0.1 for
// the 100 000-statement tenth only; TAMGA_EXTENSION_DIR picks another build.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import type { Person } from '../../lib/extract/pack';
import { CHROMIUM, EXTENSION_DIR, launchWithExtension } from '../e2e/fixtures';
import { createServer } from '../e2e/server.mjs';
import { DWELL_MS, hoverLatencies } from './browser/hover';
import { lastImport } from './browser/import';
import { page as makePage } from './browser/synth';
import { scaleCorpus } from './scale.bench';

const CARDS = 200;
const HOVERS = 50;

const ms = (x: number) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((xs.length * p) / 100) - 1)]!;

async function serviceWorker(context: BrowserContext) {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Rows per store of the extension's database. */
async function rowCounts(context: BrowserContext): Promise<Record<string, number>> {
  const sw = await serviceWorker(context);
  return sw.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('tamga');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names);
          const out: Record<string, number> = {};
          for (const n of names) {
            const req = tx.objectStore(n).count();
            req.onsuccess = () => {
              out[n] = req.result;
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
        };
      }),
  );
}

/** personCard round trips from an extension page to the background, one person after another. */
async function cardLatency(context: BrowserContext, ids: string[]): Promise<{ times: number[]; found: number }> {
  const sw = await serviceWorker(context);
  const page = await context.newPage();
  await page.goto(new URL('options.html', sw.url()).href);
  const r = await page.evaluate(async (ids) => {
    const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value: unknown }> } } })
      .chrome;
    const times: number[] = [];
    let found = 0;
    for (const personId of ids) {
      const t = performance.now();
      const res = await c.runtime.sendMessage({ tag: 'tamga/1', name: 'personCard', params: { personId } });
      times.push(performance.now() - t);
      if (res.ok && res.value) found++;
    }
    return { times, found };
  }, ids);
  await page.close();
  return r;
}

/** JS heap used by a page after it settles and a forced GC (CDP), in bytes. */
async function pageHeap(page: Page, url: string): Promise<number> {
  await page.goto(url);
  let last = -1;
  for (let stable = 0, i = 0; stable < 6 && i < 240; i++) {
    await page.waitForTimeout(250);
    const n = await page.evaluate(() =>
      ['official', 'other', 'ambiguous'].reduce((s, k) => s + (CSS.highlights.get(`tamga-${k}`)?.size ?? 0), 0),
    );
    stable = n === last ? stable + 1 : 0;
    last = n;
  }
  const cdp = await page.context().newCDPSession(page);
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** Linux: the extension processes (renderers started with --extension-process: the service worker runs in
 *  one) that are not in `before`, with their peak resident memory so far (VmHWM) in bytes. */
function pids(): Set<number> {
  if (!fs.existsSync('/proc')) return new Set();
  return new Set(
    fs
      .readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .map(Number),
  );
}
function extensionPeak(before: Set<number>): number | null {
  let peak: number | null = null;
  for (const pid of pids()) {
    if (before.has(pid)) continue;
    try {
      if (!fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--extension-process')) continue;
      const hwm = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (hwm) peak = Math.max(peak ?? 0, Number(hwm[1]) * 1024);
    } catch {
      // gone meanwhile
    }
  }
  return peak;
}

interface Figures {
  statements: number;
  packBytes: number;
  import: { ms: number; stages: Record<string, number> };
  rows: Record<string, number>;
  usage: number;
  /** Peak RSS of the extension process that ran the import (null where /proc is missing). */
  peak: number | null;
  cards: number[];
  found: number;
}

async function atScale(statements: number, work: string): Promise<[Figures, Person[], BrowserContext]> {
  const pack = scaleCorpus(10_000, statements / 10, statements);
  const ext = path.join(work, `ext-${statements}`);
  fs.cpSync(EXTENSION_DIR, ext, { recursive: true });
  const file = path.join(ext, 'corpus/shipped-pack.json');
  fs.writeFileSync(file, JSON.stringify(pack));
  const packBytes = fs.statSync(file).size;
  const people = pack.persons;
  const before = pids();
  const context = await launchWithExtension(ext);
  const imported = await lastImport(context, 20 * 60_000);
  const peak = extensionPeak(before);
  const rows = await rowCounts(context);
  const sw = await serviceWorker(context);
  const usage = await sw.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  // Different persons each time, spread over the corpus (and so over the buckets).
  const ids = Array.from({ length: CARDS }, (_, i) => people[(i * 7919) % people.length]!.id);
  await cardLatency(context, ids.slice(0, 5)); // the first message wakes the handler and the card path
  const { times, found } = await cardLatency(context, ids);
  return [{ statements, packBytes, import: imported, rows, usage, peak, cards: times, found }, people, context];
}

export async function run(): Promise<void> {
  if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    console.log('No built extension: run `npm run build` first.');
    return;
  }
  const full = Number(process.env.SCALE_BROWSER ?? 1);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tamga-scale-'));
  const results: Figures[] = [];
  let context: BrowserContext | null = null;
  let persons: Person[] = [];
  try {
    for (const statements of [...new Set([100_000, Math.round(1_000_000 * full)])]) {
      await context?.close();
      const [figures, people, ctx] = await atScale(statements, work);
      results.push(figures);
      [persons, context] = [people, ctx];
      fs.rmSync(path.join(work, `ext-${statements}`), { recursive: true, force: true });
    }
    // Content-script memory on a large page, with the largest corpus loaded.
    const site = path.join(work, 'site');
    fs.mkdirSync(site);
    const named = persons.slice(0, 2_000).map((p) => p.name);
    fs.writeFileSync(path.join(site, 'names-1m.html'), makePage(1_000_000, named, 400));
    const server = createServer(site);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/names-1m.html`;
    const withExt = await context!.newPage();
    const heapWith = await pageHeap(withExt, url);
    const marks = await withExt.evaluate(() => CSS.highlights.get('tamga-official')?.size ?? 0);
    // Hover → card on that page, with the largest corpus behind the card (what a reader waits for).
    const hovers = await hoverLatencies(withExt, HOVERS);
    const plain = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    const heapWithout = await pageHeap(await plain.newPage(), url);
    await plain.close();
    server.close();

    console.log('Chromium IndexedDB at scale (10 000 persons; the background imports the pack as on install):');
    for (const f of results) {
      const s = Object.entries(f.import.stages)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
      console.log(`  ${f.statements.toLocaleString('en')} statements, pack ${mb(f.packBytes)}:`);
      console.log(`    import ${ms(f.import.ms)} (${s})`);
      console.log(`    rows ${JSON.stringify(f.rows)}`);
      if (f.peak !== null) console.log(`    peak RSS of the extension process (service worker) through the import: ${mb(f.peak)}`);
      console.log(`    database size ${mb(f.usage)} (navigator.storage.estimate; ${(f.usage / f.packBytes).toFixed(2)}x the pack JSON)`);
      console.log(
        `    card data (personCard message → background → IndexedDB → reply), ${f.cards.length} persons, ${f.found} found: ` +
          `p50 ${ms(pct(f.cards, 50))}, p95 ${ms(pct(f.cards, 95))}, max ${ms(Math.max(...f.cards))}`,
      );
    }
    if (results.length > 1) {
      const [a, b] = [results[0]!, results.at(-1)!];
      console.log(
        `  growth ×${b.statements / a.statements}: import ${(b.import.ms / a.import.ms).toFixed(1)}x, size ${(b.usage / a.usage).toFixed(1)}x, card p95 ${(pct(b.cards, 95) / pct(a.cards, 95)).toFixed(1)}x`,
      );
    }
    console.log(
      `hover → card content after the ${DWELL_MS} ms dwell on that page (${results.at(-1)!.statements.toLocaleString('en')} statements), ` +
        `${hovers.length}/${HOVERS} hovers: p50 ${ms(pct(hovers, 50))}, p95 ${ms(pct(hovers, 95))}, max ${ms(Math.max(...hovers))}`,
    );
    console.log(
      `content script on a 1 MB page naming 2 000 persons (${marks} highlights): page JS heap ${mb(heapWith)} with the extension, ` +
        `${mb(heapWithout)} without → ${mb(heapWith - heapWithout)} added (after GC)`,
    );
  } finally {
    await context?.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}
