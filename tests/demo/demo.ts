// `npm run demo`: serves a news page made from the seed articles on 127.0.0.1, opens it in Chromium with the
// built extension, waits for the highlights, hovers a name, saves demo-output/demo.png (page + open card)
// and prints what the extension found. `--headed` shows a window (under xvfb-run when there is no display).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { cardBox, cardLines, cardShown } from '../e2e/card-probe';
import { launchWithExtension } from '../e2e/fixtures';
import { createServer } from '../e2e/server.mjs';
import { renderNewsPage } from './news-page';

const headed = process.argv.includes('--headed');
if (headed && !process.env.DISPLAY && !process.env.TAMGA_DEMO_XVFB) {
  const xvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { encoding: 'utf8' }).stdout.trim();
  if (xvfb) {
    const r = spawnSync(xvfb, ['-a', process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
      stdio: 'inherit',
      env: { ...process.env, TAMGA_DEMO_XVFB: '1' },
    });
    process.exit(r.status ?? 1);
  }
  console.warn('No display and no xvfb-run (apt-get install -y xvfb): running headless.');
}

const out = path.resolve('demo-output');
const site = path.join(out, 'site');
fs.mkdirSync(site, { recursive: true });
fs.writeFileSync(path.join(site, 'index.html'), renderNewsPage(path.resolve('seeds')));

const server = createServer(site);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`;

const context = await launchWithExtension(undefined, undefined, {
  headless: !(headed && (process.env.DISPLAY || process.env.TAMGA_DEMO_XVFB)),
});
try {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  console.log(`Page: ${url}`);

  const marks = await waitForMarks(page);
  if (!marks.length) {
    console.log('No names highlighted: is the shipped pack empty? (npm run --silent corpus -- stats public/corpus/shipped-pack.json)');
  }

  // What the extension reports for this tab (the popup's list).
  const tabId = await sw.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }).chrome;
    return (await c.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id;
  });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 340, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('.people li, .muted').first().waitFor();
  await popup.waitForTimeout(300);
  console.log('\nPeople found (popup):');
  for (const row of await popup.locator('.people li').all()) {
    console.log(`  ${(await row.locator('.name').textContent())?.padEnd(40)} ${await row.locator('.count').textContent()}`);
  }
  await popup.screenshot({ path: path.join(out, 'popup.png') });
  await popup.close();
  await page.bringToFront();

  console.log('\nHighlighted on the page:');
  for (const [kind, texts] of Object.entries(groupByKind(marks))) console.log(`  ${kind}: ${texts.join(', ')}`);

  const target = marks.find((m) => m.kind === 'official');
  if (target) {
    await page.evaluate((i) => {
      const r = [...(CSS.highlights.get('tamga-official') as unknown as Set<Range>)][i]!;
      r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    }, target.index);
    const c = await page.evaluate((i) => {
      const r = [...(CSS.highlights.get('tamga-official') as unknown as Set<Range>)][i]!.getClientRects()[0]!;
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, target.index);
    await page.mouse.move(c.x - 3, c.y);
    await page.mouse.move(c.x, c.y);
    // The card is in a closed shadow root: read it from the content script's world (tests/e2e/card-probe.ts).
    for (let i = 0; i < 50 && !(await cardShown(page)); i++) await page.waitForTimeout(100);
    await page.waitForTimeout(200);
    console.log(`\nCard for "${target.text}":\n${indent((await cardLines(page)).join('\n'))}`);
    const box = await cardBox(page);
    if (box) await page.screenshot({ path: path.join(out, 'card.png'), clip: box });
  }
  await page.screenshot({ path: path.join(out, 'demo.png') });
  console.log(`\nScreenshots: ${path.join(out, 'demo.png')}, card.png, popup.png`);
  if (headed) await page.waitForTimeout(5_000);
} finally {
  await context.close();
  server.close();
}

interface MarkInfo {
  kind: string;
  text: string;
  index: number;
}

async function waitForMarks(page: Page): Promise<MarkInfo[]> {
  const read = () =>
    page.evaluate(() =>
      ['official', 'other', 'ambiguous'].flatMap((kind) =>
        [...((CSS.highlights.get(`tamga-${kind}`) as unknown as Set<Range>) ?? [])].map((r, index) => ({
          kind,
          text: r.toString(),
          index,
        })),
      ),
    );
  let last: MarkInfo[] = [];
  for (let i = 0; i < 30; i++) {
    const now = await read();
    if (now.length && now.length === last.length) return now;
    last = now;
    await page.waitForTimeout(300);
  }
  return last;
}

function groupByKind(marks: MarkInfo[]) {
  const out: Record<string, string[]> = {};
  for (const m of marks) {
    out[m.kind] ??= [];
    out[m.kind]!.push(m.text);
  }
  return out;
}

function indent(s: string) {
  return s
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => `  ${l}`)
    .join('\n');
}
