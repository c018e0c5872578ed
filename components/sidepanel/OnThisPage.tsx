// People found in the current tab, with mention counts; choosing one asks the page to scroll to them.
import type { Translate } from '@/lib/research/i18n';

export interface PagePersonRow {
  personId: string | null;
  name: string;
  official: boolean;
  count: number;
}

export interface OnThisPageProps {
  people: PagePersonRow[] | null;
  note?: string | null;
  onChoose(personId: string): void;
  onOpenEntry(personId: string): void;
  t: Translate;
}

export function OnThisPage({ people, note, onChoose, onOpenEntry, t }: OnThisPageProps) {
  if (!people) return <p className="muted pad">{note ?? '…'}</p>;
  if (!people.length) return <p className="muted pad">{t('onPage.empty')}</p>;
  return (
    <ul className="on-page">
      {people.map((p) => (
        <li key={p.personId ?? p.name}>
          <button type="button" className="link pname" disabled={!p.personId} onClick={() => p.personId && onChoose(p.personId)}>
            {p.name}
          </button>
          <span className="muted count">{t('onPage.mentions', { n: p.count })}</span>
          {p.personId && (
            <button type="button" className="small" onClick={() => onOpenEntry(p.personId!)} aria-label={`${p.name}: ${t('entry.roles')}`}>
              ⓘ
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
