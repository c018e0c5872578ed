// The page scanner: text blocks → matcher (in the background) → CSS highlights, kept up to date.
//
//   MutationObserver ──queue nodes──▶ queued ─┐
//   start()/rescan() ──TreeWalker(body)───────┼─▶ walk (≤ WALK_NODES per step) ─▶ blocks to match
//                                              └─▶ dirty blocks ─▶ re-collect ─┘        │
//        16–256 KB of block text per message     ──▶ background page matcher (service worker) ◀─┘
//        hits ──▶ ready ──▶ marks per block (≤ APPLY_HITS per step) ──▶ one Highlight per kind
//   (blocks in which no capitalised word probes positive in the background's prefilter are not sent at all)
//   queue drained ─▶ matcher.resolve(): evidence found later (a full name further down) settles bare
//                    surnames seen earlier; the background returns only the blocks whose hits changed.
//
// Matching runs in the extension's service worker, not on the page's main thread: the page pays for walking
// its DOM, sending its text and painting the Ranges, never for parsing a multi-megabyte index or scanning.
// Every page-side step is small and runs in SlicedWorker slices (~4 ms); up to MAX_INFLIGHT batches are in
// flight. New marks reach the highlights in a few steps, not one per batch (`paint`).
// The page DOM is never modified: highlights are Ranges painted by the CSS Custom Highlight API. A mutation
// storm (queue > STORM_NODES) drops the queue and schedules one full rescan (darkreader's inject/utils/dom.ts).
import type { HitKind, PageHit } from '../messaging/protocol';
import { type Block, Classifier, collectTextNodes, makeBlock, rangeFor } from './blocks';
import { Queue } from './queue';
import { SlicedWorker } from './schedule';

export type { PageHit };
export type Kind = HitKind;
export const KINDS: Kind[] = ['official', 'other', 'ambiguous'];
export const highlightName = (k: Kind | 'active') => `tamga-${k}`;

const WALK_NODES = 1_500;
/** The first batch is small so the top of the page lights up soon; later ones grow to save round trips. */
const BATCH_FIRST = 16_000;
const BATCH_MAX = 256_000;
const APPLY_HITS = 200;
const MAX_INFLIGHT = 4;
/** Block text examined (read, prefiltered) per step, whether sent or not. */
const EXAMINE_CHARS = 32_000;
const STORM_NODES = 2_000;
/** During a long scan, new marks are painted at most this often (ms); see `paint`. */
const PAINT_EVERY_MS = 500;
/** Time a step may spend adding ranges to the highlights (Highlight.add: ~0.5 µs each). Generous: every
 *  frame rendered between two steps of one paint re-validates all the ranges registered so far. */
const PAINT_MS = 3;
const CAPITAL = /\p{Lu}/u;

export interface Mark {
  range: Range;
  block: Element;
  kind: Kind;
  personId: string | null;
  candidates: string[];
  name: string;
  surface: string;
}

/** The page's matcher: blocks in page order, evidence shared across them (one state per `reset`). */
export interface PageMatcher {
  /** Start a new page state (a full rescan). */
  reset(): void;
  /** Match more blocks, appended after those sent before; hits per block. */
  match(blocks: string[]): Promise<PageHit[][]>;
  /** Re-resolve every block sent so far with all the evidence; the blocks (by position) whose hits changed. */
  resolve(): Promise<[number, PageHit[]][]>;
}

export interface ScannerOptions {
  matcher: PageMatcher;
  isOwnUi(el: Element): boolean;
  /** Called after a batch of work changed the marks. */
  onMarksChanged(): void;
  /** May this block's text name someone (prefilter.ts)? Blocks that may not are never sent. Default: it has
   *  a capital letter. */
  mayName?(text: string): boolean;
  /** An open shadow root was found (its text is scanned too): give it the highlight styles, which a document
   *  stylesheet does not reach. */
  onShadowRoot?(root: ShadowRoot): void;
}

/** Order of two ranges in the composed tree (ranges in different shadow trees cannot be compared directly:
 *  compareBoundaryPoints throws across roots). */
function compareRanges(a: Range, b: Range): number {
  const ra = a.startContainer.getRootNode();
  const rb = b.startContainer.getRootNode();
  if (ra === rb) return a.compareBoundaryPoints(Range.START_TO_START, b);
  const lift = (n: Node): Node[] => {
    const chain = [n];
    for (let r = n.getRootNode(); r instanceof ShadowRoot; r = r.host.getRootNode()) chain.push(r.host);
    return chain.reverse(); // outermost first: [host in the document, ..., the node]
  };
  const la = lift(a.startContainer);
  const lb = lift(b.startContainer);
  let i = 0;
  while (i < la.length - 1 && i < lb.length - 1 && la[i] === lb[i]) i++;
  const x = la[i]!;
  const y = lb[i]!;
  if (x === y) return la.length - lb.length; // light content of a host before the content of its shadow tree
  const pos = x.compareDocumentPosition(y);
  return pos & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : pos & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0;
}

export class PageScanner {
  private readonly classifier: Classifier;
  private readonly marksByBlock = new Map<Element, Mark[]>();
  private marksByNode = new WeakMap<Node, Mark[]>();
  private readonly highlights = new Map<Kind | 'active', Highlight>();
  private walker: TreeWalker | null = null;
  /** Open shadow roots found so far (scanned and observed like the document), and those not walked yet. */
  private shadowRoots = new Set<ShadowRoot>();
  private readonly rootsToWalk = new Queue<ShadowRoot>();
  private walked = new Map<Element, Text[]>();
  /** Blocks to examine and send, in page order (a Queue: a page can have 100 000 of them). */
  private readonly toMatch = new Queue<[Element, Text[] | null]>();
  private readonly queued = new Set<Node>();
  private readonly dirty = new Set<Element>();
  private prune = false;
  private changed = false;
  private ordered: Mark[] | null = null;
  private observer: MutationObserver | null = null;
  /** Blocks in the order sent to the matcher (a block the page replaced or removed is let go: `forget`), and
   *  the latest position of each element. */
  private sent: (Block | undefined)[] = [];
  private latest = new Map<Element, number>();
  /** Hits back from the matcher, waiting to become marks. */
  private readonly ready = new Queue<[number, PageHit[]]>();
  /** Blocks that passed the prefilter, waiting to be sent together. */
  private batch: Block[] = [];
  private batchChars = 0;
  /** Requests sent and not answered yet (up to MAX_INFLIGHT: transit overlaps the background's matching). */
  private inflight = 0;
  private batches = 0;
  private unresolved = false;
  /** Bumped by rescan(): answers to older requests are dropped. */
  private generation = 0;
  /** Ranges of new marks not yet added to their highlights (see `paint`), and when marks were last painted. */
  private readonly unpainted = new Map<Range, Kind>();
  private paintedAt = -1;
  private painting = false;
  readonly worker: SlicedWorker;

  constructor(private readonly opts: ScannerOptions) {
    this.classifier = new Classifier(opts.isOwnUi);
    this.worker = new SlicedWorker(() => this.step());
    for (const k of [...KINDS, 'active'] as const) {
      const h = new Highlight();
      if (k === 'active') h.priority = 1;
      this.highlights.set(k, h);
    }
  }

  /** Registered with the page's highlight registry on the first mark: a page without names pays nothing. */
  private registered = false;
  private highlight(k: Kind | 'active'): Highlight {
    if (!this.registered) {
      this.registered = true;
      for (const [kind, h] of this.highlights) CSS.highlights.set(highlightName(kind), h);
    }
    return this.highlights.get(k)!;
  }

  /** Scan the whole page and watch it for changes. */
  start() {
    this.rescan();
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    for (const root of this.shadowRoots) this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  stop() {
    this.observer?.disconnect();
    this.observer = null;
    this.clear();
    this.generation++;
    this.walker = null;
    this.ready.clear();
    this.batch = [];
    this.batchChars = 0;
    this.inflight = 0;
    this.toMatch.clear();
    this.queued.clear();
    this.dirty.clear();
  }

  destroy() {
    this.stop();
    if (this.registered)
      for (const [k, h] of this.highlights) if (CSS.highlights.get(highlightName(k)) === h) CSS.highlights.delete(highlightName(k));
    this.registered = false;
  }

  /** Forget every mark and scan the page again (settings changed, mutation storm). */
  rescan() {
    this.clear();
    this.queued.clear();
    this.dirty.clear();
    this.toMatch.clear();
    this.walked = new Map();
    this.generation++;
    this.opts.matcher.reset();
    this.sent = [];
    this.latest = new Map();
    this.ready.clear();
    this.batch = [];
    this.batchChars = 0;
    this.inflight = 0;
    this.batches = 0;
    this.unresolved = false;
    this.shadowRoots = new Set();
    this.rootsToWalk.clear();
    this.walker = document.body ? document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT) : null;
    this.worker.wake();
  }

  get marks(): Mark[] {
    if (!this.ordered) {
      const all = [...this.marksByBlock.values()].flat();
      all.sort((a, b) => compareRanges(a.range, b.range));
      this.ordered = all;
    }
    return this.ordered;
  }

  /** Drop the marks of one person (the user said "not this person"). */
  removePerson(personId: string) {
    for (const [block, marks] of this.marksByBlock) {
      const keep = marks.filter((m) => m.personId !== personId);
      if (keep.length === marks.length) continue;
      for (const m of marks) if (m.personId === personId) this.unmark(m);
      if (keep.length) this.marksByBlock.set(block, keep);
      else this.marksByBlock.delete(block);
    }
    this.ordered = null;
    this.opts.onMarksChanged();
  }

  setActive(mark: Mark | null) {
    const h = this.highlights.get('active')!;
    h.clear();
    if (mark) this.highlight('active').add(mark.range);
  }

  /** The mark under the viewport point (x, y), confirmed against the mark's own client rects: the caret
   *  API answers with the nearest text even over blank space. */
  markAt(x: number, y: number): Mark | null {
    // (a page without marks costs no hit test per frame of pointer movement)
    if (!this.marksByBlock.size) return null;
    const doc = document as Document & { caretRangeFromPoint?(x: number, y: number): Range | null };
    let node: Node | null = null;
    if (typeof doc.caretPositionFromPoint === 'function') {
      // (without the roots, a point over shadow content answers with the host)
      const at = doc.caretPositionFromPoint as (x: number, y: number, o?: { shadowRoots: ShadowRoot[] }) => CaretPosition | null;
      node = at.call(doc, x, y, this.shadowRoots.size ? { shadowRoots: [...this.shadowRoots] } : undefined)?.offsetNode ?? null;
    } else node = doc.caretRangeFromPoint?.(x, y)?.startContainer ?? null;
    if (!node) return null;
    for (const m of this.marksByNode.get(node) ?? []) {
      if (!this.marksByBlock.get(m.block)?.includes(m)) continue;
      for (const r of m.range.getClientRects()) {
        if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return m;
      }
    }
    return null;
  }

  private clear() {
    for (const h of this.highlights.values()) h.clear();
    this.unpainted.clear();
    this.paintedAt = -1;
    this.painting = false;
    this.marksByBlock.clear();
    this.marksByNode = new WeakMap();
    this.ordered = null;
  }

  private onMutations(records: MutationRecord[]) {
    for (const r of records) {
      const target = r.target;
      const el = target.nodeType === Node.ELEMENT_NODE ? (target as Element) : target.parentElement;
      if (el && this.opts.isOwnUi(el)) continue;
      if (r.type === 'characterData') this.queued.add(target);
      else {
        for (const n of r.addedNodes) this.queued.add(n);
        if (r.removedNodes.length) {
          this.queued.add(target);
          this.prune = true;
        }
      }
    }
    if (this.queued.size > STORM_NODES) {
      this.rescan();
      return;
    }
    if (this.queued.size || this.prune) this.worker.wake();
  }

  /** One small unit of work; false when nothing is left. */
  private step(): boolean {
    if (this.painting) return this.paintSome();
    if (this.prune) return this.pruneDetached();
    if (this.queued.size) return this.takeQueued();
    if (this.walker) return this.walk();
    if (this.ready.length) return this.applyReady();
    if (this.toMatch.length && this.inflight < MAX_INFLIGHT) return this.sendBatch();
    if (this.inflight) return false; // woken by the answer
    if (this.dirty.size) {
      for (const el of this.dirty) this.toMatch.push([el, null]);
      this.dirty.clear();
      return true;
    }
    if (this.unpainted.size) return this.paint();
    if (this.unresolved) return this.resolveLate();
    this.classifier.reset();
    if (this.changed) {
      this.changed = false;
      this.opts.onMarksChanged();
    }
    return false;
  }

  private pruneDetached(): boolean {
    this.prune = false;
    for (const [block, marks] of this.marksByBlock) {
      if (block.isConnected) continue;
      for (const m of marks) this.unmark(m);
      this.marksByBlock.delete(block);
      this.ordered = null;
      this.changed = true;
    }
    for (const el of this.latest.keys()) if (!el.isConnected) this.forget(el);
    return true;
  }

  /** Let go of a sent block (its element, text nodes and text): the page replaced or removed it, or sends it
   *  again. Its position stays taken (the matcher's offsets count it); an answer for it is dropped. Without
   *  this a long-lived page (a feed, a virtual list) kept every block it ever showed, and its DOM, alive. */
  private forget(el: Element) {
    const i = this.latest.get(el);
    if (i === undefined) return;
    this.latest.delete(el);
    this.sent[i] = undefined;
  }

  private takeQueued(): boolean {
    this.classifier.reset();
    let budget = WALK_NODES;
    for (const n of this.queued) {
      this.queued.delete(n);
      if (!n.isConnected) continue;
      if (n.nodeType === Node.TEXT_NODE) {
        const p = n.parentElement;
        if (p) this.markDirty(p);
        budget--;
      } else if (n.nodeType === Node.ELEMENT_NODE || n instanceof ShadowRoot) {
        if (n.nodeType === Node.ELEMENT_NODE) {
          if (this.opts.isOwnUi(n as Element)) continue;
          this.markDirty(n as Element);
        }
        const found = new Map<Element, Text[]>();
        budget -= collectTextNodes(n, this.classifier, found, undefined, (root) => this.addShadowRoot(root, false));
        for (const b of found.keys()) this.dirty.add(b);
      }
      if (budget <= 0) break;
    }
    return true;
  }

  private markDirty(el: Element) {
    const c = this.classifier.classify(el);
    if (!c.skip) this.dirty.add(c.block);
  }

  private walk(): boolean {
    const w = this.walker!;
    for (let i = 0; i < WALK_NODES; i++) {
      const node = w.nextNode();
      if (!node) {
        const next = this.rootsToWalk.shift();
        this.walker = next ? document.createTreeWalker(next, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT) : null;
        if (this.walker) return true;
        for (const entry of this.walked) this.toMatch.push(entry);
        this.walked = new Map();
        return true;
      }
      if (node.nodeType !== Node.TEXT_NODE) {
        const root = (node as Element).shadowRoot;
        if (root) this.addShadowRoot(root, true);
        continue;
      }
      const parent = node.parentElement;
      if (!parent || !(node as Text).data.length) continue;
      const c = this.classifier.classify(parent);
      if (c.skip) continue;
      const list = this.walked.get(c.block);
      if (list) list.push(node as Text);
      else this.walked.set(c.block, [node as Text]);
    }
    return true;
  }

  /** A shadow root to scan: walked after the document (`walk`) or collected now (content added later), and
   *  watched by the same observer. Closed roots are invisible here (element.shadowRoot is null): they are
   *  the page's private UI, and our own card is one. */
  private addShadowRoot(root: ShadowRoot, walkLater: boolean) {
    if (this.shadowRoots.has(root) || this.opts.isOwnUi(root.host)) return;
    this.shadowRoots.add(root);
    this.opts.onShadowRoot?.(root);
    this.observer?.observe(root, { childList: true, subtree: true, characterData: true });
    if (walkLater) this.rootsToWalk.push(root);
    else this.queued.add(root);
  }

  /** The text nodes that belong to `el` as a block (not those of nested blocks or skipped subtrees). */
  private blockNodes(el: Element, out: Text[] = []): Text[] {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === Node.TEXT_NODE) {
        if ((n as Text).data.length) out.push(n as Text);
      } else if (n.nodeType === Node.ELEMENT_NODE) {
        const c = this.classifier.classify(n as Element);
        if (!c.skip && c.block !== n) this.blockNodes(n as Element, out);
      }
    }
    return out;
  }

  /** Examine up to EXAMINE_CHARS of queued blocks (the prefilter decides which may name someone); send the
   *  batch gathered so far once it reaches the batch size or nothing is left to examine. */
  private sendBatch(): boolean {
    const limit = Math.min(BATCH_MAX, BATCH_FIRST * 2 ** this.batches);
    let examined = 0;
    while (this.toMatch.length && this.batchChars < limit && examined < EXAMINE_CHARS) {
      const [el, nodes] = this.toMatch.shift()!;
      if (!el.isConnected) {
        this.replaceMarks(el, null, []);
        continue;
      }
      const c = this.classifier.classify(el);
      const block = makeBlock(el, nodes ?? (c.skip ? [] : this.blockNodes(el)));
      examined += block.text.length + 16;
      if (!(this.opts.mayName ? this.opts.mayName(block.text) : CAPITAL.test(block.text))) {
        // No name possible: nothing to send (clears marks of a block whose name went away). Positions count
        // sent blocks only, so skipping one keeps every offset and position right.
        this.replaceMarks(el, block, []);
        this.forget(el);
        continue;
      }
      this.batch.push(block);
      this.batchChars += block.text.length;
    }
    if (!this.batch.length || (this.toMatch.length && this.batchChars < limit)) return true;
    const blocks = this.batch;
    this.batch = [];
    this.batchChars = 0;
    this.batches++;
    const first = this.sent.length;
    for (const [i, b] of blocks.entries()) {
      this.forget(b.element);
      this.sent.push(b);
      this.latest.set(b.element, first + i);
    }
    this.request(
      this.opts.matcher.match(blocks.map((b) => b.text)).then((hits) => hits.map((h, i): [number, PageHit[]] => [first + i, h])),
    );
    this.unresolved = true;
    return true;
  }

  /** Re-resolve with the whole page's evidence; only changed blocks come back. */
  private resolveLate(): boolean {
    this.unresolved = false;
    this.request(this.opts.matcher.resolve());
    return true;
  }

  private request(answer: Promise<[number, PageHit[]][]>) {
    const generation = this.generation;
    this.inflight++;
    answer
      .then((hits) => {
        if (generation !== this.generation) return;
        for (const h of hits) this.ready.push(h);
      })
      .catch((e) => console.warn('[tamga] matcher:', e))
      .finally(() => {
        if (generation !== this.generation) return;
        this.inflight--;
        // the scan goes on at once (in slices as ever), not at the next idle period: one per answer adds up
        this.worker.wake(true);
      });
  }

  private applyReady(): boolean {
    let budget = APPLY_HITS;
    while (this.ready.length && budget > 0) {
      const [i, hits] = this.ready.shift()!;
      const b = this.sent[i];
      budget -= hits.length + 1;
      if (!b || this.latest.get(b.element) !== i || !b.element.isConnected) continue;
      this.replaceMarks(b.element, b, hits);
    }
    // the first marks of a scan (the top of the page) at once, later ones together (`paint`)
    if (this.unpainted.size && (this.paintedAt < 0 || performance.now() - this.paintedAt >= PAINT_EVERY_MS)) this.paint();
    return true;
  }

  /** Add the new marks' ranges to their highlights. Batched: on every frame in which a highlight changed, the
   *  browser re-validates every registered range (Chromium's HighlightRegistry), so marks added batch by batch
   *  cost rendering work that grew with the square of their number (a page of 50 000 mentions took ~3.1 s to
   *  settle, ~1.0 s batched). A scan paints its first marks at once, then at most every PAINT_EVERY_MS, and the
   *  rest when the work runs out, in steps of PAINT_MS; marks exist (for hover, the keyboard and the popup) as
   *  soon as they are made. */
  private paint(): boolean {
    this.painting = true;
    this.paintedAt = performance.now();
    return true;
  }

  private paintSome(): boolean {
    const until = performance.now() + PAINT_MS;
    let n = 0;
    for (const [range, kind] of this.unpainted) {
      if ((++n & 255) === 0 && performance.now() > until) return true;
      this.highlight(kind).add(range);
      this.unpainted.delete(range);
    }
    this.painting = false;
    return true;
  }

  private unmark(m: Mark) {
    if (!this.unpainted.delete(m.range)) this.highlights.get(m.kind)!.delete(m.range);
  }

  private replaceMarks(el: Element, block: Block | null, hits: PageHit[]) {
    const old = this.marksByBlock.get(el);
    if (old) {
      for (const m of old) this.unmark(m);
      this.marksByBlock.delete(el);
      this.ordered = null;
      this.changed = true;
    }
    if (!block) {
      this.forget(el);
      return;
    }
    for (const n of block.nodes) this.marksByNode.delete(n);
    const marks: Mark[] = [];
    for (const hit of hits) {
      const kind = hit.kind;
      if (hit.end <= hit.start || hit.end > block.text.length) continue;
      const { range, first, last } = rangeFor(block, hit.start, hit.end);
      const mark: Mark = {
        range,
        block: el,
        kind,
        personId: hit.personId,
        candidates: hit.candidates,
        name: hit.name,
        surface: block.text.slice(hit.start, hit.end),
      };
      marks.push(mark);
      this.unpainted.set(range, kind);
      for (let i = first; i <= last; i++) {
        const n = block.nodes[i]!;
        const list = this.marksByNode.get(n);
        if (list) list.push(mark);
        else this.marksByNode.set(n, [mark]);
      }
    }
    if (marks.length) {
      this.marksByBlock.set(el, marks);
      this.ordered = null;
      this.changed = true;
    }
  }

  /** Stop and take back exactly this instance's highlights: its own Highlight objects are emptied and a name
   *  is unregistered only while it still holds ours (a newer instance of the content script, started after an
   *  extension reload, registers the same names; destroy() would delete them). */
  dispose() {
    this.stop();
    for (const [k, h] of this.highlights) {
      h.clear();
      if (CSS.highlights.get(highlightName(k)) === h) CSS.highlights.delete(highlightName(k));
    }
    this.registered = false;
  }
}
