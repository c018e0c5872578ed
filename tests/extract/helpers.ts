// Hand-built ArticleAnalysis for unit tests of the role and speech stages: every occurrence of each given
// surface form becomes a mention of that person (longest form wins where forms overlap).

import type { ArticleAnalysis, NameMention, PersonCluster, Span } from '../../lib/extract/types';
import { splitSentences, tokenize } from '../../lib/text';

export interface TestPerson {
  /** Nominative "First Last". */
  name: string;
  /** Surface forms to find in the text (exact, word-bounded). */
  forms: string[];
  gender?: 'm' | 'f' | null;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function analyse(text: string, people: TestPerson[], body?: Span[]): ArticleAnalysis {
  const taken: Span[] = [];
  const forms = people.flatMap((p, i) => p.forms.map((f) => ({ i, f }))).sort((a, b) => b.f.length - a.f.length);
  const mentions: NameMention[][] = people.map(() => []);
  for (const { i, f } of forms) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(f)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      const end = start + f.length;
      if (taken.some((t) => t.start < end && start < t.end)) continue;
      taken.push({ start, end });
      mentions[i]!.push({ start, end, surface: f, hasFirst: f.includes(' ') });
    }
  }
  const persons: PersonCluster[] = people.map((p, i) => {
    const parts = p.name.split(' ');
    return {
      key: `p${i}`,
      name: p.name,
      first: parts.length > 1 ? parts[0]! : null,
      last: parts[parts.length - 1]!,
      patronymic: null,
      gender: p.gender ?? 'm',
      variants: [],
      mentions: mentions[i]!.sort((a, b) => a.start - b.start),
    };
  });
  return {
    article: { id: 't', text, title: null, date: null, source: null, url: null, body: body ?? [{ start: 0, end: text.length }] },
    tokens: tokenize(text),
    sentences: splitSentences(text),
    persons,
  };
}

/** Person name of a key in an analysis built by `analyse`. */
export const nameOf = (a: ArticleAnalysis, key: string): string => a.persons.find((p) => p.key === key)?.name ?? '?';
