// Style picker + copy button for one statement. The parent formats and writes to the clipboard.
import { useState } from 'react';
import { CITATION_STYLES, type CitationStyle } from '@/lib/research/cite';
import type { Translate } from '@/lib/research/i18n';

export interface CitationMenuProps {
  style: CitationStyle;
  onStyle(style: CitationStyle): void;
  onCopy(style: CitationStyle): Promise<void>;
  t: Translate;
}

export function CitationMenu({ style, onStyle, onCopy, t }: CitationMenuProps) {
  const [copied, setCopied] = useState(false);
  return (
    <span className="cite-menu">
      <select aria-label={t('cite.style')} value={style} onChange={(e) => onStyle(e.currentTarget.value as CitationStyle)}>
        {CITATION_STYLES.map((s) => (
          <option key={s} value={s}>
            {t(`cite.style.${s}`)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="small"
        onClick={async () => {
          await onCopy(style);
          setCopied(true);
          setTimeout(() => setCopied(false), 1500);
        }}
      >
        {copied ? t('cite.copied') : t('cite.copy')}
      </button>
    </span>
  );
}
