// The card's host: one shadow-root UI (createShadowRootUi) added to the page on the first hover, after
// <body> so that pages replacing their body's content do not remove it. React renders the presentational
// <Card> inside; this file owns its state (which mark, pinned, notice) and its placement.
import { type CSSProperties, useLayoutEffect, useRef, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
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

export class CardUi {
  private ui: ShadowRootContentScriptUi<Root> | null = null;
  private creating: Promise<ShadowRootContentScriptUi<Root>> | null = null;
  private state: State | null = null;
  private seq = 0;

  constructor(
    private readonly ctx: ContentScriptContext,
    readonly deps: CardDeps,
  ) {}

  isHost(el: EventTarget | null): boolean {
    return !!el && !!this.ui && el === this.ui.shadowHost;
  }

  get host(): HTMLElement | null {
    return this.ui?.shadowHost ?? null;
  }

  openMark(): Mark | null {
    return this.state?.mark ?? null;
  }

  pinned(): boolean {
    return !!this.state?.pinned;
  }

  private async mount(): Promise<ShadowRootContentScriptUi<Root>> {
    this.creating ??= createShadowRootUi(this.ctx, {
      name: 'tamga-card',
      position: 'inline',
      anchor: () => document.documentElement,
      append: 'last',
      css: cardCss,
      onMount(container) {
        return createRoot(container);
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    this.ui = await this.creating;
    if (!this.ui.shadowHost.isConnected) this.ui.mount();
    return this.ui;
  }

  async open(mark: Mark, via: 'pointer' | 'keyboard') {
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
    await this.mount();
    if (seq !== this.seq) return;
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
    this.ui?.mounted?.render(null);
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
    if (!this.state || !this.ui?.mounted) return;
    this.ui.mounted.render(<Frame state={this.state} ui={this} />);
  }
}
