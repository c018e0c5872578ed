// Grow the corpus: paste an article (with optional title, date, outlet, URL), import a file, or take the
// current tab; the parent extracts and returns a preview (people, roles, statements, the text with them
// marked) which the user checks before saving.
import { useState } from 'react';
import type { Translate } from '@/lib/research/i18n';
import { Marked } from './Marked';

export interface ArticleDraft {
  text: string;
  title: string;
  date: string;
  source: string;
  url: string;
}

export interface ArticlePreview {
  kind: 'article';
  people: { name: string; official: boolean; roles: string[]; quotes: number; reported: number }[];
  roles: number;
  quotes: number;
  reported: number;
  text: string;
  /** statements and mentions to mark in the text */
  marks: { start: number; end: number }[];
}

export interface PackPreview {
  kind: 'pack';
  articles: number;
  persons: number;
  newPersons: number;
  statements: number;
}

export type Preview = ArticlePreview | PackPreview;

export interface AddArticleProps {
  t: Translate;
  preview: Preview | null;
  message: { kind: 'error' | 'ok'; text: string } | null;
  busy?: boolean;
  onPreview(draft: ArticleDraft): void;
  onSave(): void;
  onCancel(): void;
  /** Read and parse a chosen file; an article comes back as a draft to fill the form with. */
  onFile(file: File): Promise<ArticleDraft | null>;
  /** Read the current tab's article: it comes back as a draft to fill the form with (and is previewed). */
  onAddThisPage?(): Promise<ArticleDraft | null>;
  /** Start from this draft (editing one of the user's articles); remount (key) to change it. */
  initial?: ArticleDraft | null;
  /** The user's own articles, to open (then edit or delete). */
  mine?: { id: string; title: string | null; date: string | null }[];
  onOpenArticle?(id: string): void;
}

const EMPTY: ArticleDraft = { text: '', title: '', date: '', source: '', url: '' };

export function AddArticle({
  t,
  preview,
  message,
  busy,
  onPreview,
  onSave,
  onCancel,
  onFile,
  onAddThisPage,
  initial,
  mine,
  onOpenArticle,
}: AddArticleProps) {
  const [d, setD] = useState<ArticleDraft>(initial ?? EMPTY);
  const field = (k: keyof ArticleDraft) => ({
    value: d[k],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setD((x) => ({ ...x, [k]: value }));
    },
  });
  const badDate = d.date.trim() !== '' && !/^\d{4}-\d{2}(-\d{2})?$/.test(d.date.trim());
  return (
    <div className="add-article pad">
      <h2>{initial ? t('article.edit') : t('add.title')}</h2>
      {onAddThisPage && !initial && (
        <button
          type="button"
          onClick={async () => {
            const draft = await onAddThisPage();
            if (draft) setD(draft);
          }}
          disabled={busy}
        >
          {t('add.thisPage')}
        </button>
      )}
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (!badDate) onPreview(d);
        }}
      >
        <label className="stack">
          {t('add.text')}
          <textarea rows={8} required {...field('text')} />
        </label>
        <div className="grid2">
          <label className="stack">
            {t('add.articleTitle')}
            <input {...field('title')} />
          </label>
          <label className="stack">
            {t('add.date')}
            <input {...field('date')} placeholder="2024-05-06" aria-invalid={badDate} />
          </label>
          <label className="stack">
            {t('add.source')}
            <input {...field('source')} />
          </label>
          <label className="stack">
            {t('add.url')}
            <input type="url" {...field('url')} />
          </label>
        </div>
        {badDate && <p className="error">{t('add.badDate')}</p>}
        <div className="row wrap">
          <button type="submit" disabled={busy || !d.text.trim()}>
            {t('add.preview')}
          </button>
        </div>
      </form>
      <label className="stack file">
        {t('add.file')}
        <input
          type="file"
          accept=".txt,.md,.markdown,.html,.htm,.json"
          data-testid="import-file"
          onChange={async (e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            const draft = await onFile(file);
            if (draft) setD(draft);
            input.value = '';
          }}
        />
      </label>
      {message && (
        <p className={message.kind === 'error' ? 'error' : 'ok'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {preview && (
        <section className="preview" aria-label={t('add.preview')}>
          {preview.kind === 'pack' ? (
            <p>
              {t('add.packSummary', {
                articles: preview.articles,
                persons: preview.persons,
                newPersons: preview.newPersons,
                statements: preview.statements,
              })}
            </p>
          ) : (
            <>
              <p>
                {t('add.found', {
                  persons: preview.people.length,
                  roles: preview.roles,
                  quotes: preview.quotes,
                  reported: preview.reported,
                })}
              </p>
              {preview.people.length > 0 && (
                <ul className="preview-people">
                  {preview.people.map((p) => (
                    <li key={p.name}>
                      <b>{p.name}</b>
                      {p.roles.length > 0 && <span className="muted"> · {p.roles.join(', ')}</span>}
                      {p.quotes + p.reported > 0 && (
                        <span className="muted"> · {t('search.statements', { n: p.quotes + p.reported })}</span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              <div className="preview-text">
                <Marked text={preview.text} ranges={preview.marks} />
              </div>
            </>
          )}
          <div className="row">
            <button type="button" onClick={onSave} disabled={busy}>
              {t('add.save')}
            </button>
            <button type="button" className="secondary" onClick={onCancel}>
              {t('add.cancel')}
            </button>
          </div>
        </section>
      )}
      {!initial && mine && mine.length > 0 && (
        <section className="mine" aria-labelledby="mine-h">
          <h3 id="mine-h">{t('add.mine')}</h3>
          <ul className="articles">
            {mine.map((a) => (
              <li key={a.id}>
                <button type="button" className="link" onClick={() => onOpenArticle?.(a.id)}>
                  {a.date && <span className="date">{a.date} </span>}
                  {a.title ?? t('article.untitled')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
