// Side panel: search, full entries, article view, "on this page", adding articles and packs.
// State lives here; components/sidepanel renders it. The corpus is read straight from IndexedDB
// (lib/storage/research) and re-read whenever the database changes (Dexie liveQuery also sees the
// background's writes), so a shipped-pack import or a save in another panel shows at once.
// URL parameters (for tests and deep links): ?q=<query>, ?person=<id>, ?tab=<tabId>.
import { liveQuery } from 'dexie';
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { AddArticle, type ArticleDraft, type Preview } from '@/components/sidepanel/AddArticle';
import { ArticleView } from '@/components/sidepanel/ArticleView';
import { ExportMenu, type ExportScope } from '@/components/sidepanel/ExportMenu';
import { OnThisPage, type PagePersonRow } from '@/components/sidepanel/OnThisPage';
import { PersonEntry } from '@/components/sidepanel/PersonEntry';
import { SearchPanel } from '@/components/sidepanel/SearchPanel';
import { sendToBackground } from '@/lib/messaging';
import { withoutArticle } from '@/lib/research/corpus';
import { makeCorrection, roleRef, statementRef } from '@/lib/research/corrections';
import { buildEntry } from '@/lib/research/entry';
import { type ExportFormat, exportFile, type Selection, selectAll, selectPerson, selectSearch } from '@/lib/research/export';
import { htmlArticle } from '@/lib/research/html';
import { LANGS, type Lang, translator } from '@/lib/research/i18n';
import { ImportError, type MergePlan, mergePack } from '@/lib/research/import';
import { buildSearchIndex, search } from '@/lib/research/search';
import { DEFAULT_UI_SETTINGS, type UiSettings } from '@/lib/research/ui-settings';
import { openDb, SHIPPED_META } from '@/lib/storage';
import {
  addCorrection,
  CORRECTIONS_META,
  deleteUserArticle,
  loadResearchCorpus,
  type ResearchCorpus,
  replaceUserArticle,
  saveUserRecords,
} from '@/lib/storage/research';
import { saveUiSettings, watchUiSettings } from '@/lib/storage/ui-settings';
import { copyCitation, download, draftOf, extractDraft, importMessage, parseHtml, parseImport } from './actions';

const db = openDb();
const params = new URLSearchParams(location.search);

type Tab = 'search' | 'onPage' | 'add';
type View =
  | { kind: 'list' }
  | { kind: 'entry'; personId: string; statementId: string | null }
  | { kind: 'article'; articleId: string; highlight: { start: number; end: number } | null; back: View };

/** Tell the background (and through it every open tab) that the user layer changed. */
const corpusChanged = () => void sendToBackground('corpusChanged', {}).catch((e) => console.warn('[tamga]', e));

async function activeTabId(): Promise<number | undefined> {
  const fromQuery = Number(params.get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function App() {
  const [ui, setUiState] = useState<UiSettings>(DEFAULT_UI_SETTINGS);
  const t = useMemo(() => translator(ui.lang), [ui.lang]);
  const setUi = (patch: Partial<UiSettings>) => {
    const next = { ...ui, ...patch };
    setUiState(next);
    void saveUiSettings(next);
  };
  useEffect(() => watchUiSettings(setUiState), []);
  useEffect(() => {
    document.documentElement.lang = ui.lang;
  }, [ui.lang]);

  const [rc, setRc] = useState<ResearchCorpus | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    const sub = liveQuery(() =>
      Promise.all([db.meta.get(SHIPPED_META), db.meta.get(CORRECTIONS_META), db.library.count(), db.records.count()]),
    ).subscribe({
      next: () => {
        loadResearchCorpus(db).then(setRc, (e: unknown) => setLoadError(String(e)));
      },
      error: (e: unknown) => setLoadError(String(e)),
    });
    return () => sub.unsubscribe();
  }, []);
  const corpus = rc?.corpus ?? null;
  const index = useMemo(() => (corpus ? buildSearchIndex(corpus) : null), [corpus]);

  const [tab, setTab] = useState<Tab>('search');
  const [view, setView] = useState<View>(() =>
    params.get('person') ? { kind: 'entry', personId: params.get('person')!, statementId: null } : { kind: 'list' },
  );
  const [query, setQuery] = useState(params.get('q') ?? '');
  const deferredQuery = useDeferredValue(query);
  const result = useMemo(() => (index && deferredQuery.trim() ? search(index, deferredQuery) : null), [index, deferredQuery]);
  const entry = useMemo(() => (corpus && view.kind === 'entry' ? buildEntry(corpus, view.personId) : null), [corpus, view]);
  const openPerson = useCallback((personId: string, statementId: string | null = null) => {
    setTab('search');
    setView({ kind: 'entry', personId, statementId });
  }, []);

  // The hover card's "open in side panel" leaves {personId, at} in session storage (background handler).
  // Taken once, and only when fresh, so opening the panel later does not jump to an old request.
  useEffect(() => {
    const take = (v: unknown) => {
      const { personId, at } = (v ?? {}) as { personId?: unknown; at?: unknown };
      if (typeof personId !== 'string' || typeof at !== 'number' || Date.now() - at > 30_000) return;
      openPerson(personId);
      void browser.storage.session?.remove('sidePanelPerson').catch(() => undefined);
    };
    void browser.storage.session
      ?.get('sidePanelPerson')
      .then((r) => take(r.sidePanelPerson))
      .catch(() => undefined);
    const l = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && changes.sidePanelPerson) take(changes.sidePanelPerson.newValue);
    };
    browser.storage.onChanged.addListener(l);
    return () => browser.storage.onChanged.removeListener(l);
  }, [openPerson]);

  // On this page
  const [pagePeople, setPagePeople] = useState<PagePersonRow[] | null>(null);
  const [pageNote, setPageNote] = useState<string | null>(null);
  useEffect(() => {
    if (tab !== 'onPage') return;
    void (async () => {
      const tabId = await activeTabId();
      const r = tabId === undefined ? null : await sendToBackground('getPageReport', { tabId }).catch(() => null);
      setPagePeople(r?.active ? r.people : null);
      setPageNote(r ? null : t('onPage.unavailable'));
    })();
  }, [tab, t]);

  const [pageError, setPageError] = useState<string | null>(null);
  const reveal = async (personId: string) => {
    setPageError(null);
    const tabId = await activeTabId();
    const shown = tabId === undefined ? false : await sendToBackground('revealPerson', { tabId, personId }).catch(() => false);
    if (!shown) setPageError(t('onPage.unavailable'));
  };

  // Add an article / import
  const [preview, setPreview] = useState<Preview | null>(null);
  const [pending, setPending] = useState<MergePlan | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState<{ articleId: string; draft: ArticleDraft } | null>(null);
  const clearAdd = () => {
    setPreview(null);
    setPending(null);
  };
  const previewDraft = (d: ArticleDraft) => {
    if (!corpus) return;
    setMessage(null);
    try {
      const p = extractDraft(editing ? withoutArticle(corpus, editing.articleId) : corpus, d);
      setPending(p.plan);
      setPreview(p.preview);
    } catch (e) {
      setMessage({ kind: 'error', text: String((e as Error).message ?? e) });
    }
  };

  const exportSelection = (scope: ExportScope): { sel: Selection; base: string } => {
    if (scope === 'person' && entry) return { sel: selectPerson(entry.person.id), base: `tamga-${entry.latin}` };
    if (scope === 'search' && index && query.trim())
      return { sel: selectSearch(search(index, query, { limit: 10_000, perGroup: 1_000_000 })), base: `tamga-search-${query}` };
    return { sel: selectAll(), base: 'tamga-corpus' };
  };
  const onExport = (scope: ExportScope, format: ExportFormat) => {
    if (!corpus) return;
    const { sel, base } = exportSelection(scope);
    download(exportFile(corpus, sel, format, base, ui.lang));
  };
  const exportMenu = (scopes: ExportScope[]) => <ExportMenu scopes={scopes} onExport={onExport} t={t} />;

  const header = (
    <div className="tabs" role="tablist">
      {(['search', 'onPage', 'add'] as const).map((k) => (
        <button
          key={k}
          type="button"
          role="tab"
          aria-selected={tab === k}
          onClick={() => {
            setTab(k);
            // the current tab's button goes back to its start; another tab closes an open article
            if ((k === tab && view.kind !== 'list') || view.kind === 'article') setView({ kind: 'list' });
          }}
        >
          {t(`tab.${k}`)}
        </button>
      ))}
      <select
        className="lang"
        aria-label={t('options.language')}
        value={ui.lang}
        onChange={(e) => setUi({ lang: e.currentTarget.value as Lang })}
      >
        {LANGS.map((l) => (
          <option key={l} value={l}>
            {l.toUpperCase()}
          </option>
        ))}
      </select>
    </div>
  );

  let body: React.ReactNode;
  if (loadError) body = <p className="error pad">{loadError}</p>;
  else if (!corpus || !index) body = <p className="muted pad">…</p>;
  else if (view.kind === 'article') {
    const article = corpus.articles.find((a) => a.id === view.articleId);
    const mine = !!article && !!rc?.userArticles.has(article.id);
    body = article ? (
      <ArticleView
        key={`${article.id}:${view.highlight?.start}`}
        article={article}
        highlight={view.highlight}
        t={t}
        onClose={() => setView(view.back)}
        onEdit={
          mine
            ? () => {
                clearAdd();
                setMessage(null);
                setEditing({ articleId: article.id, draft: draftOf(article) });
                setTab('add');
                setView({ kind: 'list' });
              }
            : undefined
        }
        onDelete={
          mine
            ? () => {
                void deleteUserArticle(db, article.id).then(corpusChanged);
                setView({ kind: 'list' });
              }
            : undefined
        }
      />
    ) : (
      <p className="muted pad">{t('search.empty')}</p>
    );
  } else if (tab === 'search' && view.kind === 'entry' && entry) {
    body = (
      <PersonEntry
        key={`${entry.person.id}:${view.statementId}`}
        entry={entry}
        t={t}
        citationStyle={ui.citationStyle}
        onCitationStyle={(citationStyle) => setUi({ citationStyle })}
        onCopy={async (s, style) => {
          await copyCitation(corpus, s, style);
        }}
        onOpenArticle={(articleId, highlight) => setView({ kind: 'article', articleId, highlight, back: view })}
        onOpenPerson={(id) => openPerson(id)}
        onBack={() => setView({ kind: 'list' })}
        focusStatementId={view.statementId}
        personNames={corpus.persons.map((p) => p.name)}
        onReassign={(s, name) => {
          const known = corpus.persons.find((p) => p.name.toLowerCase() === name.toLowerCase());
          const person = known ? { id: known.id, name: known.name } : { id: `user-${Date.now().toString(36)}`, name };
          void addCorrection(db, makeCorrection(statementRef(s), s.text, { type: 'reassign', person }));
        }}
        onDeleteStatement={(s) => void addCorrection(db, makeCorrection(statementRef(s), s.text, { type: 'delete' }))}
        onEditRole={(r, title, former) => {
          const a = corpus.articles.find((x) => x.id === r.articleId);
          const role = corpus.roles.find((x) => x.articleId === r.articleId && x.start === r.start && x.end === r.end);
          if (a && role)
            void addCorrection(db, makeCorrection(roleRef(role), a.text.slice(role.start, role.end), { type: 'editRole', title, former }));
        }}
        onDeleteRole={(r) => {
          const a = corpus.articles.find((x) => x.id === r.articleId);
          const role = corpus.roles.find((x) => x.articleId === r.articleId && x.start === r.start && x.end === r.end);
          if (a && role) void addCorrection(db, makeCorrection(roleRef(role), a.text.slice(role.start, role.end), { type: 'delete' }));
        }}
        exportMenu={exportMenu(['person', 'corpus'])}
      />
    );
  } else if (tab === 'search') {
    body = (
      <div className="search-wrap">
        <SearchPanel query={query} onQuery={setQuery} result={result} t={t} onOpenPerson={openPerson} />
      </div>
    );
  } else if (tab === 'onPage') {
    body = (
      <>
        <OnThisPage people={pagePeople} note={pageNote} onChoose={(id) => void reveal(id)} onOpenEntry={(id) => openPerson(id)} t={t} />
        {pageError && (
          <p className="error pad" role="alert">
            {pageError}
          </p>
        )}
      </>
    );
  } else {
    body = (
      <AddArticle
        key={editing?.articleId ?? 'new'}
        initial={editing?.draft ?? null}
        mine={corpus.articles.filter((a) => rc?.userArticles.has(a.id))}
        onOpenArticle={(articleId) => setView({ kind: 'article', articleId, highlight: null, back: { kind: 'list' } })}
        t={t}
        preview={preview}
        message={message}
        busy={busy}
        onPreview={previewDraft}
        onAddThisPage={async () => {
          setMessage(null);
          clearAdd();
          try {
            const tabId = await activeTabId();
            if (tabId === undefined) throw new Error(t('onPage.unavailable'));
            const page = await sendToBackground('pageArticle', { tabId }).catch((e: unknown) => {
              throw new Error(/no answer|Receiving end/i.test(String(e)) ? t('onPage.unavailable') : String((e as Error).message ?? e));
            });
            // Readability and the extraction run here, in the panel, never on the page's main thread.
            const a = htmlArticle(parseHtml(page.html), page.url);
            if (!a) throw new Error(t('import.noArticle', { name: page.title || page.url }));
            const draft = draftOf({ ...a, title: a.title ?? (page.title || null), url: page.url });
            previewDraft(draft);
            return draft;
          } catch (e) {
            setMessage({ kind: 'error', text: String((e as Error).message ?? e) });
            return null;
          }
        }}
        onSave={async () => {
          if (!pending) return;
          setBusy(true);
          try {
            // The background's match index follows the user layer; corpusChanged rebuilds it and rescans the
            // open tabs, so the new people light up on pages at once.
            if (editing) await replaceUserArticle(db, editing.articleId, pending);
            else await saveUserRecords(db, pending);
            corpusChanged();
            setEditing(null);
            setMessage({ kind: 'ok', text: t('add.saved') });
            clearAdd();
          } catch (e) {
            setMessage({ kind: 'error', text: String(e) });
          } finally {
            setBusy(false);
          }
        }}
        onCancel={() => {
          clearAdd();
          setMessage(null);
          setEditing(null);
        }}
        onFile={async (file) => {
          setMessage(null);
          clearAdd();
          try {
            const r = parseImport(file.name, await file.text(), { parseHtml });
            if (r.kind === 'article') return draftOf(r.input);
            const plan = mergePack(corpus, r.pack);
            setPending(plan);
            setPreview({
              kind: 'pack',
              articles: plan.articles.length,
              persons: r.pack.persons.length,
              newPersons: plan.persons.length,
              statements: plan.statements.length,
            });
          } catch (e) {
            setMessage({ kind: 'error', text: e instanceof ImportError ? importMessage(e, t) : String(e) });
          }
          return null;
        }}
      />
    );
  }

  const fixed = tab === 'search' && view.kind === 'list';
  return (
    <div className="app">
      {header}
      <div className={`view${fixed ? ' fixed' : ''}`}>{body}</div>
      {tab === 'search' && view.kind === 'list' && corpus && (
        <footer className="footer row wrap">
          {exportMenu(result?.groups.length ? ['search', 'corpus'] : ['corpus'])}
          <span className="muted">{t('entry.articlesCount', { n: corpus.articles.length })}</span>
        </footer>
      )}
    </div>
  );
}
