// Opens the corpus: IndexedDB with the shipped pack imported, or (IndexedDB unavailable) the bundled pack
// in memory, read-only. The shipped pack is (re)imported on install/update and when the database lacks it.
import { browser } from 'wxt/browser';
import { parsePack } from '@/lib/extract/pack';
import { type Corpus, DexieCorpus, importShippedPack, MemoryCorpus, openDb, packHash, SHIPPED_META } from '@/lib/storage';

export const PACK_PATH = '/corpus/shipped-pack.json';

async function fetchShippedPack(stages: Record<string, number> = {}) {
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    stages[name] = Math.round(now - t);
    t = now;
  };
  // Extension-internal URL: read from the extension's own files, never the network.
  const res = await fetch(browser.runtime.getURL(PACK_PATH as '/'));
  const bytes = await res.arrayBuffer();
  lap('fetch');
  const json = JSON.parse(new TextDecoder().decode(bytes));
  lap('parse');
  const pack = parsePack(json);
  lap('validate');
  // The file's bytes, as read: hashing the decoded text would encode 40 MB back to UTF-8 first.
  const hash = await packHash(bytes);
  lap('hash');
  return { pack, hash };
}

export interface OpenedCorpus {
  corpus: Corpus;
  error: string | null;
}

export async function openCorpus(checkForUpdate: boolean): Promise<OpenedCorpus> {
  let db: ReturnType<typeof openDb>;
  try {
    db = openDb();
    await db.open();
  } catch (e) {
    const { pack, hash } = await fetchShippedPack();
    return { corpus: new MemoryCorpus(pack, hash), error: `IndexedDB unavailable (${e instanceof Error ? e.message : e})` };
  }
  try {
    if (checkForUpdate || !(await db.meta.get(SHIPPED_META))) {
      const t0 = performance.now();
      const stages: Record<string, number> = {};
      const { pack, hash } = await fetchShippedPack(stages);
      const t1 = performance.now();
      const outcome = await importShippedPack(db, pack, hash);
      stages.transaction = Math.round(performance.now() - t1);
      const ms = Math.round(performance.now() - t0);
      // Kept for the popup's status and the browser benchmark: fetch + validate + hash + transaction.
      await db.meta.put({ key: 'lastImport', value: { outcome, ms, stages, at: new Date().toISOString() } });
      console.info(`[tamga] shipped pack ${outcome} in ${ms} ms (${pack.persons.length} persons, ${pack.statements.length} statements)`);
    }
    return { corpus: new DexieCorpus(db), error: null };
  } catch (e) {
    console.error('[tamga] shipped pack import failed:', e instanceof Error ? `${e.name}: ${e.message}` : e);
    return { corpus: new DexieCorpus(db), error: `shipped pack not imported: ${e instanceof Error ? e.message : e}` };
  }
}

/** Ask the browser not to evict our data. Only windows have persist(); the popup calls this too. */
export async function requestPersistence(): Promise<boolean> {
  const s = (globalThis.navigator as Navigator | undefined)?.storage;
  if (!s) return false;
  if (await s.persisted?.()) return true;
  return typeof s.persist === 'function' ? s.persist().catch(() => false) : false;
}
