// A person's full entry: header, role timeline, statements by article (each with its sentence of context,
// a link to the article with the statement highlighted, a citation menu and a correction form), the
// articles they appear in and the people mentioned with them. Long entries grow by pages of articles.
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { displayName, type Role, type Statement } from '@/lib/extract/pack';
import { type CitationStyle, ruDate } from '@/lib/research/cite';
import type { PersonEntry as Entry } from '@/lib/research/entry';
import type { Translate } from '@/lib/research/i18n';
import { CitationMenu } from './CitationMenu';
import { Marked } from './Marked';

export interface PersonEntryProps {
  entry: Entry;
  t: Translate;
  citationStyle: CitationStyle;
  onCitationStyle(s: CitationStyle): void;
  onCopy(statement: Statement, style: CitationStyle): Promise<void>;
  onOpenArticle(articleId: string, highlight: { start: number; end: number } | null): void;
  onOpenPerson(personId: string): void;
  onBack(): void;
  /** Scroll to and outline this statement (from a search hit). */
  focusStatementId?: string | null;
  /** Names offered when reassigning a statement. */
  personNames?: string[];
  onReassign?(statement: Statement, name: string): void;
  onDeleteStatement?(statement: Statement): void;
  onDeleteRole?(role: Pick<Role, 'articleId' | 'start' | 'end' | 'title'>): void;
  onEditRole?(role: Pick<Role, 'articleId' | 'start' | 'end' | 'title'>, title: string, former: boolean): void;
  exportMenu?: ReactNode;
}

const PAGE = 25;

export function PersonEntry(props: PersonEntryProps) {
  const { entry, t, focusStatementId } = props;
  const [shown, setShown] = useState(PAGE);
  const [editing, setEditing] = useState<Entry['roles'][number] | null>(null);
  const focusRef = useRef<HTMLLIElement | null>(null);
  const groups = entry.statementsByArticle;
  const focusGroup = focusStatementId ? groups.findIndex((g) => g.statements.some((s) => s.statement.id === focusStatementId)) : -1;
  const visible = Math.max(shown, focusGroup + 1);
  useEffect(() => {
    focusRef.current?.scrollIntoView?.({ block: 'center' });
  }, []);
  const date = (d: string | null) => (d ? ruDate(d) : t('entry.undated'));

  return (
    <article className="entry" aria-label={displayName(entry.person)}>
      <header className="entry-head">
        <button type="button" className="link back" onClick={props.onBack}>
          {t('entry.back')}
        </button>
        <h2>{displayName(entry.person)}</h2>
        <p className="muted">
          <span lang="en">{entry.latin}</span> ·{' '}
          <span className={entry.official ? 'badge official' : 'badge'}>
            {entry.official ? t('entry.official') : t('entry.notOfficial')}
          </span>
        </p>
        {props.exportMenu}
      </header>

      <section aria-labelledby="roles-h">
        <h3 id="roles-h">{t('entry.roles')}</h3>
        {entry.roles.length === 0 && <p className="muted">{t('entry.noRoles')}</p>}
        <ol className="timeline">
          {entry.roles.map((r) => (
            <li key={`${r.articleId}:${r.start}:${r.title}`} className={r.former ? 'former' : ''}>
              <span className="date">{date(r.date)}</span>
              <span className="role">
                {r.title}
                {r.former && <span className="badge">{t('entry.former')}</span>}
              </span>
              <span className="role-actions">
                <button
                  type="button"
                  className="link small"
                  onClick={() => props.onOpenArticle(r.articleId, { start: r.start, end: r.end })}
                >
                  {t('entry.openArticle')}
                </button>
                {props.onEditRole && (
                  <button
                    type="button"
                    className="link small"
                    title={t('entry.editRole')}
                    aria-label={`${t('entry.editRole')}: ${r.title}`}
                    onClick={() => setEditing(editing === r ? null : r)}
                  >
                    ✎
                  </button>
                )}
                {props.onDeleteRole && (
                  <button
                    type="button"
                    className="link small danger"
                    title={t('entry.deleteItem')}
                    aria-label={`${t('entry.deleteItem')}: ${r.title}`}
                    onClick={() => props.onDeleteRole!(r)}
                  >
                    ×
                  </button>
                )}
              </span>
              {editing === r && props.onEditRole && (
                <RoleForm
                  role={r}
                  t={t}
                  onSubmit={(title, former) => {
                    props.onEditRole!(r, title, former);
                    setEditing(null);
                  }}
                />
              )}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="st-h">
        <h3 id="st-h">
          {t('entry.statements')} <span className="muted">({entry.quoteCount + entry.reportedCount})</span>
        </h3>
        {groups.length === 0 && <p className="muted">{t('entry.noStatements')}</p>}
        {groups.slice(0, visible).map((g) => (
          <section key={g.article.id} className="article-group">
            <h4>
              <span className="date">{date(g.article.date)}</span> {g.article.title ?? g.article.source ?? t('article.untitled')}
              {g.article.title && g.article.source && <span className="muted"> · {g.article.source}</span>}
            </h4>
            <ul className="statements">
              {g.statements.map((s) => {
                const focused = s.statement.id === focusStatementId;
                return (
                  <li
                    key={s.statement.id}
                    className={`statement ${s.statement.kind}${focused ? ' focused' : ''}`}
                    ref={focused ? focusRef : undefined}
                    data-statement-id={s.statement.id}
                  >
                    <span className={`kind ${s.statement.kind}`}>
                      {s.statement.kind === 'quote' ? t('entry.quote') : t('entry.reported')}
                    </span>
                    <blockquote className="context">
                      <Marked text={s.context.text} ranges={[{ start: s.context.markStart, end: s.context.markEnd }]} />
                    </blockquote>
                    <div className="row wrap actions">
                      <button
                        type="button"
                        className="link small"
                        onClick={() => props.onOpenArticle(g.article.id, { start: s.statement.start, end: s.statement.end })}
                      >
                        {t('entry.openArticle')}
                      </button>
                      <CitationMenu
                        style={props.citationStyle}
                        onStyle={props.onCitationStyle}
                        onCopy={(st) => props.onCopy(s.statement, st)}
                        t={t}
                      />
                      {(props.onReassign || props.onDeleteStatement) && <Correction {...props} statement={s.statement} />}
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
        {groups.length > visible && (
          <button type="button" className="small" onClick={() => setShown(visible + PAGE)}>
            {t('search.more', { n: groups.length - visible })}
          </button>
        )}
      </section>

      <section aria-labelledby="art-h">
        <h3 id="art-h">
          {t('entry.articles')} <span className="muted">({entry.articles.length})</span>
        </h3>
        <ul className="articles">
          {entry.articles.slice(0, 50).map((a) => (
            <li key={a.id}>
              <button type="button" className="link" onClick={() => props.onOpenArticle(a.id, null)}>
                <span className="date">{date(a.date)}</span> {a.title ?? a.source ?? a.id}
              </button>
            </li>
          ))}
        </ul>
      </section>

      {entry.coMentioned.length > 0 && (
        <section aria-labelledby="co-h">
          <h3 id="co-h">{t('entry.coMentioned')}</h3>
          <ul className="chips">
            {entry.coMentioned.slice(0, 30).map((c) => (
              <li key={c.personId}>
                <button type="button" className="chip" onClick={() => props.onOpenPerson(c.personId)}>
                  {c.name} <span className="muted">{c.articles}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

function Correction({ statement, t, personNames, onReassign, onDeleteStatement }: PersonEntryProps & { statement: Statement }) {
  const [name, setName] = useState('');
  const listId = `names-${statement.id}`;
  return (
    <details className="correction">
      <summary>{t('entry.correct')}</summary>
      <div className="row wrap">
        {onReassign && (
          <form
            className="row"
            onSubmit={(e) => {
              e.preventDefault();
              if (name.trim()) onReassign(statement, name.trim());
            }}
          >
            <input
              list={listId}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              placeholder={t('entry.reassign')}
              aria-label={t('entry.reassign')}
            />
            <datalist id={listId}>
              {(personNames ?? []).slice(0, 500).map((n) => (
                <option key={n} value={n} />
              ))}
            </datalist>
            <button type="submit" className="small">
              {t('entry.apply')}
            </button>
          </form>
        )}
        {onDeleteStatement && (
          <button type="button" className="small danger" onClick={() => onDeleteStatement(statement)}>
            {t('entry.deleteItem')}
          </button>
        )}
      </div>
    </details>
  );
}

function RoleForm({
  role,
  t,
  onSubmit,
}: {
  role: { title: string; former: boolean };
  t: Translate;
  onSubmit(title: string, former: boolean): void;
}) {
  const [title, setTitle] = useState(role.title);
  const [former, setFormer] = useState(role.former);
  return (
    <form
      className="row wrap role-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (title.trim()) onSubmit(title.trim(), former);
      }}
    >
      <input value={title} onChange={(e) => setTitle(e.currentTarget.value)} aria-label={t('entry.roleTitle')} />
      <label>
        <input type="checkbox" checked={former} onChange={(e) => setFormer(e.currentTarget.checked)} /> {t('entry.former')}
      </label>
      <button type="submit" className="small">
        {t('entry.apply')}
      </button>
    </form>
  );
}
