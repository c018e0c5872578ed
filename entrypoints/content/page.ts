// Wiring of one page: fetch the match index once, scan and highlight, open cards on hover or keyboard,
// answer the popup's report, follow the user's switches.

import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { matchStream } from '@/lib/match';
import { listenInTab, type MatchBundle, type PageReport, type PersonCardData, type Settings, sendToBackground } from '@/lib/messaging';
import { HoverController } from '@/lib/page/hover';
import { type Kind, type Mark, PageScanner } from '@/lib/page/scanner';
import { CardUi } from './card-ui';

const pageUrl = () => location.href.split('#')[0]!;
const siteActive = (s: Settings) => s.enabled && !s.disabledSites.includes(location.hostname);

export async function runPage(ctx: ContentScriptContext) {
  let bundle: MatchBundle;
  try {
    bundle = await sendToBackground('getMatchIndex', { url: pageUrl() });
  } catch (e) {
    console.warn('[tamga] no match index:', e);
    return;
  }
  let settings = bundle.settings;
  const persons = new Map(bundle.persons.map((p) => [p.id, p]));
  const hidden = new Set(bundle.hidden);
  const cards = new Map<string, Promise<PersonCardData | null>>();
  let running = false;
  let hover: { controller: HoverController; abort: AbortController } | null = null;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;

  const accept = (personId: string | null, candidates: string[]): Kind | null => {
    if (personId) {
      if (hidden.has(personId)) return null;
      const p = persons.get(personId);
      if (!p) return null;
      return p.official ? 'official' : settings.highlightAll ? 'other' : null;
    }
    const open = candidates.filter((id) => !hidden.has(id) && persons.has(id));
    if (!open.length) return null;
    return settings.highlightAll || open.some((id) => persons.get(id)!.official) ? 'ambiguous' : null;
  };

  const card: CardUi = new CardUi(ctx, {
    card(personId) {
      let p = cards.get(personId);
      if (!p) {
        p = sendToBackground('personCard', { personId });
        p.catch(() => cards.delete(personId));
        cards.set(personId, p);
      }
      return p;
    },
    person: (id) => persons.get(id),
    openSidePanel: (personId) => sendToBackground('openSidePanel', { personId }),
    hide(personId) {
      hidden.add(personId);
      scanner.removePerson(personId);
      void sendToBackground('hideMention', { url: pageUrl(), personId }).catch((e) => console.warn('[tamga]', e));
    },
    onPointerEnter: () => hover?.controller.enteredCard(),
    onClosed: () => scanner.setActive(null),
  });

  const isOwnUi = (el: EventTarget | null) => card.isHost(el);

  const scanner = new PageScanner({
    createMatcher: () => matchStream(bundle.index),
    accept: (hit) => accept(hit.personId, hit.candidates),
    isOwnUi: (el) => card.isHost(el),
    onMarksChanged() {
      clearTimeout(reportTimer);
      reportTimer = setTimeout(() => void sendToBackground('pageReport', report()).catch(() => undefined), 250);
    },
  });

  function report(): PageReport {
    const groups = new Map<string, PageReport['people'][number]>();
    const marks = running ? scanner.marks : [];
    for (const m of marks) {
      const key = m.personId ?? `?${m.candidates.join('|')}`;
      const g = groups.get(key);
      if (g) g.count++;
      else {
        const p = m.personId ? persons.get(m.personId) : undefined;
        const name = p?.name ?? m.candidates.map((id) => persons.get(id)?.name ?? id).join(' / ');
        groups.set(key, { personId: m.personId, name, official: m.kind === 'official', count: 1 });
      }
    }
    const people = [...groups.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    return { url: pageUrl(), host: location.hostname, active: running, people, total: marks.length };
  }

  function open(mark: Mark, via: 'pointer' | 'keyboard') {
    scanner.setActive(mark);
    void card.open(mark, via);
  }

  function apply(next: Settings) {
    const rescan = running && next.highlightAll !== settings.highlightAll;
    settings = next;
    const active = siteActive(settings);
    if (active && !running) {
      running = true;
      scanner.start();
      const abort = new AbortController();
      const controller = new HoverController({
        markAt: (x, y) => scanner.markAt(x, y),
        marks: () => scanner.marks,
        isOwnUi,
        open,
        close: () => card.close(),
        openMark: () => card.openMark(),
        pinned: () => card.pinned(),
        reposition: (rect) => card.reposition(rect),
      });
      controller.attach(abort.signal);
      hover = { controller, abort };
    } else if (!active && running) {
      running = false;
      hover?.abort.abort();
      hover = null;
      card.close();
      scanner.stop();
      scanner.setActive(null);
      void sendToBackground('pageReport', report()).catch(() => undefined);
    } else if (rescan) {
      card.close();
      scanner.rescan();
    }
  }

  listenInTab({
    tabPageReport: () => report(),
    settingsChanged(next) {
      apply(next);
      return null;
    },
  });
  ctx.onInvalidated(() => {
    hover?.abort.abort();
    scanner.destroy();
  });
  apply(settings);
  if (!running) void sendToBackground('pageReport', report()).catch(() => undefined);
}
