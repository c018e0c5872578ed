// Matching for content scripts, in the service worker: one lib/match stream per page (its evidence spans the
// page's blocks), filtered to what the page should highlight (officials, or everyone when the user says so;
// never the names the user hid on that URL). Keeping the index here spares every page parsing it.
import { type MatchHit, type MatchIndex, matchStream } from '@/lib/match';
import type { HitKind, PageHit, Settings } from '@/lib/messaging';

const MAX_PAGES = 32;

interface PageState {
  url: string;
  stream: ReturnType<typeof matchStream>;
  /** Content-side position of the stream's first block (the stream is new after a service-worker restart). */
  base: number;
  sigs: string[];
  used: number;
  hidden: Set<string>;
  highlightAll: boolean;
}

export interface PageContext {
  index: MatchIndex;
  settings: Settings;
  hidden: string[];
}

const signature = (hits: PageHit[]) => hits.map((h) => `${h.start}:${h.end}:${h.kind}:${h.personId ?? h.candidates.join('|')}`).join(',');

export class PageMatchers {
  private readonly pages = new Map<string, PageState>();
  private people: { index: MatchIndex; byId: Map<string, { name: string; display?: string; official: boolean }> } | null = null;

  constructor(private readonly context: (url: string) => Promise<PageContext>) {}

  private persons(index: MatchIndex) {
    if (this.people?.index !== index) this.people = { index, byId: new Map(index.persons.map((p) => [p.id, p])) };
    return this.people.byId;
  }

  /** Pages whose state is being created: requests that arrive meanwhile (a page keeps several in flight)
   *  wait for the same state, so blocks go into one stream in the order they were sent. */
  private readonly pending = new Map<string, Promise<PageState>>();

  private async state(page: string, url: string, offset: number): Promise<PageState> {
    let st = this.pages.get(page);
    if (!st) {
      // (no await before `pending` is set: requests arriving in the same turn must find it)
      let creating = this.pending.get(page);
      if (!creating) {
        creating = this.create(page, url, offset).finally(() => this.pending.delete(page));
        this.pending.set(page, creating);
      }
      st = await creating;
    }
    st.used = performance.now();
    return st;
  }

  private async create(page: string, url: string, offset: number): Promise<PageState> {
    const { index, settings, hidden } = await this.context(url);
    this.persons(index);
    const st: PageState = {
      url,
      stream: matchStream(index),
      base: offset,
      sigs: [],
      used: 0,
      hidden: new Set(hidden),
      highlightAll: settings.highlightAll,
    };
    this.pages.set(page, st);
    if (this.pages.size > MAX_PAGES) {
      const oldest = [...this.pages.entries()].sort((a, b) => a[1].used - b[1].used)[0]!;
      this.pages.delete(oldest[0]);
    }
    return st;
  }

  private filter(st: PageState, hits: MatchHit[]): PageHit[] {
    const byId = this.people!.byId;
    const out: PageHit[] = [];
    for (const h of hits) {
      let kind: HitKind | null = null;
      let name = '';
      if (h.personId) {
        const p = byId.get(h.personId);
        if (!p || st.hidden.has(h.personId)) continue;
        kind = p.official ? 'official' : st.highlightAll ? 'other' : null;
        name = p.display ?? p.name;
      } else {
        const open = h.candidates.filter((id) => !st.hidden.has(id) && byId.has(id));
        if (open.length && (st.highlightAll || open.some((id) => byId.get(id)!.official))) kind = 'ambiguous';
        name = open.map((id) => byId.get(id)!.display ?? byId.get(id)!.name).join(' / ');
      }
      if (kind) out.push({ start: h.start, end: h.end, personId: h.personId, candidates: h.candidates, kind, name });
    }
    return out;
  }

  async match(page: string, url: string, offset: number, blocks: string[]): Promise<PageHit[][]> {
    const st = await this.state(page, url, offset);
    return blocks.map((text) => {
      const hits = this.filter(st, st.stream.add(text));
      st.sigs.push(signature(hits));
      return hits;
    });
  }

  resolve(page: string): [number, PageHit[]][] {
    const st = this.pages.get(page);
    if (!st) return [];
    st.used = performance.now();
    const changed: [number, PageHit[]][] = [];
    st.stream.resolveAll().forEach((raw, i) => {
      const hits = this.filter(st, raw);
      const sig = signature(hits);
      if (sig === st.sigs[i]) return;
      st.sigs[i] = sig;
      changed.push([st.base + i, hits]);
    });
    return changed;
  }

  /** Forget every page's state (the index changed): each page starts anew with its next request. */
  clear() {
    this.pages.clear();
  }

  /** The user hid a person on a URL: pages of that URL stop reporting them. */
  hide(url: string, personId: string) {
    for (const st of this.pages.values()) if (st.url === url) st.hidden.add(personId);
  }
}
