// The toolbar popup: presentational (props in, callbacks out).
import type { CorpusStatus, PageReport, Settings } from '@/lib/messaging/protocol';

export interface PopupProps {
  report: PageReport | null;
  settings: Settings | null;
  status: CorpusStatus | null;
  /** Why there is no report (a browser page, a tab opened before the extension, …). */
  reportNote: string | null;
  onSite(host: string, enabled: boolean): void;
  onGlobal(enabled: boolean): void;
  onHighlightAll(all: boolean): void;
}

export function Popup({ report, settings, status, reportNote, onSite, onGlobal, onHighlightAll }: PopupProps) {
  const host = report?.host ?? null;
  const siteOn = !!settings && !!host && !settings.disabledSites.includes(host);
  return (
    <main className="popup">
      <h1>Tamga</h1>
      {settings && (
        <fieldset className="switches">
          {host && (
            <label>
              <input
                type="checkbox"
                checked={siteOn}
                disabled={!settings.enabled}
                onChange={(e) => onSite(host, e.currentTarget.checked)}
              />
              On for <b>{host}</b>
            </label>
          )}
          <label>
            <input type="checkbox" checked={settings.enabled} onChange={(e) => onGlobal(e.currentTarget.checked)} />
            On for all sites
          </label>
          <label>
            <input type="checkbox" checked={settings.highlightAll} onChange={(e) => onHighlightAll(e.currentTarget.checked)} />
            Highlight everyone, not only officials
          </label>
        </fieldset>
      )}
      <section>
        <h2>
          On this page
          {report?.active ? ` (${report.total} mention${report.total === 1 ? '' : 's'})` : ''}
        </h2>
        {report && !report.active && <p className="muted">Switched off here.</p>}
        {!report && <p className="muted">{reportNote ?? 'Loading…'}</p>}
        {report?.active && report.people.length === 0 && <p className="muted">No known people on this page.</p>}
        {report?.active && report.people.length > 0 && (
          <ul className="people">
            {report.people.map((p) => (
              <li key={p.personId ?? p.name} className={p.official ? 'official' : ''}>
                <span className="name">{p.personId ? p.name : `${p.name} (ambiguous)`}</span>
                <span className="count">{p.count}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {status && (
        <footer>
          {status.storage === 'memory' && (
            <p className="warn" role="alert">
              IndexedDB is unavailable here (private window or no space): Tamga uses its bundled corpus read-only, and nothing you hide is
              saved.
            </p>
          )}
          {status.error && status.storage !== 'memory' && <p className="warn">{status.error}</p>}
          <p className="muted">
            Corpus: {status.counts.persons} people, {status.counts.statements} statements, {status.counts.articles} articles
            {status.storage === 'indexeddb' ? (status.persisted ? ' · stored persistently' : ' · stored') : ''}
          </p>
        </footer>
      )}
    </main>
  );
}
