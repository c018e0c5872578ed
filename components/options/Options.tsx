// The options form: highlight look, card delay, who is highlighted, sites switched off, interface
// language. Presentational: the value in, every change out at once (the page saves it).
import { useEffect, useState } from 'react';
import { LANGS, type Lang, type Translate } from '@/lib/research/i18n';
import type { UiSettings } from '@/lib/research/ui-settings';

export interface OptionsValue {
  ui: UiSettings;
  highlightAll: boolean;
  disabledSites: string[];
}

export interface OptionsProps {
  value: OptionsValue;
  onChange(next: OptionsValue): void;
  saved: boolean;
  t: Translate;
}

const LANG_NAMES: Record<Lang, string> = { ru: 'Русский', en: 'English' };

/** Lines of a textarea → lowercase host names, without schemes, paths, blanks or duplicates. */
export function parseSites(text: string): string[] {
  const hosts = text
    .split(/[\s,]+/)
    .map((l) =>
      l
        .trim()
        .toLowerCase()
        .replace(/^[a-z]+:\/\//, '')
        .replace(/[/?#].*$/, ''),
    )
    .filter(Boolean);
  return [...new Set(hosts)].sort();
}

export function Options({ value, onChange, saved, t }: OptionsProps) {
  const { ui } = value;
  const setUi = (patch: Partial<UiSettings>) => onChange({ ...value, ui: { ...ui, ...patch } });
  const [sites, setSites] = useState(value.disabledSites.join('\n'));
  useEffect(() => setSites(value.disabledSites.join('\n')), [value.disabledSites]);
  const sample =
    ui.highlightStyle === 'underline'
      ? { textDecoration: `underline 2px ${ui.colour}`, textUnderlineOffset: '3px' }
      : { background: `${ui.colour}55` };
  return (
    <main className="options">
      <h1>{t('options.title')}</h1>
      <fieldset>
        <legend>{t('options.highlight')}</legend>
        <div className="row wrap" role="radiogroup" aria-label={t('options.style')}>
          {(['underline', 'background'] as const).map((s) => (
            <label key={s}>
              <input type="radio" name="style" checked={ui.highlightStyle === s} onChange={() => setUi({ highlightStyle: s })} />{' '}
              {t(s === 'underline' ? 'options.underline' : 'options.background')}
            </label>
          ))}
        </div>
        <label className="row">
          {t('options.colour')} <input type="color" value={ui.colour} onChange={(e) => setUi({ colour: e.currentTarget.value })} />
        </label>
        <p className="sample">
          <span style={sample}>{t('options.preview')}</span>
        </p>
        <label className="row">
          {t('options.hoverDelay')}{' '}
          <input
            type="number"
            min={0}
            max={3000}
            step={50}
            value={ui.hoverDelay}
            onChange={(e) => {
              const n = Math.round(Number(e.currentTarget.value));
              if (Number.isFinite(n) && n >= 0 && n <= 3000) setUi({ hoverDelay: n });
            }}
          />
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('options.scope')}</legend>
        <label>
          <input type="radio" name="scope" checked={value.highlightAll} onChange={() => onChange({ ...value, highlightAll: true })} />{' '}
          {t('options.scopeAll')}
        </label>
        <label>
          <input type="radio" name="scope" checked={!value.highlightAll} onChange={() => onChange({ ...value, highlightAll: false })} />{' '}
          {t('options.scopeOfficials')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('options.sites')}</legend>
        <textarea
          rows={4}
          value={sites}
          aria-label={t('options.sites')}
          onChange={(e) => setSites(e.currentTarget.value)}
          onBlur={() => onChange({ ...value, disabledSites: parseSites(sites) })}
        />
        <p className="muted">{t('options.sitesHint')}</p>
      </fieldset>
      <fieldset>
        <legend>{t('options.language')}</legend>
        <select aria-label={t('options.language')} value={ui.lang} onChange={(e) => setUi({ lang: e.currentTarget.value as Lang })}>
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {LANG_NAMES[l]}
            </option>
          ))}
        </select>
        <p className="muted">{t('options.theme')}</p>
      </fieldset>
      <p className="ok" role="status" aria-live="polite">
        {saved ? t('options.saved') : '\u00A0'}
      </p>
    </main>
  );
}
