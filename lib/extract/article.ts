import type { ArticleInput, ParsedArticle } from './types';

// STUB (to be replaced): whole text is body, no metadata parsing.
export function parseArticle(input: ArticleInput): ParsedArticle {
  return {
    id: input.id,
    text: input.text,
    title: input.title ?? null,
    date: input.date ?? null,
    source: input.source ?? null,
    url: input.url ?? null,
    body: [{ start: 0, end: input.text.length }],
  };
}
