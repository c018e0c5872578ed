// The card's host: one <tamga-card-…> element added to the page on the first hover, after <body> so that pages
// replacing their body's content do not remove it, with a CLOSED shadow root: the page's scripts get null from
// host.shadowRoot, so they can neither read the card the user has open nor rewrite a quote in it (WXT's
// createShadowRootUi could close it too, but ties the UI to its ContentScriptContext, which a page can abort).
// React renders the presentational <Card> inside; this file owns its state (which mark, pinned, notice), its
// placement and its host's life (destroy()).
import { type CSSProperties, useLayoutEffect, useRef, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { Card, type CardView } from '@/components/card/Card';
import cardCss from '@/components/card/card.css?inline';
import { citation } from '@/components/card/citation';
import type { CardStatement, PersonCardData } from '@/lib/messaging';
import { type Box, placeCard } from '@/lib/page/placement';
import type { Mark } from '@/lib/page/scanner';

export interface CardDeps {
  card(personId: string): Promise<PersonCardData | null>;
  /** Whether card(personId) has already settled. */
  loaded(personId: string): boolean;
  openSidePanel(personId: string): Promise<{ opened: boolean; reason?: string }>;
  hide(personId: string): void;
  onPointerEnter(): void;
  onClosed(): void;
}

interface State {
  mark: Mark;
  view: CardView;
  pinned: boolean;
  notice: string | null;
  anchor: Box;
  focus: boolean;
}

const box = (r: DOMRect): Box => ({ top: r.top, left: r.left, width: r.width, height: r.height });

function Frame({ state, ui }: { state: State; ui: CardUi }) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ top: number; left: number; maxHeight: number | null } | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-measure when the content (view) changes size
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // The card's natural height (its content, within the stylesheet's own cap), whatever cap is applied now.
    const r = el.getBoundingClientRect();
    const content = el.querySelector('.card')?.scrollHeight ?? r.height;
    const height = Math.min(content + 2, innerHeight * 0.7, 520);
    setPos(placeCard(state.anchor, { width: r.width, height }, { width: innerWidth, height: innerHeight }));
  }, [state.anchor, state.view]);
  useLayoutEffect(() => {
    if (state.focus && pos) ref.current?.querySelector<HTMLElement>('.card')?.focus();
  }, [state.focus, pos]);
  return (
    <div
      ref={ref}
      className="frame"
      style={
        pos
          ? ({ top: pos.top, left: pos.left, ...(pos.maxHeight === null ? {} : { '--card-max': `${pos.maxHeight}px` }) } as CSSProperties)
          : { top: 0, left: 0, visibility: 'hidden' }
      }
      onPointerEnter={() => ui.deps.onPointerEnter()}
    >
      <Card
        view={state.view}
        pinned={state.pinned}
        notice={state.notice}
        onPin={() => ui.update({ pinned: !state.pinned })}
        onClose={() => ui.close()}
        onCopy={(card, s) => ui.copy(card, s)}
        onOpenSidePanel={(id) => ui.openSidePanel(id)}
        onNotThisPerson={(id) => ui.notThisPerson(id)}
      />
    </div>
  );
}

/** Our shadow root's styles: `all: initial !important` on the host wins over any page rule or inline style on
 *  it (important declarations of the inner tree win), so the page can neither hide nor restyle the card. */
const HOST_CSS = `:host { all: initial !important; }\n${cardCss}`;

/** A custom element name the page cannot guess: a page that defined `tamga-card` before our first hover would
 *  construct our host and, through attachInternals(), hold even its closed shadow root. Defined later (after
 *  seeing the name) it gets nothing: a root attached to an undefined element is not given to ElementInternals. */
const HOST_PREFIX = 'tamga-card-';
function hostName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return HOST_PREFIX + [...bytes].map((b) => b.toString(36).padStart(2, '0')).join('');
}

interface Host {
  el: HTMLElement;
  root: Root;
}

export class CardUi {
  private h: Host | null = null;
  private state: State | null = null;
  private seq = 0;
  private destroyed = false;

  constructor(readonly deps: CardDeps) {}

  isHost(el: EventTarget | null): boolean {
    return !!el && !!this.h && el === this.h.el;
  }

  get host(): HTMLElement | null {
    return this.h?.el ?? null;
  }

  openMark(): Mark | null {
    return this.state?.mark ?? null;
  }

  pinned(): boolean {
    return !!this.state?.pinned;
  }

  private mount(): Host {
    if (!this.h) {
      const el = document.createElement(hostName());
      // The shadow root is kept here only: the page's scripts see `el.shadowRoot === null`.
      const shadow = el.attachShadow({ mode: 'closed' });
      const style = document.createElement('style');
      style.textContent = HOST_CSS;
      const container = document.createElement('div');
      shadow.append(style, container);
      this.h = { el, root: createRoot(container) };
    }
    // A page may have removed it, or moved it into a hidden element of its own: it goes back after <body>.
    if (this.h.el.parentNode !== document.documentElement) document.documentElement.append(this.h.el);
    return this.h;
  }

  /** Unmounts the card and removes its host from the page (the content script is going away). */
  destroy() {
    this.destroyed = true;
    this.seq++;
    this.state = null;
    this.h?.root.unmount();
    this.h?.el.remove();
    this.h = null;
  }

  async open(mark: Mark, via: 'pointer' | 'keyboard') {
    if (this.destroyed) return;
    const seq = ++this.seq;
    const anchor = box(mark.range.getBoundingClientRect());
    const ids = mark.personId ? [mark.personId] : mark.candidates;
    const base = { mark, pinned: false, notice: null, anchor, focus: via === 'keyboard' };
    if (mark.personId) this.state = { ...base, view: { state: 'loading', surface: mark.surface } };
    else
      this.state = {
        ...base,
        view: {
          state: 'ambiguous',
          surface: mark.surface,
          // Names arrive with the candidates' cards; until then the surface stands in.
          candidates: ids.map((id) => ({ id, name: mark.surface, official: false })),
        },
      };
    const pending = Promise.all(ids.map((id) => this.deps.card(id)));
    // Usually prefetched during the dwell: skip the "Loading…" frame when every card is already here.
    const early = ids.every((id) => this.deps.loaded(id));
    this.mount();
    if (!early) this.render();
    try {
      const cards = await pending;
      if (seq !== this.seq || !this.state) return;
      if (mark.personId) {
        const card = cards[0];
        this.state.view = card
          ? { state: 'person', card }
          : { state: 'missing', surface: mark.surface, message: 'This person is not in the corpus any more.' };
      } else {
        const found = cards.filter((c): c is PersonCardData => !!c);
        this.state.view = { state: 'ambiguous', surface: mark.surface, candidates: found };
      }
    } catch (e) {
      if (seq !== this.seq || !this.state) return;
      this.state.view = {
        state: 'missing',
        surface: mark.surface,
        message: `Could not load the card (${e instanceof Error ? e.message : e}).`,
      };
    }
    this.render();
  }

  update(change: Partial<State>) {
    if (!this.state) return;
    this.state = { ...this.state, ...change, focus: false };
    this.render();
  }

  reposition(rect: DOMRect) {
    this.update({ anchor: box(rect) });
  }

  close() {
    if (!this.state) return;
    this.seq++;
    this.state = null;
    this.h?.root.render(null);
    this.deps.onClosed();
  }

  async copy(card: PersonCardData, s: CardStatement) {
    try {
      await navigator.clipboard.writeText(citation(card, s));
      this.update({ notice: 'Quote copied with its citation.' });
    } catch {
      this.update({ notice: 'The browser refused clipboard access on this page.' });
    }
  }

  async openSidePanel(personId: string) {
    const r = await this.deps.openSidePanel(personId).catch((e) => ({ opened: false, reason: String(e) }));
    if (!r.opened) this.update({ notice: 'Open the side panel from the toolbar: the browser did not allow opening it from here.' });
  }

  notThisPerson(personId: string) {
    this.deps.hide(personId);
    this.close();
  }

  private render() {
    if (!this.state || !this.h) return;
    this.h.root.render(<Frame state={this.state} ui={this} />);
  }
}
