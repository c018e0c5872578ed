// Heavy pages, generated here and served on the test origin: 200 000 nodes, 50 000 mentions, 1 000 node
// mutations per second for 10 s, infinite scroll, iframes, shadow DOM, right-to-left text. Highlights must
// be correct at the end, and our script must not cause long tasks: a Chrome trace of the page attributes
// main-thread script time to the extension's URLs, task by task, so "our script ran > 50 ms in one task" is
// measured directly (the page's own long tasks, from PerformanceObserver('longtask'), are printed beside it).
import type { BrowserContext, Page } from '@playwright/test';
import { cardText } from './card-probe';
import { expect, PAGES, test } from './fixtures';
import { collectErrors, traceExtensionScript } from './hardening-helpers';
import { hoverHighlight } from './helpers';

const FILLER = [
  'Жители района обсуждали ремонт дорог и новые тарифы на воду.',
  'В городе открылась ярмарка местных производителей.',
  'Синоптики обещают тёплую погоду до конца недели.',
  'Библиотека продлила часы работы на время каникул.',
];
const NAME_LINE = 'Президент Садыр Жапаров провел совещание.';
/** How long the mutation storm lasts: the issue's 30 s (in CI too); `TAMGA_STORM_MS` for a quicker local run. */
const STORM_MS = Number(process.env.TAMGA_STORM_MS ?? 30_000);

function shell(body: string, setup = '', attrs = '') {
  return `<!doctype html><html lang="ru"${attrs}><head><meta charset="utf-8"><title>heavy</title><script>
window.longtasks = [];
window.setupDone = Infinity;
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.longtasks.push([e.startTime, e.duration]); })
  .observe({ type: 'longtask', buffered: true });
addEventListener('load', () => { ${setup}; setTimeout(() => { window.setupDone = performance.now(); }, 0); });
</script></head><body>${body}</body></html>`;
}

const PAGES_HTML: Record<string, () => string> = {
  // ~200 000 nodes: 20 000 paragraphs of 4 inline elements with text (element + text node each) + the <p>.
  nodes() {
    let b = '';
    for (let i = 0; i < 20_000; i++) {
      const f = FILLER[i % 4]!;
      const line = i === 10 || i === 10_000 || i === 19_990 ? NAME_LINE : f;
      b += `<p><b>${i}</b> <span>${line}</span> <i>раздел</i> <a href="#${i}">далее</a></p>`;
    }
    return shell(b);
  },
  // 50 000 mentions: 10 000 paragraphs naming the president five times.
  mentions() {
    let b = '';
    const p = `<p>${'Садыр Жапаров выступил. '.repeat(5)}</p>`;
    for (let i = 0; i < 10_000; i++) b += p;
    return shell(b);
  },
  // 1 000 text nodes changed per second (100 every 100 ms) among 2 000 paragraphs, for `ms` milliseconds.
  mutating() {
    let b = '';
    for (let i = 0; i < 2_000; i++) b += `<p>${FILLER[i % 4]}</p>`;
    const run = `
      const ps = document.querySelectorAll('p');
      let tick = 0;
      window.mutating = (ms) => new Promise((done) => {
        const t = setInterval(() => {
          for (let k = 0; k < 100; k++) {
            const i = (tick * 100 + k * 7) % ps.length;
            ps[i].firstChild.data = (tick + k) % 50 === 0 ? ${JSON.stringify(NAME_LINE)} : ${JSON.stringify(FILLER[1])};
          }
          tick++;
        }, 100);
        setTimeout(() => { clearInterval(t); done(); }, ms);
      });`;
    return shell(b, run);
  },
  // Two named paragraphs, one of which the test removes, and one whose text it replaces.
  removal() {
    return shell(`<p id="stays">${NAME_LINE}</p><p id="gone">${NAME_LINE}</p><p id="edited">${NAME_LINE}</p>`);
  },
  // More articles as the reader scrolls to the end; the tenth names the mayor.
  scroll() {
    const run = `
      let n = 0;
      const add = () => {
        const a = document.createElement('article');
        a.innerHTML = '<h2>Статья ' + n + '</h2>' + ${JSON.stringify(`<p>${FILLER.join(' ')}</p>`.repeat(30))} +
          (n === 10 ? '<p id="tenth">Мэр города Ош Алмаз Мамбетов встретился с жителями.</p>' : '');
        document.body.append(a);
        n++;
      };
      for (let i = 0; i < 3; i++) add();
      addEventListener('scroll', () => { if (innerHeight + scrollY > document.body.scrollHeight - 400) add(); });`;
    return shell('', run);
  },
  // Names in the top document, a same-origin iframe and an open shadow root, and in right-to-left text.
  mixed() {
    const frame = `<p id="inframe">${NAME_LINE}</p>`.replace(/"/g, '&quot;');
    return shell(
      `<p id="top">${NAME_LINE}</p>
       <iframe id="frame" srcdoc="${frame}" style="width:600px;height:80px"></iframe>
       <div id="host"></div>
       <p id="rtl" dir="rtl" lang="ar">قال الرئيس Садыр Жапаров في مؤتمر صحفي إن الاقتصاد ينمو. שלום עולם Алмаз Мамбетов.</p>`,
      `document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<p id="shadowed">${NAME_LINE}</p>'`,
    );
  },
};

async function serve(context: BrowserContext) {
  await context.route(`${PAGES}/heavy/*`, (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()!.replace('.html', '');
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGES_HTML[name]!() });
  });
}

const highlightCount = (page: Page, kind = 'official') =>
  page.evaluate((kind) => (CSS.highlights.get(`tamga-${kind}`) as unknown as Set<Range> | undefined)?.size ?? 0, kind);
const highlightTexts = (page: Page, kind = 'official') =>
  page.evaluate(
    (kind) => [...((CSS.highlights.get(`tamga-${kind}`) as unknown as Set<Range> | undefined) ?? [])].map((r) => r.toString()),
    kind,
  );
/** The page's own long tasks after its setup (all scripts: ours and the page's). */
const pageLongTasks = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { longtasks: [number, number][]; setupDone: number };
    return w.longtasks.filter(([start]) => start >= w.setupDone).map(([, d]) => Math.round(d));
  });

/** Our script must never hold the main thread for more than this inside one task. */
const LONG_TASK_MS = 50;

async function tracedLoad(page: Page, name: string) {
  await page.goto('about:blank');
  const stop = await traceExtensionScript(page);
  await page.goto(`${PAGES}/heavy/${name}.html`, { waitUntil: 'load' });
  return stop;
}

test('200 000 nodes: names at the start, middle and end are highlighted; our script never blocks 50 ms', async ({ context }) => {
  test.setTimeout(120_000);
  await serve(context);
  const page = await context.newPage();
  const errors = collectErrors(page);
  const stop = await tracedLoad(page, 'nodes');
  const t0 = Date.now();
  await expect.poll(() => highlightCount(page), { timeout: 60_000 }).toBe(3);
  const settleMs = Date.now() - t0;
  await page.waitForTimeout(500);
  const nodes = await page.evaluate(() => document.querySelectorAll('*').length * 2);
  const trace = await stop();
  console.log('[heavy] 200k nodes', JSON.stringify({ nodes, settleMs, ...trace, pageLongTasks: await pageLongTasks(page) }));
  expect(nodes).toBeGreaterThan(200_000);
  expect(trace.traced).toBeGreaterThan(0);
  expect(trace.longest).toBeLessThanOrEqual(LONG_TASK_MS);
  expect(errors).toEqual([]);
});

test('50 000 mentions are all highlighted; our script never blocks 50 ms', async ({ context }) => {
  test.setTimeout(120_000);
  await serve(context);
  const page = await context.newPage();
  const stop = await tracedLoad(page, 'mentions');
  const t0 = Date.now();
  await expect.poll(() => highlightCount(page), { timeout: 90_000, intervals: [1000] }).toBe(50_000);
  const settleMs = Date.now() - t0;
  const trace = await stop();
  console.log('[heavy] 50k mentions', JSON.stringify({ settleMs, ...trace, pageLongTasks: await pageLongTasks(page) }));
  await hoverHighlight(page, 'Садыр Жапаров');
  await expect.poll(() => cardText(page)).toContain('Садыр Жапаров');
  expect(trace.longest).toBeLessThanOrEqual(LONG_TASK_MS);
});

// Chromium re-validates every registered range on each frame in which a highlight changed: marks added batch by
// batch made that work grow with the square of the names. The scan adds its first marks at once, then at most
// every 500 ms (`paint` in lib/page/scanner.ts), each paint in steps of ~3 ms: a few frames in all.
test('a long scan adds its highlights in a few frames, not batch by batch', async ({ context }) => {
  test.setTimeout(120_000);
  await serve(context);
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { frames_: [number, number][] };
    w.frames_ = [];
    let last = 0;
    const frame = () => {
      const n = (CSS.highlights.get('tamga-official') as unknown as Set<Range> | undefined)?.size ?? 0;
      if (n !== last) w.frames_.push([performance.now(), n]);
      last = n;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await page.goto(`${PAGES}/heavy/mentions.html`);
  await expect.poll(() => highlightCount(page), { timeout: 90_000, intervals: [1000] }).toBe(50_000);
  await page.waitForTimeout(500);
  const changes = await page.evaluate(() => (window as unknown as { frames_: [number, number][] }).frames_);
  const spanMs = changes.at(-1)![0] - changes[0]![0];
  console.log('[heavy] frames with new highlights', JSON.stringify({ frames: changes.length, spanMs: Math.round(spanMs) }));
  expect(changes.at(-1)![1]).toBe(50_000);
  // the first paint, one per 500 ms of scanning, the last; each spread over a few frames at most
  expect(changes.length).toBeLessThanOrEqual(3 * (2 + Math.ceil(spanMs / 500)));
});

test(`1 000 mutations per second for ${STORM_MS / 1000} s: CPU bounded, highlights match the final text`, async ({ context }) => {
  test.setTimeout(120_000 + STORM_MS);
  await serve(context);
  const page = await context.newPage();
  const errors = collectErrors(page);
  const stop = await tracedLoad(page, 'mutating');
  await expect.poll(() => page.evaluate(() => typeof (window as unknown as { mutating?: unknown }).mutating)).toBe('function');
  await page.waitForTimeout(1_000);
  const t0 = Date.now();
  await page.evaluate((ms) => (window as unknown as { mutating(ms: number): Promise<void> }).mutating(ms), STORM_MS);
  const wallMs = Date.now() - t0;
  const named = await page.evaluate((line) => [...document.querySelectorAll('p')].filter((p) => p.textContent === line).length, NAME_LINE);
  expect(named).toBeGreaterThan(0);
  await expect.poll(() => highlightTexts(page), { timeout: 30_000 }).toEqual(Array(named).fill('Садыр Жапаров'));
  const trace = await stop();
  console.log('[heavy] mutations', JSON.stringify({ wallMs, named, ...trace, pageLongTasks: await pageLongTasks(page) }));
  // CPU bounded: our script takes less than a quarter of the main thread over the storm and the settling.
  expect(trace.scriptMs).toBeLessThan(wallMs / 4);
  expect(trace.longest).toBeLessThanOrEqual(LONG_TASK_MS);
  expect(errors).toEqual([]);
});

// A long-lived page (a feed, a virtual list) removes and rewrites what it shows: our script must not keep the
// removed DOM alive (the page's WeakRef to a removed paragraph, and to the text node an edit replaced, empty
// after a full garbage collection), and must not stop following the page.
test('paragraphs the page removes or rewrites are not kept alive by our script', async ({ context }) => {
  await serve(context);
  const page = await context.newPage();
  await page.goto(`${PAGES}/heavy/removal.html`);
  await expect.poll(() => highlightCount(page), { timeout: 15_000 }).toBe(3);
  await page.evaluate(() => {
    const w = window as unknown as { refs: WeakRef<Node>[] };
    const gone = document.getElementById('gone')!;
    const edited = document.getElementById('edited')!;
    w.refs = [new WeakRef(gone), new WeakRef(gone.firstChild!), new WeakRef(edited.firstChild!)];
    gone.remove();
    edited.textContent = 'Алмаз Мамбетов открыл школу.';
  });
  await expect.poll(() => highlightTexts(page), { timeout: 15_000 }).toEqual(['Садыр Жапаров', 'Алмаз Мамбетов']);
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const alive = await page.evaluate(() => (window as unknown as { refs: WeakRef<Node>[] }).refs.map((r) => r.deref() !== undefined));
  expect(alive).toEqual([false, false, false]);
});

test('infinite scroll: a name in the tenth appended article is highlighted', async ({ context }) => {
  await serve(context);
  const page = await context.newPage();
  await page.goto(`${PAGES}/heavy/scroll.html`);
  for (let i = 0; i < 12 && !(await page.locator('#tenth').count()); i++) {
    await page.mouse.wheel(0, 20_000);
    await page.waitForTimeout(150);
  }
  await page.locator('#tenth').scrollIntoViewIfNeeded();
  await expect.poll(() => highlightTexts(page), { timeout: 15_000 }).toEqual(['Алмаз Мамбетов']);
  await hoverHighlight(page, 'Алмаз Мамбетов');
  await expect.poll(() => cardText(page)).toContain('Алмаз Мамбетов');
});

test('iframe and right-to-left text: the top document and the RTL paragraph are highlighted, nothing else breaks', async ({ context }) => {
  await serve(context);
  const page = await context.newPage();
  const errors = collectErrors(page, /^Failed to load resource: the server responded with a status of 404/);
  await page.goto(`${PAGES}/heavy/mixed.html`);
  await expect.poll(() => highlightTexts(page), { timeout: 15_000 }).toEqual(expect.arrayContaining(['Садыр Жапаров', 'Алмаз Мамбетов']));
  const ranges = await page.evaluate(() =>
    [...(CSS.highlights.get('tamga-official') as unknown as Set<Range>)].map(
      (r) => `${(r.startContainer.parentElement as Element).id}:${r}`,
    ),
  );
  // The iframe is a srcdoc one (about:srcdoc): our script runs in http(s) frames only (frames.spec.ts), and this
  // registry is the top document's anyway.
  expect(ranges.filter((r) => !r.startsWith('shadowed:')).sort()).toEqual(['rtl:Алмаз Мамбетов', 'rtl:Садыр Жапаров', 'top:Садыр Жапаров']);
  await hoverHighlight(page, 'Алмаз Мамбетов', '#rtl');
  await expect.poll(() => cardText(page)).toContain('Алмаз Мамбетов');
  expect(await page.frameLocator('#frame').locator('#inframe').textContent()).toBe(NAME_LINE);
  expect(errors).toEqual([]);
});

// Open shadow roots (web components) are scanned and watched like the document; closed ones are the page's
// private UI and stay unread.
test('names inside an open shadow root are highlighted, styled, hoverable, and kept up to date', async ({ context }) => {
  await serve(context);
  const page = await context.newPage();
  const errors = collectErrors(page, /^Failed to load resource: the server responded with a status of 404/);
  await page.goto(`${PAGES}/heavy/mixed.html`);
  const shadowHits = () =>
    page.evaluate(() =>
      [...((CSS.highlights.get('tamga-official') as unknown as Set<Range> | undefined) ?? [])]
        .filter((r) => r.startContainer.getRootNode() instanceof ShadowRoot)
        // (a removed node's live Range collapses onto its parent, here the shadow root, until our scanner drops it)
        .map((r) => `${(r.startContainer.parentElement as Element | null)?.id ?? r.startContainer.nodeName}:${r}`)
        .sort(),
    );
  await expect.poll(shadowHits, { timeout: 15_000 }).toEqual(['shadowed:Садыр Жапаров']);
  // painted: the shadow root adopted a sheet with the highlight rules (document stylesheets do not reach it)
  expect(
    await page.evaluate(() =>
      document
        .getElementById('host')!
        .shadowRoot!.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('::highlight(tamga-official)'))),
    ),
  ).toBe(true);
  // hover: the pointer over the shadow name finds it
  const box = await page.evaluate(() => {
    const r = [...(CSS.highlights.get('tamga-official') as unknown as Set<Range>)].find(
      (x) => x.startContainer.getRootNode() instanceof ShadowRoot,
    )!;
    const b = r.getClientRects()[0]!;
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  await expect.poll(() => cardText(page)).toContain('Садыр Жапаров');
  await page.keyboard.press('Escape');
  // text added inside the shadow tree later, and a web component added later with its own shadow root
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'shadow-later';
    p.textContent = 'Позже: мэр Бишкека Алмаз Мамбетов посетил школу.';
    document.getElementById('host')!.shadowRoot!.append(p);
    const widget = document.createElement('div');
    widget.attachShadow({ mode: 'open' }).innerHTML = '<p id="widget-text">Виджет: Садыр Жапаров подписал указ.</p>';
    document.body.append(widget);
    const closed = document.createElement('div');
    closed.attachShadow({ mode: 'closed' }).innerHTML = '<p id="closed-text">Закрыто: Садыр Жапаров.</p>';
    document.body.append(closed);
  });
  await expect
    .poll(shadowHits, { timeout: 15_000 })
    .toEqual(['shadow-later:Алмаз Мамбетов', 'shadowed:Садыр Жапаров', 'widget-text:Садыр Жапаров']);
  // removed from the shadow tree: its highlight goes
  await page.evaluate(() => document.getElementById('host')!.shadowRoot!.getElementById('shadow-later')!.remove());
  await expect.poll(shadowHits, { timeout: 15_000 }).toEqual(['shadowed:Садыр Жапаров', 'widget-text:Садыр Жапаров']);
  expect(errors).toEqual([]);
});
