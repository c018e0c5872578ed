// Display settings of the side panel, options page and hover card that are not in the background's
// Settings (lib/messaging): highlight look, card delay, interface language, citation style. Validated on
// read, so a stale or hand-edited value falls back to defaults field by field.
import * as v from 'valibot';
import { CITATION_STYLES } from './cite';
import { LANGS } from './i18n';

export const UiSettingsSchema = v.object({
  highlightStyle: v.picklist(['underline', 'background']),
  colour: v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i)),
  hoverDelay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3000)),
  lang: v.picklist(LANGS),
  citationStyle: v.picklist(CITATION_STYLES),
});

export type UiSettings = v.InferOutput<typeof UiSettingsSchema>;

// colour and delay as the hover card's own defaults (DEFAULT_DISPLAY in lib/messaging/protocol), so the options
// page shows what pages use before the user saves anything
export const DEFAULT_UI_SETTINGS: UiSettings = {
  highlightStyle: 'underline',
  colour: '#c48400',
  hoverDelay: 150,
  lang: 'ru',
  citationStyle: 'plain',
};

export const UI_SETTINGS_KEY = 'uiSettings';

/** Stored value → settings: each valid field kept, each invalid or missing one defaulted. */
export function parseUiSettings(stored: unknown): UiSettings {
  const out: Record<string, unknown> = { ...DEFAULT_UI_SETTINGS };
  if (stored && typeof stored === 'object') {
    for (const [k, schema] of Object.entries(UiSettingsSchema.entries)) {
      const r = v.safeParse(schema, (stored as Record<string, unknown>)[k]);
      if (r.success) out[k] = r.output;
    }
  }
  return out as UiSettings;
}
