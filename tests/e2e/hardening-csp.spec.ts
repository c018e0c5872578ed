// The extension's Content-Security-Policy (wxt.config.ts EXTENSION_CSP): extension pages and the service worker
// run only the extension's own scripts and connect only to the extension. Checked on the built manifest and
// by trying, from the popup page and the worker, what the policy must refuse.
import fs from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR, expect, PAGES, test } from './fixtures';
import { serviceWorker } from './helpers';

const directives = (csp: string) =>
  new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );

test('the manifest policy allows no remote code and no remote connection', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const csp: string = manifest.content_security_policy?.extension_pages;
  expect(typeof csp).toBe('string');
  const d = directives(csp);
  expect(d.get('script-src')).toEqual(["'self'"]);
  expect(d.get('object-src')).toEqual(["'none'"]);
  expect(d.get('connect-src')).toEqual(["'self'"]);
  expect(d.get('base-uri')).toEqual(["'none'"]);
  // nothing anywhere names a remote origin, a wildcard or an unsafe keyword
  expect(csp).not.toMatch(/https?:|\*|unsafe-|data:|blob:/);
  // and no page of the extension is reachable from the web
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
});

test('an extension page cannot fetch from the network, load a remote script or eval', async ({ context, extensionId }) => {
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/.test(m.text())) violations.push(m.text());
  });
  // a real script at that address: only the policy can stop it
  await context.route(`${PAGES}/remote-code.js`, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'globalThis.remoteRan = true;' }),
  );
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const tried = await page.evaluate(async (remote) => {
    const chrome = (globalThis as unknown as { chrome: { runtime: { getURL(p: string): string } } }).chrome;
    const fetchRemote = await fetch(`${remote}/news.html`).then(
      () => 'fetched',
      (e: Error) => `refused: ${e.name}`,
    );
    const fetchOwn = await fetch(chrome.runtime.getURL('manifest.json')).then((r) => (r.ok ? 'fetched' : `status ${r.status}`));
    const script = await new Promise<string>((resolve) => {
      const s = document.createElement('script');
      s.src = `${remote}/remote-code.js`;
      s.onload = () => resolve('loaded');
      s.onerror = () => resolve('blocked');
      document.head.append(s);
    });
    let evaluated: string;
    try {
      evaluated = String(new Function('return 40 + 2')());
    } catch (e) {
      evaluated = `refused: ${(e as Error).name}`;
    }
    const ran = (globalThis as unknown as { remoteRan?: boolean }).remoteRan === true;
    return { fetchRemote, fetchOwn, script, ran, evaluated };
  }, PAGES);
  expect(tried).toEqual({
    fetchRemote: 'refused: TypeError',
    fetchOwn: 'fetched',
    script: 'blocked',
    ran: false,
    evaluated: 'refused: EvalError',
  });
  expect(violations.some((v) => v.includes('connect-src'))).toBe(true);
});

test('the service worker cannot fetch from the network', async ({ context }) => {
  const sw = await serviceWorker(context);
  const tried = await sw.evaluate(async (remote) => {
    const remoteTry = await fetch(`${remote}/news.html`).then(
      () => 'fetched',
      (e: Error) => `refused: ${e.name}`,
    );
    const own = await fetch(
      (globalThis as unknown as { chrome: { runtime: { getURL(p: string): string } } }).chrome.runtime.getURL('manifest.json'),
    ).then((r) => (r.ok ? 'fetched' : `status ${r.status}`));
    return { remoteTry, own };
  }, PAGES);
  expect(tried).toEqual({ remoteTry: 'refused: TypeError', own: 'fetched' });
});
