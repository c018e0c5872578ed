// An article's text with one statement (or role, or mention) highlighted and scrolled into view.
import { useEffect, useRef } from 'react';
import type { Article } from '@/lib/extract/pack';
import { ruDate } from '@/lib/research/cite';
import type { Translate } from '@/lib/research/i18n';
import { Marked } from './Marked';

export interface ArticleViewProps {
  article: Article;
  highlight: { start: number; end: number } | null;
  t: Translate;
  onClose(): void;
  /** Only for the user's own articles. */
  onEdit?(): void;
  onDelete?(): void;
}

export function ArticleView({ article, highlight, t, onClose, onEdit, onDelete }: ArticleViewProps) {
  const mark = useRef<HTMLElement | null>(null);
  useEffect(() => {
    mark.current?.scrollIntoView?.({ block: 'center' });
  }, []);
  const meta = [article.source, article.date && ruDate(article.date)].filter(Boolean).join(' · ');
  return (
    <article className="article-view" aria-label={t('article.title')}>
      <header className="article-head">
        <button type="button" className="link back" onClick={onClose}>
          {t('entry.back')}
        </button>
        <h2>{article.title ?? t('article.untitled')}</h2>
        {meta && <p className="muted">{meta}</p>}
        {(onEdit || onDelete) && (
          <p className="row wrap">
            {onEdit && (
              <button type="button" className="small" onClick={onEdit}>
                {t('article.edit')}
              </button>
            )}
            {onDelete && (
              <button type="button" className="small danger" onClick={onDelete}>
                {t('article.delete')}
              </button>
            )}
          </p>
        )}
        {article.url && (
          <p className="url">
            <a href={article.url} target="_blank" rel="noreferrer noopener">
              {article.url}
            </a>
          </p>
        )}
      </header>
      <div className="article-text">
        <Marked
          text={article.text}
          ranges={highlight ? [highlight] : []}
          markRef={(el) => {
            mark.current = el;
          }}
        />
      </div>
    </article>
  );
}
