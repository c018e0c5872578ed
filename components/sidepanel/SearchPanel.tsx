// Search box + results grouped by person, as one virtualised list (only the visible rows are in the DOM,
// so a result of thousands of statements renders as fast as ten). The input keeps focus: ArrowUp/Down
// move the active row (aria-activedescendant), Enter opens it, Escape clears.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ruDate } from '@/lib/research/cite';
import type { Translate } from '@/lib/research/i18n';
import type { SearchGroup, SearchResult, StatementHit } from '@/lib/research/search';

export interface SearchPanelProps {
  query: string;
  onQuery(q: string): void;
  result: SearchResult | null;
  t: Translate;
  onOpenPerson(personId: string, statementId: string | null): void;
}

type Row =
  | { kind: 'person'; group: SearchGroup }
  | { kind: 'statement'; group: SearchGroup; hit: StatementHit }
  | { kind: 'more'; group: SearchGroup; n: number };

function rowsOf(result: SearchResult | null): Row[] {
  const rows: Row[] = [];
  for (const group of result?.groups ?? []) {
    rows.push({ kind: 'person', group });
    for (const hit of group.statements) rows.push({ kind: 'statement', group, hit });
    if (group.statementCount > group.statements.length)
      rows.push({ kind: 'more', group, n: group.statementCount - group.statements.length });
  }
  return rows;
}

export function SearchPanel({ query, onQuery, result, t, onOpenPerson }: SearchPanelProps) {
  const rows = useMemo(() => rowsOf(result), [result]);
  const [active, setActive] = useState(0);
  const scroller = useRef<HTMLDivElement | null>(null);
  const input = useRef<HTMLInputElement | null>(null);
  const virt = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rows[i]?.kind === 'statement' ? 58 : 40),
    overscan: 8,
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new result resets the active row
  useEffect(() => setActive(0), [result]);
  useEffect(() => {
    input.current?.focus();
  }, []);

  const open = (r: Row | undefined) => {
    if (!r) return;
    onOpenPerson(r.group.personId, r.kind === 'statement' ? r.hit.statement.id : null);
  };
  const move = (to: number) => {
    const i = Math.max(0, Math.min(rows.length - 1, to));
    setActive(i);
    virt.scrollToIndex(i, { align: 'auto' });
  };

  return (
    <div className="search-panel">
      <div className="search-box">
        <input
          ref={input}
          type="search"
          role="combobox"
          aria-expanded={rows.length > 0}
          aria-controls="search-results"
          aria-activedescendant={rows.length ? `row-${active}` : undefined}
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          value={query}
          onChange={(e) => onQuery(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') move(active + 1);
            else if (e.key === 'ArrowUp') move(active - 1);
            else if (e.key === 'PageDown') move(active + 10);
            else if (e.key === 'PageUp') move(active - 10);
            else if (e.key === 'Enter') open(rows[active]);
            else if (e.key === 'Escape') onQuery('');
            else return;
            e.preventDefault();
          }}
        />
      </div>
      {!query.trim() && <p className="muted pad">{t('search.hint')}</p>}
      {query.trim() && result && rows.length === 0 && <p className="muted pad">{t('search.empty')}</p>}
      <div ref={scroller} className="results" id="search-results" role="listbox" aria-label={t('search.label')}>
        <div style={{ height: virt.getTotalSize(), position: 'relative' }}>
          {virt.getVirtualItems().map((v) => {
            const r = rows[v.index]!;
            return (
              <div
                key={v.key}
                id={`row-${v.index}`}
                role="option"
                aria-selected={v.index === active}
                data-index={v.index}
                ref={virt.measureElement}
                className={`row-item ${r.kind === 'statement' ? `hit ${r.hit.statement.kind}` : r.kind}${v.index === active ? ' active' : ''}`}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${v.start}px)` }}
                tabIndex={-1}
                onMouseDown={(e) => e.preventDefault()}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') open(r);
                }}
                onClick={() => {
                  setActive(v.index);
                  open(r);
                }}
              >
                <RowView row={r} t={t} />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

function RowView({ row, t }: { row: Row; t: Translate }) {
  if (row.kind === 'person') {
    const g = row.group;
    return (
      <>
        <span className="name">{g.name}</span> <span className="muted latin">{g.latin}</span>
        {g.official && <span className="badge official">{t('entry.official')}</span>}
        {g.roles.length > 0 && <span className="muted roles"> · {g.roles.join(', ')}</span>}
        <span className="muted count">{t('search.statements', { n: g.statementCount })}</span>
      </>
    );
  }
  if (row.kind === 'more') return <span className="muted">{t('search.more', { n: row.n })}</span>;
  const s = row.hit.statement;
  return (
    <>
      <span className={`kind ${s.kind}`}>{s.kind === 'quote' ? t('entry.quote') : t('entry.reported')}</span>
      <span className="date muted">{row.hit.date ? ruDate(row.hit.date) : t('entry.undated')}</span>
      <span className="text">{s.kind === 'quote' ? `«${s.text}»` : s.text}</span>
    </>
  );
}
