// The hover card: presentational only (props in, callbacks out). Text is rendered as React text nodes, so
// corpus and page strings can never become markup.
import type { CardRole, CardStatement, PersonBrief, PersonCardData, SourceRef } from '@/lib/messaging/protocol';

export type CardView =
  | { state: 'loading'; surface: string }
  | { state: 'person'; card: PersonCardData }
  | { state: 'ambiguous'; surface: string; candidates: (PersonCardData | PersonBrief)[] }
  | { state: 'missing'; surface: string; message: string };

export interface CardProps {
  view: CardView;
  pinned: boolean;
  notice: string | null;
  onPin(): void;
  onClose(): void;
  onCopy(card: PersonCardData, s: CardStatement): void;
  onOpenSidePanel(personId: string): void;
  onNotThisPerson(personId: string): void;
}

/** Clicks the page scripted (e.g. button.click() on a root it got hold of) do nothing: only the user's own. */
const byUser = (fn: () => void) => (e: { isTrusted: boolean }) => {
  if (e.isTrusted) fn();
};

/** All the card's text is painted as CSS generated content, `content: attr(data-text)`, not as text nodes: the
 *  page's window.find() searches even closed shadow roots, and after a hit Selection.modify('extend') reads on
 *  from it; even the fixed labels would tell it, by counting hits, how many roles and statements are shown.
 *  Generated text is neither found nor selectable; screen readers still read it. */
export function T({ text }: { text: string }) {
  return <span className="t" data-text={text} />;
}

/** Only web links become links: a corpus URL like `javascript:` stays text. */
export const safeUrl = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : null);

function Source({ r }: { r: SourceRef }) {
  // no outlet known: name the article by its title (or opening words), in quotes so it never reads as an outlet
  const label = r.source ?? (r.articleTitle ? `«${r.articleTitle}»` : r.articleId);
  const href = safeUrl(r.url);
  return (
    <span className="src">
      <T text={`${r.date ?? 'undated'} · `} />
      {href ? (
        <a href={href} target="_blank" rel="noreferrer noopener">
          <T text={label} />
        </a>
      ) : (
        <T text={label} />
      )}
    </span>
  );
}

function Roles({ roles }: { roles: CardRole[] }) {
  if (!roles.length)
    return (
      <p className="muted">
        <T text="No role recorded." />
      </p>
    );
  // The date of the article each role comes from; its source on hover (statements below carry sources).
  return (
    <ul className="roles">
      {roles.slice(0, 4).map((r) => (
        <li key={`${r.former}:${r.title}:${r.articleId}`}>
          <span className="role">
            <T text={r.former ? `former ${r.title}` : r.title} />
          </span>{' '}
          <span className="src" title={r.source ?? (r.articleTitle ? `«${r.articleTitle}»` : r.articleId)}>
            <T text={r.date ?? 'undated'} />
          </span>
        </li>
      ))}
    </ul>
  );
}

function Statements({ card, onCopy }: { card: PersonCardData; onCopy: CardProps['onCopy'] }) {
  if (!card.statements.length)
    return (
      <p className="muted">
        <T text="No statements recorded." />
      </p>
    );
  return (
    <>
      <ul className="statements">
        {card.statements.map((s) => (
          <li key={s.id} className={s.kind}>
            <blockquote>
              <T text={s.kind === 'quote' ? `«${s.text}»` : s.text} />
            </blockquote>
            <div className="meta">
              <span className="kind">
                <T text={s.kind === 'quote' ? 'quote' : 'reported'} />
              </span>{' '}
              <Source r={s} />
              <button type="button" className="link" onClick={byUser(() => onCopy(card, s))} aria-label="Copy quote with citation">
                <T text="Copy with citation" />
              </button>
            </div>
          </li>
        ))}
      </ul>
      {card.moreStatements > 0 && (
        <p className="more">
          <T text={`+${card.moreStatements} more statement${card.moreStatements === 1 ? '' : 's'}`} />
        </p>
      )}
    </>
  );
}

export function Card(props: CardProps) {
  const { view, pinned } = props;
  const title = view.state === 'person' ? view.card.person.name : view.surface;
  return (
    <section className="card" role="dialog" aria-label={`Tamga: ${title}`} tabIndex={-1}>
      <header>
        <h1>
          <T text={title} />
        </h1>
        <div className="tools">
          <button
            type="button"
            className={pinned ? 'icon on' : 'icon'}
            aria-pressed={pinned}
            onClick={byUser(props.onPin)}
            title="Pin this card"
          >
            <T text={pinned ? 'Pinned' : 'Pin'} />
          </button>
          <button type="button" className="icon" onClick={byUser(props.onClose)} title="Close (Esc)" aria-label="Close">
            <T text="×" />
          </button>
        </div>
      </header>
      {view.state === 'loading' && (
        <p className="muted">
          <T text="Loading…" />
        </p>
      )}
      {view.state === 'missing' && (
        <p className="muted">
          <T text={view.message} />
        </p>
      )}
      {view.state === 'person' && (
        <>
          {view.card.person.official && (
            <p className="badge">
              <T text="official" />
            </p>
          )}
          <h2>
            <T text="Roles" />
          </h2>
          <Roles roles={view.card.roles} />
          <h2>
            <T text="Latest statements" />
          </h2>
          <Statements card={view.card} onCopy={props.onCopy} />
          <footer>
            <button type="button" onClick={byUser(() => props.onOpenSidePanel(view.card.person.id))}>
              <T text="Open in side panel" />
            </button>
            <button type="button" className="quiet" onClick={byUser(() => props.onNotThisPerson(view.card.person.id))}>
              <T text="Not this person" />
            </button>
          </footer>
        </>
      )}
      {view.state === 'ambiguous' && (
        <>
          <p className="muted">
            <T text={`“${view.surface}” may be any of these people:`} />
          </p>
          <ul className="candidates">
            {view.candidates.map((c) => {
              const p = 'person' in c ? c.person : c;
              const role = 'person' in c ? c.roles.find((r) => !r.former)?.title : undefined;
              return (
                <li key={p.id}>
                  <button type="button" className="link" onClick={byUser(() => props.onOpenSidePanel(p.id))}>
                    <T text={p.name} />
                  </button>
                  {role ? (
                    <span className="muted">
                      <T text={` — ${role}`} />
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {props.notice && (
        <p className="notice" role="status">
          <T text={props.notice} />
        </p>
      )}
    </section>
  );
}
