// Export: what (this entry, the search result, the whole corpus) and the format; the parent builds the file.
import { useState } from 'react';
import { EXPORT_FORMATS, type ExportFormat } from '@/lib/research/export';
import type { Translate } from '@/lib/research/i18n';

export type ExportScope = 'person' | 'search' | 'corpus';

export interface ExportMenuProps {
  scopes: ExportScope[];
  onExport(scope: ExportScope, format: ExportFormat): void;
  t: Translate;
}

const FORMAT_LABEL: Record<ExportFormat, string> = { json: 'JSON', csv: 'CSV', markdown: 'Markdown' };

export function ExportMenu({ scopes, onExport, t }: ExportMenuProps) {
  const [scope, setScope] = useState<ExportScope>(scopes[0] ?? 'corpus');
  const [format, setFormat] = useState<ExportFormat>('json');
  const current = scopes.includes(scope) ? scope : (scopes[0] ?? 'corpus');
  return (
    <details className="export-menu">
      <summary>{t('export.title')}</summary>
      <div className="row wrap">
        <label>
          {t('export.scope')}{' '}
          <select value={current} onChange={(e) => setScope(e.currentTarget.value as ExportScope)} data-testid="export-scope">
            {scopes.map((s) => (
              <option key={s} value={s}>
                {t(`export.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('export.format')}{' '}
          <select value={format} onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)} data-testid="export-format">
            {EXPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {FORMAT_LABEL[f]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="small" onClick={() => onExport(current, format)}>
          {t('export.download')}
        </button>
      </div>
    </details>
  );
}
