import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPLAY } from '@/lib/messaging/protocol';
import { highlightCss } from '@/lib/page/display';

describe('highlightCss', () => {
  it.each([
    ['underline in the chosen colour', { highlightStyle: 'underline', colour: '#112233' }, /tamga-official\) \{[^}]*underline 2px #112233/],
    [
      'background in the chosen colour',
      { highlightStyle: 'background', colour: '#112233' },
      /tamga-official\) \{ background-color: #11223355; text-decoration: none;/,
    ],
    ['ambiguous names dashed', { highlightStyle: 'underline', colour: '#112233' }, /tamga-ambiguous\) \{[^}]*dashed/],
    [
      'an invalid colour falls back (no CSS injection)',
      { highlightStyle: 'underline', colour: 'red; } body { display:none' },
      /underline 2px #c48400/,
    ],
  ] as const)('%s', (_name, d, expected) => {
    const css = highlightCss({ ...DEFAULT_DISPLAY, ...d });
    expect(css).toMatch(expected);
    expect(css).not.toContain('display:none');
  });
});
