// Options page: display settings in storage.local (lib/storage/ui-settings); who is highlighted and the
// sites switched off go through the background (it owns Settings and tells the open tabs). The form shows
// once both are loaded, so an early change cannot be overwritten by the initial read.
import { useEffect, useMemo, useRef, useState } from 'react';
import { Options, type OptionsValue } from '@/components/options/Options';
import { sendToBackground } from '@/lib/messaging';
import { translator } from '@/lib/research/i18n';
import { DEFAULT_UI_SETTINGS } from '@/lib/research/ui-settings';
import { loadUiSettings, saveUiSettings, watchUiSettings } from '@/lib/storage/ui-settings';

export function App() {
  const [value, setValue] = useState<OptionsValue | null>(null);
  const current = useRef<OptionsValue | null>(null);
  const [saved, setSaved] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lang = value?.ui.lang ?? DEFAULT_UI_SETTINGS.lang;
  const t = useMemo(() => translator(lang), [lang]);

  useEffect(() => {
    let stop = () => {};
    void Promise.all([loadUiSettings(), sendToBackground('getSettings', {}).catch(() => null)]).then(([ui, s]) => {
      const v = { ui, highlightAll: s?.highlightAll ?? false, disabledSites: s?.disabledSites ?? [] };
      current.current = v;
      setValue(v);
      // later changes made elsewhere (the side panel's language switch)
      stop = watchUiSettings((next) => {
        if (!current.current || JSON.stringify(next) === JSON.stringify(current.current.ui)) return;
        current.current = { ...current.current, ui: next };
        setValue(current.current);
      });
    });
    return () => stop();
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('options.title');
  }, [lang, t]);

  const onChange = async (next: OptionsValue) => {
    const prev = current.current!;
    current.current = next;
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

  if (!value) return null;
  return <Options value={value} onChange={(v) => void onChange(v)} saved={saved} t={t} />;
}
