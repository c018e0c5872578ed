// Pointer and keyboard access to the marks. The pointer is hit-tested at most once per frame; a card opens
// after the pointer dwells DWELL_MS on one mark, stays while the pointer travels into it (GRACE_MS), closes on
// Esc or when its name leaves the viewport. Alt+Shift+N walks the marks in document order.
import type { Mark } from './scanner';

export const DWELL_MS = 150;
export const GRACE_MS = 350;

export interface HoverTarget {
  markAt(x: number, y: number): Mark | null;
  marks(): Mark[];
  /** Whether an event target is inside our own UI (the card). */
  isOwnUi(target: EventTarget | null): boolean;
  open(mark: Mark, via: 'pointer' | 'keyboard'): void;
  /** The pointer came to rest on a mark: start loading its card during the dwell. */
  prefetch(mark: Mark): void;
  close(): void;
  /** The mark whose card is open, if any. */
  openMark(): Mark | null;
  pinned(): boolean;
  /** The open mark moved (scroll, resize): follow it. */
  reposition(rect: DOMRect): void;
}

export const isNextShortcut = (e: KeyboardEvent) => e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyN';

export function onScreen(rect: DOMRect): boolean {
  return rect.width > 0 && rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth;
}

export class HoverController {
  private x = 0;
  private y = 0;
  private target: EventTarget | null = null;
  private frame = 0;
  private scrollFrame = 0;
  private candidate: Mark | null = null;
  private dwell: ReturnType<typeof setTimeout> | undefined;
  private grace: ReturnType<typeof setTimeout> | undefined;
  private cursor: Mark | null = null;
  /** How long the pointer rests on a name before its card opens (the user's setting). */
  dwellMs = DWELL_MS;

  constructor(private readonly t: HoverTarget) {}

  attach(signal: AbortSignal) {
    const opts = { capture: true, passive: true, signal };
    addEventListener('pointermove', (e) => this.onMove(e), opts);
    addEventListener('scroll', () => this.onScroll(), opts);
    addEventListener('resize', () => this.onScroll(), opts);
    addEventListener('keydown', (e) => this.onKey(e), { capture: true, signal });
    signal.addEventListener('abort', () => this.reset());
  }

  reset() {
    clearTimeout(this.dwell);
    clearTimeout(this.grace);
    cancelAnimationFrame(this.frame);
    cancelAnimationFrame(this.scrollFrame);
    this.frame = 0;
    this.scrollFrame = 0;
    this.candidate = null;
    this.grace = undefined;
  }

  /** The pointer entered the card: keep it open. */
  enteredCard() {
    clearTimeout(this.grace);
    this.grace = undefined;
  }

  private onMove(e: PointerEvent) {
    // Pointer events the page dispatches itself must not open cards (a page could harvest them).
    if (!e.isTrusted) return;
    this.x = e.clientX;
    this.y = e.clientY;
    this.target = e.target;
    if (!this.frame) this.frame = requestAnimationFrame(() => this.evaluate());
  }

  private evaluate() {
    this.frame = 0;
    if (this.t.isOwnUi(this.target)) {
      this.enteredCard();
      this.cancelDwell();
      return;
    }
    const mark = this.t.markAt(this.x, this.y);
    const open = this.t.openMark();
    if (mark) {
      clearTimeout(this.grace);
      this.grace = undefined;
      if (mark === open || mark === this.candidate) return;
      this.candidate = mark;
      this.t.prefetch(mark);
      clearTimeout(this.dwell);
      this.dwell = setTimeout(() => {
        if (this.candidate !== mark) return;
        this.candidate = null;
        this.cursor = mark;
        this.t.open(mark, 'pointer');
      }, this.dwellMs);
      return;
    }
    this.cancelDwell();
    if (open && !this.t.pinned() && this.grace === undefined) {
      this.grace = setTimeout(() => {
        this.grace = undefined;
        if (!this.t.pinned()) this.t.close();
      }, GRACE_MS);
    }
  }

  private cancelDwell() {
    this.candidate = null;
    clearTimeout(this.dwell);
  }

  private onScroll() {
    if (this.scrollFrame || !this.t.openMark()) return;
    this.scrollFrame = requestAnimationFrame(() => {
      this.scrollFrame = 0;
      const m = this.t.openMark();
      if (!m) return;
      const rect = m.range.getBoundingClientRect();
      if (onScreen(rect)) this.t.reposition(rect);
      else this.t.close();
    });
  }

  private onKey(e: KeyboardEvent) {
    if (!e.isTrusted) return;
    if (e.key === 'Escape' && this.t.openMark()) {
      e.preventDefault();
      this.t.close();
      return;
    }
    if (!isNextShortcut(e)) return;
    if (!this.t.marks().length) return;
    e.preventDefault();
    e.stopPropagation();
    this.next();
  }

  /** Scroll to the next mark after the open one (or the last one shown) that `pick` accepts, cycling through
   *  the page, and open its card as the keyboard does. Null when no mark qualifies. */
  next(pick: (m: Mark) => boolean = () => true): Mark | null {
    const marks = this.t.marks();
    const current = this.t.openMark() ?? this.cursor;
    const from = current ? marks.indexOf(current) : -1;
    let next: Mark | null = null;
    for (let k = 1; k <= marks.length; k++) {
      const m = marks[(from + k + marks.length) % marks.length]!;
      if (pick(m)) {
        next = m;
        break;
      }
    }
    if (!next) return null;
    this.cursor = next;
    const el = next.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    this.t.open(next, 'keyboard');
    return next;
  }
}
