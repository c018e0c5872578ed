// Take-over after an install, update or reload: browsers run a manifest's content scripts only in documents
// loaded afterwards, so the tabs already open get the new content script (and its stylesheet) injected here,
// in every frame, from the built manifest's own content_scripts entry. A previous version's script still in
// those documents sees its context gone and takes its highlights and card away (lib/page/lifecycle.ts); the
// new one runs in another isolated world, so both never count as one (entrypoints/content-script/index.ts).
//
// Needs "scripting" (Chrome) and host permissions for http(s) pages, which the content script's matches
// already imply: the install prompt does not grow. Firefox MV2 has tabs.executeScript/insertCSS instead.
import { browser } from 'wxt/browser';

interface ScriptingApi {
  executeScript(o: { target: { tabId: number; allFrames: boolean }; files: string[] }): Promise<unknown>;
  insertCSS(o: { target: { tabId: number; allFrames: boolean }; files: string[] }): Promise<unknown>;
}
interface TabsMv2 {
  executeScript?(tabId: number, o: { file: string; allFrames: boolean; runAt: string }): Promise<unknown>;
  insertCSS?(tabId: number, o: { file: string; allFrames: boolean }): Promise<unknown>;
}

const PAGES = ['http://*/*', 'https://*/*'];

/** Inject the manifest's content scripts into every open http(s) tab; the number of tabs reached. */
export async function reinjectContentScripts(): Promise<number> {
  const entries = browser.runtime.getManifest().content_scripts ?? [];
  const scripting = (browser as unknown as { scripting?: ScriptingApi }).scripting;
  const tabsMv2 = browser.tabs as unknown as TabsMv2;
  // Discarded tabs load the manifest's script when the user returns to them.
  const tabs = (await browser.tabs.query({ url: PAGES })).filter((t) => t.id !== undefined && !t.discarded);
  const results = await Promise.all(
    tabs.map(async ({ id }) => {
      const tabId = id!;
      try {
        for (const e of entries) {
          const allFrames = !!e.all_frames;
          const css = e.css ?? [];
          const js = e.js ?? [];
          if (scripting) {
            if (css.length) await scripting.insertCSS({ target: { tabId, allFrames }, files: css });
            if (js.length) await scripting.executeScript({ target: { tabId, allFrames }, files: js });
          } else if (tabsMv2.executeScript && tabsMv2.insertCSS) {
            for (const file of css) await tabsMv2.insertCSS(tabId, { file: `/${file}`, allFrames });
            for (const file of js) await tabsMv2.executeScript(tabId, { file: `/${file}`, allFrames, runAt: 'document_idle' });
          }
        }
        return true;
      } catch {
        // A tab we may not script (the Web Store, an error page) or one closed meanwhile.
        return false;
      }
    }),
  );
  return results.filter(Boolean).length;
}
