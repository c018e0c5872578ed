// Pages that tamper with built-ins before our content script runs (inline <script> in <head>): the
// content script runs in an isolated world, so prototypes, JSON, Promise, Range, event and observer
// constructors replaced by the page must not reach it; the CSS highlight registry is shared with the page,
// and DOM clobbering (named <img>/<form> elements shadowing document's properties) reaches every world.
// Each row: the names are highlighted and a real hover opens the card; never an error in the page or its
// console. (Playwright's own evaluate needs Array.prototype.slice in the page's world, so that one stays.)
import type { Page } from '@playwright/test';
import { cardText } from './card-probe';
import { expect, PAGES, test } from './fixtures';
import { collectErrors } from './hardening-helpers';

const NAMES = ['Садыр Жапаров', 'Алмаз Мамбетов'];

/** Highlighted text of one kind, read through the registry the page saved before tampering (no Array methods:
 *  the page may have replaced them in this world). */
function marks(page: Page, kind = 'official'): Promise<string> {
  return page.evaluate((kind) => {
    const reg = (window as unknown as { realHighlights: HighlightRegistry }).realHighlights;
    const h = reg.get(`tamga-${kind}`) as unknown as Set<Range> | undefined;
    let out = '';
    if (h) for (const r of h) out += `${out ? '|' : ''}${r.toString()}`;
    return out;
  }, kind);
}

async function rangeCentre(page: Page, text: string) {
  return page.evaluate((text) => {
    const h = (window as unknown as { realHighlights: HighlightRegistry }).realHighlights.get('tamga-official') as unknown as Set<Range>;
    for (const r of h)
      if (r.toString() === text) {
        const b = r.getClientRects()[0]!;
        return `${b.left + b.width / 2},${b.top + b.height / 2}`;
      }
    return '';
  }, text);
}

const rows: string[] = ['array', 'node', 'json', 'promise', 'range', 'events', 'highlights', 'array,node,json,range', 'clobber'];

for (const tamper of rows) {
  test(`tampered ${tamper}: the names are highlighted, the card opens, no error reaches the page`, async ({ context }) => {
    const page = await context.newPage();
    const errors = collectErrors(page, /^Failed to load resource: the server responded with a status of 404/);
    await page.goto(`${PAGES}/hostile/tampered.html?t=${tamper}`);
    if (tamper === 'clobber') {
      // The clobbering took effect in the page's world.
      expect(await page.evaluate(() => `${typeof document.createTreeWalker} ${document.body?.tagName}`)).toBe('object FORM');
    }
    await expect.poll(() => marks(page), { timeout: 15_000 }).toBe(NAMES.join('|'));
    // A real pointer opens the card (with `events`, the page replaced addEventListener in its own world).
    const [x, y] = (await rangeCentre(page, 'Алмаз Мамбетов')).split(',').map(Number) as [number, number];
    await page.mouse.move(x - 2, y);
    await page.mouse.move(x, y);
    await expect.poll(() => cardText(page)).toContain('Алмаз Мамбетов');
    expect(await marks(page, 'other')).toBe('');
    expect(errors).toEqual([]);
  });
}
