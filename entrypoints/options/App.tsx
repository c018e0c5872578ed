// Options page: display settings in storage.local (lib/storage/ui-settings); who is highlighted and the
// sites switched off go through the background (it owns Settings and tells the open tabs).
import { useEffect, useMemo, useRef, useState } from 'react';
import { Options, type OptionsValue } from '@/components/options/Options';
import { type Settings, sendToBackground } from '@/lib/messaging';
import { translator } from '@/lib/research/i18n';
import { DEFAULT_UI_SETTINGS } from '@/lib/research/ui-settings';
import { saveUiSettings, watchUiSettings } from '@/lib/storage/ui-settings';

export function App() {
  const [value, setValue] = useState<OptionsValue>({ ui: DEFAULT_UI_SETTINGS, highlightAll: false, disabledSites: [] });
  const [saved, setSaved] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const t = useMemo(() => translator(value.ui.lang), [value.ui.lang]);

  useEffect(() => watchUiSettings((ui) => setValue((v) => ({ ...v, ui }))), []);
  useEffect(() => {
    void sendToBackground('getSettings', {})
      .then((s: Settings) => setValue((v) => ({ ...v, highlightAll: s.highlightAll, disabledSites: s.disabledSites })))
      .catch(() => undefined);
  }, []);
  useEffect(() => {
    document.documentElement.lang = value.ui.lang;
    document.title = t('options.title');
  }, [value.ui.lang, t]);

  const onChange = async (next: OptionsValue) => {
    const prev = value;
    setValue(next);
    if (next.ui !== prev.ui) await saveUiSettings(next.ui);
    if (next.highlightAll !== prev.highlightAll) await sendToBackground('setHighlightAll', { highlightAll: next.highlightAll });
    const was = new Set(prev.disabledSites);
    const now = new Set(next.disabledSites);
    for (const host of now) if (!was.has(host)) await sendToBackground('setSiteEnabled', { host, enabled: false });
    for (const host of was) if (!now.has(host)) await sendToBackground('setSiteEnabled', { host, enabled: true });
    setSaved(true);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setSaved(false), 1500);
  };

  return <Options value={value} onChange={(v) => void onChange(v)} saved={saved} t={t} />;
}
