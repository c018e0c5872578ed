import { describe, expect, it } from 'vitest';
import { LANGS, MESSAGES, t } from '../../lib/research/i18n';
import { DEFAULT_UI_SETTINGS, parseUiSettings } from '../../lib/research/ui-settings';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n tables', () => {
  const keys = Object.keys(MESSAGES.ru);
  it('have the same keys in every language', () => {
    for (const l of LANGS) expect(Object.keys(MESSAGES[l]).sort()).toEqual([...keys].sort());
  });
  it.each(keys)('%s: non-empty, same placeholders', (k) => {
    const key = k as keyof typeof MESSAGES.ru;
    for (const l of LANGS) expect(MESSAGES[l][key].trim()).not.toBe('');
    expect(placeholders(MESSAGES.en[key])).toEqual(placeholders(MESSAGES.ru[key]));
  });
  it('fills placeholders and leaves unknown ones', () => {
    expect(t('en', 'search.statements', { n: 3 })).toBe('3 statements');
    expect(t('ru', 'search.statements', { n: 3 })).toBe('высказываний: 3');
    expect(t('en', 'search.statements')).toBe('{n} statements');
  });
});

describe('parseUiSettings', () => {
  it.each([
    [undefined, DEFAULT_UI_SETTINGS],
    ['junk', DEFAULT_UI_SETTINGS],
    [
      { lang: 'en', hoverDelay: 500 },
      { ...DEFAULT_UI_SETTINGS, lang: 'en', hoverDelay: 500 },
    ],
    [
      { lang: 'de', colour: 'red', highlightStyle: 'background' },
      { ...DEFAULT_UI_SETTINGS, highlightStyle: 'background' },
    ],
    [
      { hoverDelay: -5, citationStyle: 'gost' },
      { ...DEFAULT_UI_SETTINGS, citationStyle: 'gost' },
    ],
  ])('%j', (stored, expected) => expect(parseUiSettings(stored)).toEqual(expected));
});

describe('display defaults', () => {
  it('are the ones pages use before anything is saved', async () => {
    const { DEFAULT_DISPLAY } = await import('../../lib/messaging/protocol');
    const { highlightStyle, colour, hoverDelay } = DEFAULT_UI_SETTINGS;
    expect({ highlightStyle, colour, hoverDelay }).toEqual(DEFAULT_DISPLAY);
  });
});
